/**
 * What a user (or two windows) can do to paid requests, as chaos steps: register (prepare, then
 * confirm), a double click on confirm, two windows registering one name, a transfer start, two
 * windows starting one transfer, a sync, the app being killed, and time passing. Every step
 * swallows the errors a user would see; an `Internal` error from a launch that was not killed
 * meanwhile is a bug and is recorded as a problem.
 */
import type { SeededRandom } from '../../electron/sandbox/random'
import type { Launch, World } from './world'

export const STEP_KINDS = [
  'register',
  'double-click',
  'two-windows',
  'transfer',
  'transfer-two-windows',
  'sync',
  'kill',
  'wait',
] as const
export type StepKind = (typeof STEP_KINDS)[number]

/** What the steps work on. */
export interface Targets {
  names: string[]
  /** Domains at other registrars (some are not eligible, which is part of the test). */
  transferable: number[]
}

/** Errors seen, by code, and problems found on the way. */
export interface StepLog {
  codes: Map<string, number>
  problems: string[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Runs `fn` on the current launch; records what it threw. */
async function guarded(
  world: World,
  log: StepLog,
  what: string,
  fn: (l: Launch) => Promise<unknown>,
) {
  const launch = world.current
  try {
    await fn(launch)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'thrown'
    log.codes.set(code, (log.codes.get(code) ?? 0) + 1)
    if (code === 'Internal' && !launch.dead)
      log.problems.push(`${what}: Internal error: ${(error as Error).message}`)
  }
}

const request = (domainName: string) => ({ domainName, years: 1, autoRenew: true, privacy: false })

/** Starts one step; the promise settles when the step has (never rejects). */
export function startStep(
  kind: StepKind,
  world: World,
  rng: SeededRandom,
  targets: Targets,
  log: StepLog,
): Promise<void> {
  const { accountId } = world
  const name = rng.pick(targets.names)
  const domainId = rng.pick(targets.transferable)
  const authCode = rng.chance(0.85)
    ? world.sandbox.registrar.get(domainId).authCode
    : 'not-the-code'
  const prepareAndConfirm = (l: Launch) =>
    l
      .call('registration.prepare', accountId, request(name))
      .then((i: { id: string }) => l.call('registration.confirm', i.id))
  const transfer = (l: Launch) =>
    l.call('transfer.start', accountId, domainId, { authCode, autoRenew: true })
  switch (kind) {
    case 'register':
      return guarded(world, log, `register ${name}`, prepareAndConfirm)
    case 'double-click':
      return guarded(world, log, `double-click ${name}`, async (l) => {
        const intent = await l.call('registration.prepare', accountId, request(name))
        const both = await Promise.allSettled([
          l.call('registration.confirm', intent.id),
          l.call('registration.confirm', intent.id),
        ])
        for (const r of both) if (r.status === 'rejected') throw r.reason
      })
    case 'two-windows':
      return Promise.all([
        guarded(world, log, `window 1 ${name}`, prepareAndConfirm),
        guarded(world, log, `window 2 ${name}`, prepareAndConfirm),
      ]).then(() => {})
    case 'transfer':
      return guarded(world, log, `transfer ${domainId}`, transfer)
    case 'transfer-two-windows':
      return Promise.all([
        guarded(world, log, `window 1 transfer ${domainId}`, transfer),
        guarded(world, log, `window 2 transfer ${domainId}`, transfer),
      ]).then(() => {})
    case 'sync':
      return guarded(world, log, 'sync', (l) => l.call('sync.now', accountId))
    case 'kill':
      // Lands wherever the other steps are: between two requests, or while one is out.
      return sleep(rng.int(0, 60)).then(() => world.kill())
    case 'wait':
      // Real time for slow requests to land, then the registration processing grace.
      return sleep(world.slowMs + 20).then(() => world.advance(3 * 60_000))
  }
}
