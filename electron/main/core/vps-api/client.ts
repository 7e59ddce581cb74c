/**
 * The VPS.org domain API client used by the main process.
 *
 * It holds no credentials: every call takes the `ApiAccount` (base URL + token) to use, so
 * several accounts can share one client and a token lives only where the caller keeps it.
 * Every failure is an `ApiError` (see errors.ts); inputs are checked before anything is sent.
 */
import type {
  Domain,
  DomainDetail,
  DomainList,
  DomainStatus,
  ListDomainsQuery,
  RegisterRequest,
  RegisterResponse,
  TransferRequest,
  TransferResponse,
  UpdateRequest,
  UpdateResponse,
} from '../../../shared/vps-api/types'
import { assertSameOrigin, normalizeBaseUrl } from './base-url'
import {
  buildUrl,
  DEFAULT_TIMEOUT_MS,
  sendOnce,
  type ApiAccount,
  type HttpRequest,
  type HttpSettings,
} from './http'
import { streamAllPages, type StreamedListing } from './concurrent-listing'
import type { ApiError } from './errors'
import { redactingLogger, silentLogger, type ApiLogger } from './logger'
import {
  collectAllPages,
  DEFAULT_MAX_PAGES,
  type AllDomains,
  type PageProgress,
} from './pagination'
import {
  checkDomainId,
  MAX_PAGE_SIZE,
  prepareListQuery,
  prepareRegisterBody,
  prepareTransferBody,
  prepareUpdateBody,
} from './request-checks'
import {
  domainDetailSchema,
  domainListSchema,
  registerResponseSchema,
  transferResponseSchema,
  updateResponseSchema,
} from './response-schemas'
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from './retry'

export type { ApiAccount } from './http'

/** Client tuning; every option has a production default. */
export interface VpsApiClientOptions {
  /** The fetch to use (default: Node's global fetch). */
  fetch?: typeof fetch
  /** Per-attempt timeout (default 20 000 ms). */
  timeoutMs?: number
  /** Retries for GET/PUT/DELETE (default 4). POSTs are never retried. */
  retries?: number
  /** First backoff cap (default 250 ms). */
  minRetryDelayMs?: number
  /** Largest backoff cap (default 8 000 ms). */
  maxRetryDelayMs?: number
  /** Give up instead of waiting when Retry-After is longer (default 60 000 ms). */
  maxRetryAfterMs?: number
  /** Page size for `listAllDomains` (default 100, at most 1000). */
  pageSize?: number
  /** Hard stop for `listAllDomains` (default 100 000 pages). */
  maxPages?: number
  logger?: ApiLogger
  /** Randomness for backoff jitter (default Math.random). */
  random?: () => number
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborting it ends the call with an 'Cancelled' ApiError. */
  signal?: AbortSignal
  /** Sees each failure about to be retried (GET/PUT/DELETE); 'stop' gives up at once instead. */
  beforeRetry?: (error: ApiError) => 'retry' | 'stop'
}

/** Options for `listAllDomains`. */
export interface ListAllOptions extends RequestOptions {
  onPage?: (progress: PageProgress) => void
}

/** Filters for `listAllDomains`. */
export interface ListAllQuery {
  status?: DomainStatus
  search?: string
  pageSize?: number
}

const DEFAULT_PAGE_SIZE = 100
const LIST_PATH = '/domains/'

function checkOption(name: string, value: number, min: number, max = Infinity): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`VpsApiClient option ${name} must be a number from ${min} to ${max}.`)
  }
  return value
}

/** Talks to the VPS.org domain API. See the module comment. */
export class VpsApiClient {
  private readonly http: HttpSettings
  private readonly policy: RetryPolicy
  private readonly pageSize: number
  private readonly maxPages: number
  private readonly logger: ApiLogger

