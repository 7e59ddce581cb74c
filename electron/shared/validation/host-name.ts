/**
 * Host-name and domain-name validation shared by the renderer (forms), the main process
 * (before any API call) and the sandbox registrar (server-side rules). No Node APIs.
 *
 * IDNA processing is UTS #46 through `tr46` (what WHATWG URL uses), with STD3 rules, hyphen,
 * joiner, bidi and DNS-length checks. Our own checks run first so that every rejection carries a
 * specific reason (a problem code for translation plus an English sentence).
 */
import { toASCII, toUnicode } from 'tr46'

/** Why a name was rejected; the renderer translates by code. */
export type NameProblem =
  | 'not-a-string'
  | 'empty'
  | 'whitespace'
  | 'too-long'
  | 'empty-label'
  | 'label-too-long'
  | 'label-hyphen'
  | 'label-characters'
  | 'single-label'
  | 'numeric-tld'
  | 'idna'
  | 'not-registrable'
  | 'tld-not-offered'

/** A name that passed: its ASCII (punycode) form, its Unicode form and its labels. */
export interface ValidHostName {
  ok: true
  /** Lower-case ASCII form, `xn--` labels for non-ASCII: what goes to the API. */
  ascii: string
  /** Unicode form for display. Equal to `ascii` for plain ASCII names. */
  unicode: string
  /** ASCII labels, left to right. */
  labels: string[]
}

/** A rejected name with a problem code and a sentence a user can act on. */
export interface InvalidName {
  ok: false
  problem: NameProblem
  message: string
}

export type HostNameResult = ValidHostName | InvalidName

const MAX_NAME_LENGTH = 253
const MAX_LABEL_LENGTH = 63
const IDNA_OPTIONS = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
} as const
/** Letters, combining marks, digits and hyphens: IDNA2008 forbids symbols such as emoji. */
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u
const ASCII_LABEL = /^[a-z0-9-]+$/
/** Full stops that UTS #46 maps to "." (ideographic and full-width). */
const ALTERNATE_DOTS = /[\u3002\uFF0E\uFF61]/g

function fail(problem: NameProblem, message: string): InvalidName {
  return { ok: false, problem, message }
}

function checkLabel(label: string, shown: string): InvalidName | null {
  if (label.length === 0) {
    return fail(
      'empty-label',
      `"${shown}" has an empty label (two dots in a row, or a leading dot).`,
    )
  }
  if (label.length > MAX_LABEL_LENGTH) {
    return fail(
      'label-too-long',
      `The label "${label.slice(0, 20)}…" is ${label.length} characters long; the limit is ${MAX_LABEL_LENGTH}.`,
    )
  }
  if (label.startsWith('-') || label.endsWith('-')) {
    return fail('label-hyphen', `The label "${label}" must not start or end with a hyphen.`)
  }
  return null
}

/**
 * Validates a fully qualified host name with at least two labels (a nameserver, or a domain
 * before registrar rules apply). One trailing root dot is accepted and removed.
 */
export function parseHostName(input: unknown, what = 'name'): HostNameResult {
  if (typeof input !== 'string') return fail('not-a-string', `The ${what} must be text.`)
  const trimmed = input.trim()
  if (trimmed.length === 0) return fail('empty', `Enter a ${what}.`)
  if (/\s/u.test(trimmed)) return fail('whitespace', `A ${what} cannot contain spaces.`)
  const dotted = trimmed.replace(ALTERNATE_DOTS, '.')
  const name = dotted.endsWith('.') ? dotted.slice(0, -1) : dotted
  const rawLabels = name.split('.')
  if (rawLabels.length < 2) {
    return fail(
      'single-label',
      `"${trimmed}" needs a dot and a top-level domain, like example.com.`,
    )
  }
  for (const label of rawLabels) {
    const problem = checkLabel(label, trimmed)
    if (problem) return problem
    const lower = label.normalize('NFKC').toLowerCase()
    const allowed = /^[\x20-\x7e]*$/.test(lower) ? ASCII_LABEL : UNICODE_LABEL
    if (!allowed.test(lower)) {
      return fail(
        'label-characters',
        `"${label}" may contain only letters, digits and hyphens (no underscores, symbols or emoji).`,
      )
    }
  }
  // Lengths are checked below rather than by tr46, so that they get a specific message.
  const ascii = toASCII(name, IDNA_OPTIONS)
  if (ascii === null) {
    return fail(
      'idna',
      `"${trimmed}" is not a valid internationalised name (check for hyphens in the 3rd and 4th positions, mixed scripts or an invalid xn-- label).`,
    )
  }
  if (ascii.length > MAX_NAME_LENGTH) {
    return fail(
      'too-long',
      `The ${what} is ${ascii.length} characters long; the limit is ${MAX_NAME_LENGTH}.`,
    )
  }
  const labels = ascii.split('.')
  for (const label of labels) {
    const problem = checkLabel(label, ascii)
    if (problem) return problem
  }
  const tld = labels[labels.length - 1]!
  if (/^[0-9]+$/.test(tld)) {
    return fail('numeric-tld', `"${trimmed}" ends in a number; a top-level domain has letters.`)
  }
  const unicode = toUnicode(ascii, IDNA_OPTIONS)
  return { ok: true, ascii, unicode: unicode.error ? ascii : unicode.domain, labels }
}

/** A domain that can be registered: one label directly under an offered suffix. */
export interface ValidDomainName extends ValidHostName {
  /** The public suffix without a leading dot, e.g. `com`. */
  tld: string
}

export type DomainNameResult = ValidDomainName | InvalidName

/**
 * Validates a name for registration. `offeredTlds` (suffixes without a leading dot) comes from
 * the price table; when given, the suffix must be one of them.
 */
export function parseDomainName(input: unknown, offeredTlds?: readonly string[]): DomainNameResult {
  const host = parseHostName(input, 'domain name')
  if (!host.ok) return host
  const suffixes = offeredTlds?.map((t) => t.replace(/^\./, '').toLowerCase())
  const suffix =
    suffixes?.filter((s) => host.ascii.endsWith(`.${s}`)).sort((a, b) => b.length - a.length)[0] ??
    host.labels[host.labels.length - 1]!
  if (suffixes && !suffixes.includes(suffix)) {
    return fail(
      'tld-not-offered',
      `.${suffix} domains are not offered. Offered: ${suffixes.map((s) => `.${s}`).join(', ')}.`,
    )
  }
  const registrable = host.ascii.slice(0, -(suffix.length + 1))
  if (registrable.includes('.')) {
    const parent = `${registrable.split('.').pop()}.${suffix}`
    return fail(
      'not-registrable',
      `"${host.unicode}" is a subdomain; register ${parent} instead and add the subdomain in DNS.`,
    )
  }
  return { ...host, tld: suffix }
}
