/**
 * The logging seam of the API client. The client logs one debug line per attempt and a warning
 * per retry; the fields are chosen so that no secret is ever among them (method, path, status,
 * timing), and every line is scrubbed of the request's secrets anyway before it is handed over.
 */
import { redactSecrets } from './errors'

/** Where the client writes its log lines (the main process passes its own logger). */
export interface ApiLogger {
  debug(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
}

/** A logger that drops everything (the default). */
export const silentLogger: ApiLogger = {
  debug() {},
  warn() {},
}

function scrub(
  fields: Record<string, unknown>,
  secrets: readonly string[],
): Record<string, unknown> {
  const clean: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    clean[key] = typeof value === 'string' ? redactSecrets(value, secrets) : value
  }
  return clean
}

/** Wraps a logger so that string fields and messages are scrubbed of `secrets`. */
export function redactingLogger(logger: ApiLogger, secrets: readonly string[]): ApiLogger {
  return {
    debug: (msg, fields) =>
      logger.debug(redactSecrets(msg, secrets), fields && scrub(fields, secrets)),
    warn: (msg, fields) =>
      logger.warn(redactSecrets(msg, secrets), fields && scrub(fields, secrets)),
  }
}