  constructor(options: VpsApiClientOptions = {}) {
    const d = DEFAULT_RETRY_POLICY
    this.logger = options.logger ?? silentLogger
    this.http = {
      // Looked up at call time when not injected, so test doubles of globalThis.fetch work.
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeoutMs: checkOption('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1),
      logger: this.logger,
    }
    this.policy = {
      retries: Math.floor(checkOption('retries', options.retries ?? d.retries, 0, 20)),
      minDelayMs: checkOption('minRetryDelayMs', options.minRetryDelayMs ?? d.minDelayMs, 0),
      maxDelayMs: checkOption('maxRetryDelayMs', options.maxRetryDelayMs ?? d.maxDelayMs, 0),
      maxRetryAfterMs: checkOption(
        'maxRetryAfterMs',
        options.maxRetryAfterMs ?? d.maxRetryAfterMs,
        0,
      ),
      random: options.random ?? d.random,
    }
    this.pageSize = Math.floor(
      checkOption('pageSize', options.pageSize ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
    )
    this.maxPages = Math.floor(checkOption('maxPages', options.maxPages ?? DEFAULT_MAX_PAGES, 1))
  }

  /** One page of the domain list: a filter query, or a `next` link from a previous page. */
  async listDomainsPage(
    account: ApiAccount,
    query: ListDomainsQuery | { url: string } = {},
    opts: RequestOptions = {},
  ): Promise<DomainList> {
    const target = { method: 'GET', path: LIST_PATH } as const
    if ('url' in query) {
      const baseUrl = normalizeBaseUrl(account.baseUrl, target)
      const url = assertSameOrigin(baseUrl, query.url, target)
      return this.send(account, { ...target, url, schema: domainListSchema }, opts)
    }
    const checked = prepareListQuery(query, target)
    return this.send(account, { ...target, query: checked, schema: domainListSchema }, opts)
  }

  /**
   * Every domain in the account, following `next` links. `count` is the server's figure and may
   * differ from `domains.length`.
   */
  async listAllDomains(
    account: ApiAccount,
    query: ListAllQuery = {},
    opts: ListAllOptions = {},
  ): Promise<AllDomains> {
    const target = { method: 'GET', path: LIST_PATH } as const
    const checked = prepareListQuery(
      { status: query.status, search: query.search, page_size: query.pageSize ?? this.pageSize },
      target,
    )
    const baseUrl = normalizeBaseUrl(account.baseUrl, target)
    return collectAllPages({
      baseUrl,
      firstUrl: buildUrl(baseUrl, LIST_PATH, checked),
      fetchPage: (url) => this.send(account, { ...target, url, schema: domainListSchema }, opts),
      maxPages: this.maxPages,
      onPage: opts.onPage,
    })
  }

  /**
   * Every domain in the account, several pages at once (see concurrent-listing.ts): each page's
   * domains go to `onBatch` as they land, and only their ids are kept. `complete` says whether
   * the ids are the whole account (the list held still long enough to be read consistently).
   */
  async streamAllDomains(
    account: ApiAccount,
    query: ListAllQuery & { maxInFlight?: number },
    opts: ListAllOptions & { onBatch: (domains: Domain[]) => void },
  ): Promise<StreamedListing> {
    const target = { method: 'GET', path: LIST_PATH } as const
    const checked = prepareListQuery(
      { status: query.status, search: query.search, page_size: query.pageSize ?? this.pageSize },
      target,
    )
    const baseUrl = normalizeBaseUrl(account.baseUrl, target)
    return streamAllPages({
      baseUrl,
      firstUrl: buildUrl(baseUrl, LIST_PATH, checked),
      fetchPage: (url, hooks) =>
        this.send(
          account,
          { ...target, url, schema: domainListSchema },
          { signal: hooks.signal, beforeRetry: hooks.beforeRetry },
        ),
      onBatch: opts.onBatch,
      onPage: opts.onPage,
      maxInFlight: query.maxInFlight,
      maxPages: this.maxPages,
      signal: opts.signal,
    })
  }

  /** Details of one domain. */
  async getDomain(
    account: ApiAccount,
    id: number,
    opts: RequestOptions = {},
  ): Promise<DomainDetail> {
    const path = `/domains/${checkDomainId(id, { method: 'GET', path: '/domains/{id}/' })}/`
    return this.send(account, { method: 'GET', path, schema: domainDetailSchema }, opts)
  }

  /** Changes settings; only the given keys are sent (nameservers in ASCII form). */
  async updateDomain(
    account: ApiAccount,
    id: number,
    changes: UpdateRequest,
    opts: RequestOptions = {},
  ): Promise<UpdateResponse> {
    const path = `/domains/${checkDomainId(id, { method: 'PUT', path: '/domains/{id}/' })}/`
    const body = prepareUpdateBody(changes, { method: 'PUT', path })
    return this.send(account, { method: 'PUT', path, body, schema: updateResponseSchema }, opts)
  }

  /**
   * Removes the domain from the account's management. It does NOT cancel the registration.
   * A 404 after an earlier attempt that may have arrived counts as success.
   */
  async removeDomain(account: ApiAccount, id: number, opts: RequestOptions = {}): Promise<void> {
    const path = `/domains/${checkDomainId(id, { method: 'DELETE', path: '/domains/{id}/' })}/`
    await this.send<void>(account, { method: 'DELETE', path, schema: null }, opts)
  }

  /**
   * Registers a domain — spends money, so it is sent exactly once and never retried. When the
   * error's `outcomeUnknown` is true, the registration may have happened: check the list.
   */
  async registerDomain(
    account: ApiAccount,
    body: RegisterRequest,
    opts: RequestOptions = {},
  ): Promise<RegisterResponse> {
    const target = { method: 'POST', path: LIST_PATH } as const
    const checked = prepareRegisterBody(body, target)
    return this.send(account, { ...target, body: checked, schema: registerResponseSchema }, opts)
  }

  /**
   * Starts a transfer in — spends money, so it is sent exactly once and never retried. The auth
   * code is sent as given and scrubbed from every error and log line.
   */
  async transferDomain(
    account: ApiAccount,
    id: number,
    body: TransferRequest,
    opts: RequestOptions = {},
  ): Promise<TransferResponse> {
    const path = `/domains/${checkDomainId(id, { method: 'POST', path: '/domains/{id}/transfer/' })}/transfer/`
    const checked = prepareTransferBody(body, { method: 'POST', path })
    const request = { method: 'POST', path, body: checked, schema: transferResponseSchema } as const
    return this.send(account, { ...request, secrets: [checked.auth_code] }, opts)
  }

  private send<T>(
    account: ApiAccount,
    request: Omit<HttpRequest<T>, 'attempt' | 'signal'>,
    opts: RequestOptions,
  ): Promise<T> {
    const secrets = [
      ...(typeof account.token === 'string' ? [account.token] : []),
      ...(request.secrets ?? []),
    ]
    const context = {
      method: request.method,
      path: request.path,
      signal: opts.signal,
      logger: redactingLogger(this.logger, secrets),
      beforeRetry: opts.beforeRetry,
    }
    return withRetries(
      (attempt) => sendOnce(account, { ...request, attempt, signal: opts.signal }, this.http),
      context,
      this.policy,
    )
  }
}
