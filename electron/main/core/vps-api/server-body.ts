/**
 * Making sense of what VPS.org (or something in front of it) sent back, for error messages.
 * Error bodies are undocumented: Django REST Framework sends `{"detail": "…"}` or field errors
 * (`{"field": ["…"]}`, nested for lists), but a proxy may send HTML, plain text or nothing.
 * Anything quoted from a body is sanitized and shortened first: it is shown to the user and may
 * be logged, so it must not carry control characters, layout tricks or pages of markup.
 */

/** What kind of body an answer carried. */
export type BodyKind = 'empty' | 'json' | 'html' | 'text'

/** A body, classified. `json` is set only for kind 'json'. */
export interface InspectedBody {
  kind: BodyKind
  json?: unknown
  /** For HTML: the page's <title>, sanitized (helps recognise a proxy or portal page). */
  htmlTitle?: string
  /** For text: a short sanitized excerpt. */
  excerpt?: string
}

const MAX_EXCERPT = 120
const MAX_SERVER_MESSAGE = 300
const MAX_FIELDS = 50
const MAX_MESSAGES_PER_FIELD = 10
const MAX_DEPTH = 6
/** C0/C1 controls, and bidi/zero-width format characters that could disguise text. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu

/**
 * Makes server-provided text safe to show: no control or format characters, whitespace
 * collapsed, at most `max` characters (an ellipsis marks the cut).
 */
export function sanitizeServerText(text: string, max = MAX_SERVER_MESSAGE): string {
  const clean = text.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean
}

const HTML_CONTENT_TYPE = /\btext\/html\b|\bapplication\/xhtml\+xml\b/i

function htmlBody(text: string): InspectedBody {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]
  const htmlTitle = title === undefined ? '' : sanitizeServerText(title, MAX_EXCERPT)
  return htmlTitle ? { kind: 'html', htmlTitle } : { kind: 'html' }
}

/**
 * Classifies a body. JSON is recognised by parsing rather than by Content-Type (a server that
 * labels JSON wrongly still works); markup, or an unparsable body labelled HTML, is HTML.
 */
export function inspectBody(text: string, contentType = ''): InspectedBody {
  const trimmed = text.trim()
  if (trimmed.length === 0) return { kind: 'empty' }
  if (trimmed.startsWith('<')) return htmlBody(trimmed)
  try {
    return { kind: 'json', json: JSON.parse(trimmed) as unknown }
  } catch {
    if (HTML_CONTENT_TYPE.test(contentType)) return htmlBody(trimmed)
    return { kind: 'text', excerpt: sanitizeServerText(trimmed, MAX_EXCERPT) }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The server's `detail` sentence (DRF), sanitized; also accepts `message`/`error` strings. */
export function serverDetail(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined
  for (const key of ['detail', 'message', 'error']) {
    const value = json[key]
    if (typeof value === 'string' && value.trim()) return sanitizeServerText(value)
  }
  return undefined
}

function joinPath(prefix: string, key: string): string {
  if (/^\d+$/.test(key)) return `${prefix}[${key}]`
  return prefix ? `${prefix}.${key}` : key
}

function collect(value: unknown, path: string, out: Map<string, string[]>, depth: number): void {
  const key = path || 'non_field_errors'
  if (out.size >= MAX_FIELDS && !out.has(key)) return
  const add = (message: string) => {
    const list = out.get(key) ?? []
    if (list.length < MAX_MESSAGES_PER_FIELD) list.push(sanitizeServerText(message))
    out.set(key, list)
  }
  if (typeof value === 'string') return add(value)
  if (typeof value === 'number' || typeof value === 'boolean') return add(String(value))
  if (value === null || depth > MAX_DEPTH) return
  if (Array.isArray(value)) {
    // DRF lists plain messages for a field, or one error object per item of a list field.
    value.forEach((item, index) => {
      if (typeof item === 'object' && item !== null) {
        collect(item, joinPath(path, String(index)), out, depth + 1)
      } else {
        collect(item, path, out, depth + 1)
      }
    })
    return
  }
  if (isRecord(value)) {
    for (const [child, inner] of Object.entries(value)) {
      collect(inner, joinPath(path, child), out, depth + 1)
    }
  }
}

/**
 * Flattens a DRF validation body into `field → messages`. Nested shapes become paths:
 * `{"nameservers": {"0": ["…"]}}` → `nameservers[0]`, `{"a": {"b": ["…"]}}` → `a.b`.
 * A bare list or string at the top becomes `non_field_errors`; `detail` is kept as a key.
 */
export function flattenFieldErrors(json: unknown): Record<string, string[]> {
  const out = new Map<string, string[]>()
  collect(json, '', out, 0)
  const fields: Record<string, string[]> = {}
  for (const [key, messages] of out) if (messages.length > 0) fields[key] = messages
  return fields
}

/** One line summarising field errors for a message: "domain_name: Already registered." */
export function summarizeFields(fields: Record<string, string[]>, maxEntries = 3): string {
  const entries = Object.entries(fields)
  const parts = entries.slice(0, maxEntries).map(([key, messages]) => {
    // Final full stops go: the parts are joined with semicolons into one sentence.
    const text = messages.join(' ').replace(/\.+$/, '')
    return key === 'non_field_errors' || key === 'detail' ? text : `${key}: ${text}`
  })
  const more = entries.length > maxEntries ? ` (and ${entries.length - maxEntries} more)` : ''
  return parts.join('; ') + more
}
