/**
 * The main process's log: JSON lines in `<dataDir>/logs/main.log` (rotated at 5 MB), with every
 * known secret (API tokens, auth codes) scrubbed from messages and fields before anything is
 * written. The vault tells it which secrets exist.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { redactSecrets } from '../core/vps-api/errors'
import type { ApiLogger } from '../core/vps-api/index'
import { systemClock, type Clock } from '../core/clock'

const MAX_BYTES = 5 * 1024 * 1024
const LEVELS = ['debug', 'info', 'warn', 'error'] as const

export type LogLevel = (typeof LEVELS)[number]

/** A logger usable by the API client and every service. */
export interface AppLogger extends ApiLogger {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      code: (value as { code?: unknown }).code,
      stack: value.stack,
    }
  }
  return value
}

/**
 * One log line as JSON, secrets replaced. Each secret is also looked for in its JSON-escaped
 * form, since a token with a quote or backslash is written escaped.
 */
export function formatLogLine(
  level: LogLevel,
  message: string,
  fields: Record<string, unknown> | undefined,
  secrets: readonly string[],
  at: Date = systemClock.now(),
): string {
  const entry = {
    at: at.toISOString(),
    level,
    message,
    ...(fields
      ? { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describe(v)])) }
      : {}),
  }
  const forms = secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)])
  return redactSecrets(JSON.stringify(entry), forms)
}

function loggerFrom(
  write: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void,
): AppLogger {
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}

/** A file logger; `secrets()` is asked at every line. `echo` also prints to stderr. */
export function createFileLogger(
  path: string,
  secrets: () => readonly string[],
  options: { echo?: boolean; level?: LogLevel; clock?: Clock } = {},
): AppLogger {
  const clock = options.clock ?? systemClock
  const min = LEVELS.indexOf(options.level ?? 'info')
  mkdirSync(dirname(path), { recursive: true })
  return loggerFrom((level, message, fields) => {
    if (LEVELS.indexOf(level) < min) return
    const line = formatLogLine(level, message, fields, secrets(), clock.now())
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
        renameSync(path, `${path}.1`)
      appendFileSync(path, `${line}\n`)
    } catch {
      // A log that cannot be written (full disk) must never take the app down.
    }
    if (options.echo) process.stderr.write(`${line}\n`)
  })
}

/** A logger that keeps lines in memory (tests), scrubbed the same way. */
export function createMemoryLogger(
  secrets: () => readonly string[] = () => [],
): AppLogger & { lines: string[] } {
  const lines: string[] = []
  return Object.assign(
    loggerFrom((level, message, fields) =>
      lines.push(formatLogLine(level, message, fields, secrets())),
    ),
    { lines },
  )
}
