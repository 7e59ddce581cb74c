/**
 * Turns the shared validators' rejections into translatable messages. The validators give a
 * problem code and an English sentence; the sentence's specifics (which label, which parent
 * domain, which TLDs) are recomputed here so that every language can name them too.
 */
import { parseHostName, type InvalidName, type NameProblem } from '@shared/validation/host-name'
import {
  MAX_NAMESERVERS,
  MIN_NAMESERVERS,
  reservedSuffix,
  type InvalidNameservers,
  type NameserverIssue,
} from '@shared/validation/nameservers'

/** A message key and its parameters, for `t(key, params)`. */
export interface Translatable {
  key: string
  params: Record<string, string | number>
}

/** What a host name can get wrong, domain or nameserver alike: each has its own message key. */
const HOST_PROBLEMS: readonly NameProblem[] = [
  'empty',
  'whitespace',
  'too-long',
  'empty-label',
  'label-too-long',
  'label-hyphen',
  'label-characters',
  'single-label',
  'numeric-tld',
  'idna',
]
const DOMAIN_PROBLEMS = new Set<NameProblem>([
  ...HOST_PROBLEMS,
  'not-registrable',
  'tld-not-offered',
])
const NAMESERVER_PROBLEMS = new Set<string>([
  ...HOST_PROBLEMS,
  'too-few',
  'too-many',
  'duplicate',
  'reserved',
])
/** Full stops that UTS #46 maps to "." (the validator accepts them too). */
const ALTERNATE_DOTS = /[\u3002\uFF0E\uFF61]/g
const LABEL_CHARACTERS = /^[\p{L}\p{M}\p{N}-]+$/u
const MAX_LABEL_LENGTH = 63
const SHOWN_LABEL_LENGTH = 24

function labelsOf(name: string): string[] {
  const dotted = name.replace(ALTERNATE_DOTS, '.')
  return (dotted.endsWith('.') ? dotted.slice(0, -1) : dotted).split('.')
}

/** The label a label-level problem is about, shortened for display; else the whole name. */
function offendingLabel(name: string, problem: string): string {
  const labels = labelsOf(name)
  const label =
    problem === 'label-hyphen'
      ? labels.find((l) => l.startsWith('-') || l.endsWith('-'))
      : problem === 'label-characters'
        ? labels.find((l) => !LABEL_CHARACTERS.test(l.normalize('NFKC')))
        : problem === 'label-too-long'
          ? labels.find((l) => l.length > MAX_LABEL_LENGTH)
          : undefined
  const shown = label ?? name
  return shown.length > SHOWN_LABEL_LENGTH ? `${shown.slice(0, SHOWN_LABEL_LENGTH)}…` : shown
}

/** For a subdomain or an unoffered TLD: the suffix, the domain to register, the offered list. */
function suffixParams(name: string, offeredTlds?: readonly string[]): Translatable['params'] {
  const host = parseHostName(name)
  if (!host.ok) return {}
  const suffixes = offeredTlds?.map((t) => t.replace(/^\./, '').toLowerCase()) ?? []
  const suffix =
    suffixes.filter((s) => host.ascii.endsWith(`.${s}`)).sort((a, b) => b.length - a.length)[0] ??
    host.labels[host.labels.length - 1]!
  const registrable = host.ascii.slice(0, -(suffix.length + 1))
  const parentAscii = `${registrable.split('.').pop()}.${suffix}`
  const parent = parseHostName(parentAscii)
  return {
    tld: suffix,
    parent: parent.ok ? parent.unicode : parentAscii,
    offered: suffixes.map((s) => `.${s}`).join(', '),
  }
}

/** Why a domain name was rejected, as `registration.nameProblems.*`. */
export function domainNameProblem(
  input: string,
  rejection: InvalidName,
  offeredTlds?: readonly string[],
): Translatable {
  const name = input.trim()
  const problem = DOMAIN_PROBLEMS.has(rejection.problem) ? rejection.problem : 'empty'
  return {
    key: `registration.nameProblems.${problem}`,
    params: {
      name,
      label: offendingLabel(name, problem),
      ...(problem === 'not-registrable' || problem === 'tld-not-offered'
        ? suffixParams(name, offeredTlds)
        : {}),
    },
  }
}

/** Every reason a nameserver list was rejected, in entry order. */
export function nameserversProblems(
  entries: readonly string[],
  rejection: InvalidNameservers,
): Translatable[] {
  return rejection.issues.map((issue) => nameserversProblem(entries, issue))
}

/** Why a nameserver list was rejected, as `domain.nameserverProblems.*`. */
export function nameserversProblem(
  entries: readonly string[],
  rejection: NameserverIssue,
): Translatable {
  const index = rejection.index ?? 0
  const name = (entries[index] ?? '').trim()
  const problem = NAMESERVER_PROBLEMS.has(rejection.problem) ? rejection.problem : 'invalid'
  const params: Translatable['params'] = {
    n: index + 1,
    name,
    label: offendingLabel(name, problem),
    count: entries.length,
    min: MIN_NAMESERVERS,
    max: MAX_NAMESERVERS,
  }
  if (problem === 'duplicate') {
    const ascii = (value: string) => {
      const parsed = parseHostName(value)
      return parsed.ok ? parsed.ascii : value.trim().toLowerCase()
    }
    params.first = entries.findIndex((e) => ascii(e) === ascii(name)) + 1
  }
  if (problem === 'reserved') {
    const parsed = parseHostName(name)
    params.reserved = (parsed.ok && reservedSuffix(parsed.ascii)) || name
  }
  return { key: `domain.nameserverProblems.${problem}`, params }
}
