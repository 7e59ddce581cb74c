/** Shapes shared by the sandbox's HTTP modules. */
import type { RequestEffect } from './request-log'

/** A parsed request as the route handlers see it. */
export interface RouteRequest {
  method: string
  /** Path without the query, e.g. `/api/v1/domains/101/`. */
  path: string
  query: URLSearchParams
  /** Parsed JSON body (`{}` when empty). */
  body: unknown
  /** `http://127.0.0.1:8787`, from the Host header, for absolute `next`/`previous` links. */
  origin: string
}

/** What a handler answers; the server writes it (or a fault instead). */
export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  effect?: RequestEffect
  domain?: { id: number; name: string }
}
