/**
 * The main process's log: JSON lines in `<dataDir>/logs/main.log` (rotated at 5 MB), with every
 * known secret (API tokens, auth codes) scrubbed from messages and fields before anything is
 * written. The vault tells it which secrets exist.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ApiLogger } from '../core/vps-api/index'

const MAX_BYTES = 5 * 1024 * 1024
const REDACTED = '[redacted]'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

/** A logger usable by the API client and every service. */
export interface AppLogger extends ApiLogger {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

/** Replaces every occurrence of each secret (4+ characters) in a text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED)
  return out
}

function describe(value: unknown): unknown {
  if (value instanceof Error)
    return {
      name: value.name,
      message: value.message,
      code: (value as { code?: unknown }).code,
      stack: value.stack,
    }
  return value
}

/** A file logger; `secrets()` is asked at every line. `echo` also prints to stderr. */
export function createFileLogger(
  path: string,
  secrets: () => readonly string[],
  options: { echo?: boolean; level?: LogLevel } = {},
): AppLogger {
  const levels: LogLevel[] = ['debug', 'info', 'warn', 'error']
  const min = levels.indexOf(options.level ?? 'info')
  mkdirSync(dirname(path), { recursive: true })
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (levels.indexOf(level) < min) return
    const entry = {
      at: new Date().toISOString(),
      level,
      message,
      ...(fields
        ? { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describe(v)])) }
        : {}),
    }
    const line = scrub(JSON.stringify(entry), secrets())
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
        renameSync(path, `${path}.1`)
      appendFileSync(path, `${line}\n`)
    } catch {
      // A log that cannot be written (full disk) must never take the app down.
    }
    if (options.echo) process.stderr.write(`${line}\n`)
  }
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}

/** A logger that keeps lines in memory (tests), scrubbed the same way. */
export function createMemoryLogger(
  secrets: () => readonly string[] = () => [],
): AppLogger & { lines: string[] } {
  const lines: string[] = []
  const write = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(
      scrub(
        JSON.stringify({
          level,
          message,
          fields:
            fields && Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describe(v)])),
        }),
        secrets(),
      ),
    )
  }
  return {
    lines,
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  }
}
