/**
 * Which domains of an account break a policy: those matching the rule's condition whose
 * settings differ from what it requires. One SQL statement per rule, so a check stays fast at
 * 100,000 domains; nameservers are compared as sets (case and order do not matter).
 */
import type { Policy, PolicyCondition } from '../../../shared/policies/policy'
import { rows, scalar, type Db } from './sqlite'

type Differs = 'autoRenew' | 'locked' | 'privacy' | 'nameservers'

/** The domain's nameservers, lower-cased, sorted and comma-joined. */
const NAMESERVER_KEY =
  "(SELECT group_concat(ns, ',') FROM (SELECT lower(value) AS ns FROM json_each(d.nameservers) ORDER BY ns))"

function condition(when: PolicyCondition, now: number): { sql: string; params: unknown[] } {
  switch (when.kind) {
    case 'all':
      return { sql: '1', params: [] }
    case 'tag':
      return {
        sql: 'EXISTS (SELECT 1 FROM tags t WHERE t.account_id = d.account_id AND t.domain_name = d.name AND t.tag = ?)',
        params: [when.tag],
      }
    case 'dns-vps':
      return { sql: "d.dns_managed_by = 'vps.org'", params: [] }
    case 'expiring':
      return { sql: 'd.expires_at <= ?', params: [now + when.days * 86_400_000] }
    case 'tld':
      return { sql: "d.name LIKE '%.' || ?", params: [when.tld] }
  }
}

/** SQL expressions that are true when a setting differs from the requirement. */
function differences(
  require: Policy['require'],
): Array<{ field: Differs; sql: string; params: unknown[] }> {
  const out: Array<{ field: Differs; sql: string; params: unknown[] }> = []
  for (const [field, column] of [
    ['autoRenew', 'auto_renew'],
    ['locked', 'locked'],
    ['privacy', 'privacy'],
  ] as const) {
    const wanted = require[field]
    if (wanted !== undefined) out.push({ field, sql: `d.${column} <> ?`, params: [wanted ? 1 : 0] })
  }
  if (require.nameservers) {
    const key = [
      ...new Set(require.nameservers.map((n) => n.trim().toLowerCase().replace(/\.$/, ''))),
    ]
      .sort()
      .join(',')
    out.push({ field: 'nameservers', sql: `coalesce(${NAMESERVER_KEY}, '') <> ?`, params: [key] })
  }
  return out
}

/** Counts and the first violating domains of one rule. */
export function policyViolations(
  db: Db,
  accountId: string,
  policy: Policy,
  options: { now: number; sample: number },
): {
  matching: number
  violations: number
  sample: Array<{ id: number; name: string; unicodeName: string; differs: Differs[] }>
} {
  const when = condition(policy.when, options.now)
  const diffs = differences(policy.require)
  const base = `FROM domains d WHERE d.account_id = ? AND d.removed_at IS NULL AND (${when.sql})`
  const baseParams = [accountId, ...when.params]
  const anyDiff = diffs.map((x) => `(${x.sql})`).join(' OR ') || '0'
  const diffParams = diffs.flatMap((x) => x.params)
  const matching = scalar<number>(db, `SELECT count(*) ${base}`, ...baseParams) ?? 0
  const violations =
    scalar<number>(db, `SELECT count(*) ${base} AND (${anyDiff})`, ...baseParams, ...diffParams) ??
    0
  const flags = diffs.map((x, i) => `(${x.sql}) AS f${i}`).join(', ')
  const sample = rows<Record<string, unknown>>(
    db,
    `SELECT d.id, d.name, d.unicode_name${flags ? `, ${flags}` : ''} ${base} AND (${anyDiff})
     ORDER BY d.name LIMIT ?`,
    ...diffParams,
    ...baseParams,
    ...diffParams,
    options.sample,
  ).map((r) => ({
    id: r.id as number,
    name: r.name as string,
    unicodeName: r.unicode_name as string,
    differs: diffs.filter((_, i) => r[`f${i}`] === 1).map((x) => x.field),
  }))
  return { matching, violations, sample }
}

/** Every violating domain's id, for a fix through the bulk change. */
export function policyViolationIds(
  db: Db,
  accountId: string,
  policy: Policy,
  now: number,
): number[] {
  const when = condition(policy.when, now)
  const diffs = differences(policy.require)
  const anyDiff = diffs.map((x) => `(${x.sql})`).join(' OR ') || '0'
  return rows<{ id: number }>(
    db,
    `SELECT d.id FROM domains d WHERE d.account_id = ? AND d.removed_at IS NULL AND (${when.sql})
     AND (${anyDiff}) ORDER BY d.name`,
    accountId,
    ...when.params,
    ...diffs.flatMap((x) => x.params),
  ).map((r) => r.id)
}

/** How many domains break a rule: one count, for a summary such as the Overview's. */
export function policyViolationCount(
  db: Db,
  accountId: string,
  policy: Policy,
  now: number,
): number {
  const when = condition(policy.when, now)
  const diffs = differences(policy.require)
  const anyDiff = diffs.map((x) => `(${x.sql})`).join(' OR ') || '0'
  return (
    scalar<number>(
      db,
      `SELECT count(*) FROM domains d WHERE d.account_id = ? AND d.removed_at IS NULL
       AND (${when.sql}) AND (${anyDiff})`,
      accountId,
      ...when.params,
      ...diffs.flatMap((x) => x.params),
    ) ?? 0
  )
}
