/**
 * What must hold after a chaos run has settled (faults off, one last launch, one sync, the user's
 * word on transfers VPS.org cannot settle):
 * - paid POSTs, counted in the sandbox's request log, never outnumber the records that were
 *   allowed to send them: per domain for transfers (the path names it), overall for
 *   registrations (each intent moves to `sending` once, under a unique rule per name); and once
 *   a registration or transfer went through, no further POST is sent for it;
 * - every intent and transfer is in a state the user can act on (nothing sending or unknown);
 * - every charge at VPS.org is known to the app, once: a succeeded intent per registered name,
 *   an accepted (pending or completed) transfer per transfer charge;
 * - the cache's portfolio is the sandbox's.
 */
import { rows, type Db } from '../../electron/main/core/db/sqlite'
import type { RunningSandbox } from '../../electron/sandbox/index'

/** Figures of one run. */
export interface RunFigures {
  registerPosts: number
  intentsSent: number
  transferPosts: number
  transfersSent: number
  /** The most paid POSTs for one registration or transfer that went through; 1 when all is well. */
  maxPostsPerRecord: number
}

const count = <K>(keys: K[]) => {
  const m = new Map<K, number>()
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1)
  return m
}

/** Checks the settled world; returns the problems found and the run's figures. */
export async function checkSettled(
  db: Db,
  accountId: string,
  sandbox: RunningSandbox,
): Promise<{ problems: string[]; figures: RunFigures }> {
  const problems: string[] = []
  const intents = rows<{ id: string; domain_name: string; state: string; sent_at: string | null }>(
    db,
    'SELECT id, domain_name, state, sent_at FROM registration_intents WHERE account_id = ?',
    accountId,
  )
  const transfers = rows<{ id: number; domain_id: number; state: string; sent_at: string | null }>(
    db,
    'SELECT id, domain_id, state, sent_at FROM transfers WHERE account_id = ?',
    accountId,
  )
  const posts = sandbox.log.since().filter((e) => e.method === 'POST')
  const registerPosts = posts.filter((e) => e.path === '/api/v1/domains/').length
  const intentsSent = intents.filter((i) => i.sent_at !== null).length
  if (registerPosts > intentsSent)
    problems.push(`${registerPosts} registration POSTs for ${intentsSent} intents sent`)
  const transferPosts = count(
    posts.filter((e) => e.path.endsWith('/transfer/')).map((e) => Number(e.path.split('/')[4])),
  )
  const transfersSent = count(transfers.filter((t) => t.sent_at !== null).map((t) => t.domain_id))
  for (const [domainId, n] of transferPosts) {
    const allowed = transfersSent.get(domainId) ?? 0
    if (n > allowed) problems.push(`domain ${domainId}: ${n} transfer POSTs for ${allowed} sent`)
  }
  // Once a registration or transfer went through (the sandbox's clock stands still, so a
  // transfer stays in progress), any further POST for it is a second paid request.
  let maxPostsPerRecord = 0
  const through = new Map<string, number>()
  for (const e of posts) {
    const key = e.path.endsWith('/transfer/') ? e.path : e.requested_name
    if (key === undefined) continue
    const after = through.get(key)
    if (after !== undefined) {
      through.set(key, after + 1)
      problems.push(`${key}: paid POST #${after + 1} after it went through (${e.status})`)
    } else if (e.effect === 'domain.created' || e.effect === 'transfer.initiated') {
      through.set(key, 1)
    }
  }
  for (const n of through.values()) maxPostsPerRecord = Math.max(maxPostsPerRecord, n)

  for (const i of intents)
    if (i.state === 'sending' || i.state === 'unknown')
      problems.push(`intent ${i.domain_name} left ${i.state}`)
  for (const t of transfers)
    if (t.state === 'sending' || t.state === 'unknown')
      problems.push(`transfer ${t.id} of domain ${t.domain_id} left ${t.state}`)

  const charges = sandbox.registrar.charges
  const registered = count(charges.filter((c) => c.kind === 'registration').map((c) => c.domain))
  const succeeded = count(intents.filter((i) => i.state === 'succeeded').map((i) => i.domain_name))
  for (const name of new Set([...registered.keys(), ...succeeded.keys()]))
    if ((registered.get(name) ?? 0) !== (succeeded.get(name) ?? 0))
      problems.push(
        `${name}: charged ${registered.get(name) ?? 0}×, ${succeeded.get(name) ?? 0} succeeded intents`,
      )
  const charged = count(charges.filter((c) => c.kind === 'transfer').map((c) => c.domainId))
  const accepted = count(
    transfers
      .filter((t) => t.state === 'pending' || t.state === 'completed')
      .map((t) => t.domain_id),
  )
  for (const id of new Set([...charged.keys(), ...accepted.keys()]))
    if ((charged.get(id) ?? 0) !== (accepted.get(id) ?? 0))
      problems.push(
        `domain ${id}: ${charged.get(id) ?? 0} transfer charges, ${accepted.get(id) ?? 0} accepted transfers`,
      )

  const cached = rows<Record<string, unknown>>(
    db,
    `SELECT id, name, status, expiration_date, auto_renew, locked FROM domains
     WHERE account_id = ? AND removed_at IS NULL ORDER BY id`,
    accountId,
  ).map((d) => JSON.stringify([d.id, d.name, d.status, d.expiration_date, d.auto_renew === 1]))
  const listing = await fetch(`${sandbox.baseUrl}/domains/?page_size=1000`, {
    headers: { Authorization: `Bearer ${sandbox.token}` },
  }).then((r) => r.json() as Promise<{ results: Array<Record<string, unknown>> }>)
  const live = listing.results.map((d) =>
    JSON.stringify([d.id, d.domain_name, d.status, d.expiration_date, d.auto_renew]),
  )
  const missing = live.filter((d) => !cached.includes(d))
  const extra = cached.filter((d) => !live.includes(d))
  if (missing.length + extra.length > 0)
    problems.push(`cache differs from VPS.org: missing ${missing} extra ${extra}`)

  return {
    problems,
    figures: {
      registerPosts,
      intentsSent,
      transferPosts: [...transferPosts.values()].reduce((a, b) => a + b, 0),
      transfersSent: [...transfersSent.values()].reduce((a, b) => a + b, 0),
      maxPostsPerRecord,
    },
  }
}
