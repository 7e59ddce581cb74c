/**
 * The randomized money-safety run: per run, a seeded world (sandbox faults 5xx, html, drop,
 * reset, slow, malformed and sometimes a rate limit; a client timeout that slow answers may
 * exceed) and a seeded sequence of steps, each awaited or left running while the next starts, so
 * that registrations, transfers, syncs, double clicks, two windows and kills interleave. Then the
 * world settles and `checkSettled` judges it. Used by the vitest test and `npm run test:chaos`.
 */
import { SeededRandom } from '../../electron/sandbox/random'
import { checkSettled, type RunFigures } from './checks'
import { startStep, STEP_KINDS, type StepLog, type Targets } from './steps'
import { createWorld } from './world'

/** The summary of many runs. */
export interface ChaosReport {
  runs: number
  steps: number
  /** Distinct step sequences, with which steps overlapped. */
  interleavings: number
  kills: number
  registerPosts: number
  intentsSent: number
  transferPosts: number
  transfersSent: number
  maxPostsPerRecord: number
  errorCodes: Record<string, number>
  problems: string[]
}

/** One run; returns its step signature, figures and problems. */
async function runOnce(seed: number, stepsPerRun: number, log: StepLog) {
  const rng = new SeededRandom(seed)
  const world = await createWorld(rng, seed)
  try {
    const tlds = ['com', 'net', 'org', 'io']
    const names = Array.from({ length: rng.int(1, 3) }, (_, i) => `chaos-${seed}-${i}.${tlds[i]}`)
    const { registrar } = world.sandbox
    const elsewhere = registrar.list().filter((d) => d.registrar !== 'VPS.org')
    const eligible = elsewhere.filter(
      (d) =>
        d.status === 'active' &&
        !d.locked &&
        registrar.clock.now() - d.registeredAt > 60 * 86_400_000,
    )
    // Mostly transfers that can go through, and one that a check refuses.
    const refused = elsewhere.find((d) => !eligible.includes(d))
    const transferable = [...eligible.slice(0, 2), ...(refused ? [refused] : [])].map((d) => d.id)
    const targets: Targets = { names, transferable }
    world.faults(true)
    const running: Promise<void>[] = []
    let signature = ''
    for (let i = 0; i < stepsPerRun; i++) {
      const kind = rng.pick(STEP_KINDS)
      const step = startStep(kind, world, rng, targets, log)
      // About half the steps overlap with the next one.
      if (rng.chance(0.5)) {
        await step
        signature += `${kind};`
      } else {
        running.push(step)
        signature += `${kind}|`
      }
    }
    await Promise.all(running)
    // Settle: faults off, late (slow) requests land, the grace passes, the app starts once more
    // (recovery) and syncs once; then the user says what VPS.org could not tell.
    world.faults(false)
    // Every request that reached VPS.org is processed before the app looks for the last time,
    // however long a loaded machine takes over the slow ones.
    await world.sandbox.handled()
    world.advance(3 * 60_000)
    await world.kill()
    const { call, services } = world.current
    await call('sync.now', world.accountId)
    for (const t of await call('transfer.list', world.accountId)) {
      if (t.state !== 'unknown') continue
      const charges = world.sandbox.registrar.charges.filter(
        (c) => c.kind === 'transfer' && c.domainId === t.domainId,
      ).length
      const known = services.cache.transfers
        .forAccount(world.accountId)
        .filter(
          (o) => o.domainId === t.domainId && (o.state === 'pending' || o.state === 'completed'),
        ).length
      await call(
        'transfer.resolve',
        world.accountId,
        t.id,
        charges > known ? 'started' : 'not-started',
      )
    }
    const checked = await checkSettled(services.cache.db, world.accountId, world.sandbox)
    return {
      signature,
      kills: world.launches.length - 1,
      ...checked,
      problems: checked.problems.map((p) => `seed ${seed}: ${p}`),
    }
  } finally {
    await world.close()
  }
}

/** Runs `runs` seeded runs from `seed`; never throws for a broken invariant (see `problems`). */
export async function runChaos(options: {
  runs: number
  seed?: number
  stepsPerRun?: number
}): Promise<ChaosReport> {
  const first = options.seed ?? 1
  const log: StepLog = { codes: new Map(), problems: [] }
  const signatures = new Set<string>()
  const totals: RunFigures = {
    registerPosts: 0,
    intentsSent: 0,
    transferPosts: 0,
    transfersSent: 0,
    maxPostsPerRecord: 0,
  }
  const problems: string[] = []
  let kills = 0
  for (let run = 0; run < options.runs; run++) {
    const result = await runOnce(first + run, options.stepsPerRun ?? 8, log)
    signatures.add(result.signature)
    kills += result.kills
    problems.push(...result.problems)
    for (const key of ['registerPosts', 'intentsSent', 'transferPosts', 'transfersSent'] as const)
      totals[key] += result.figures[key]
    totals.maxPostsPerRecord = Math.max(totals.maxPostsPerRecord, result.figures.maxPostsPerRecord)
  }
  return {
    runs: options.runs,
    steps: options.runs * (options.stepsPerRun ?? 8),
    interleavings: signatures.size,
    kills,
    ...totals,
    errorCodes: Object.fromEntries(log.codes),
    problems: [...log.problems, ...problems],
  }
}

/** The report in a few lines. */
export function describeReport(r: ChaosReport): string {
  return [
    `chaos: ${r.runs} runs, ${r.steps} steps, ${r.interleavings} distinct interleavings, ${r.kills} kills`,
    `paid POSTs: ${r.registerPosts} registrations for ${r.intentsSent} intents sent, ${r.transferPosts} transfers for ${r.transfersSent} transfer records sent`,
    `max paid POSTs per registration or transfer that went through: ${r.maxPostsPerRecord}`,
    `errors the user saw, by code: ${JSON.stringify(r.errorCodes)}`,
    `problems: ${r.problems.length === 0 ? 'none' : `\n  ${r.problems.join('\n  ')}`}`,
  ].join('\n')
}
