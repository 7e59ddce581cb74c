/**
 * The VPS.org domain API client: public surface. Main-process only (plain Node, no Electron).
 */
export { VpsApiClient } from './client'
export type {
  ApiAccount,
  ListAllOptions,
  ListAllQuery,
  RequestOptions,
  VpsApiClientOptions,
} from './client'
export { ApiError, isApiError } from './errors'
export type { ApiErrorCode, ApiErrorJson, HttpMethod } from './errors'
export type { ApiLogger } from './logger'
export type { AllDomains, PageProgress } from './pagination'
export type { StreamedListing } from './concurrent-listing'
export { assertSameOrigin, isLoopbackHost, normalizeBaseUrl, parseBaseUrl } from './base-url'
export type { BaseUrlProblem, BaseUrlResult } from './base-url'
export { parseRetryAfter } from './retry-after'
export { DEFAULT_RETRY_POLICY } from './retry'
export type { RetryPolicy } from './retry'
