import { describe, expect, it } from 'vitest'
import { ConnectivityTracker, FRESH_MS } from '../../../../electron/main/services/connectivity'
import {
  backoffMs,
  PROBE_TIMEOUT_MS,
  type Timers,
} from '../../../../electron/main/services/connectivity-monitor'
import { EventBus } from '../../../../electron/main/services/event-bus'
import { startTestApp, type TestApp } from '../../../support/app'
import { startTestSandbox } from '../../../support/sandbox'

/** Timers the test fires by hand, in order. */
function manualTimers() {
  const queue: Array<{ run: () => void; ms: number; cancelled: boolean }> = []
  const timers: Timers = {
    setTimeout(run, ms) {
      const timer = { run, ms, cancelled: false }
      queue.push(timer)
      return timer
    },
    clearTimeout(handle) {
      ;(handle as { cancelled: boolean }).cancelled = true
    },
  }
  const pending = () => queue.filter((t) => !t.cancelled)
  return {
    timers,
    pending,
    /** Fires the next timer and returns its delay. */
    fire(): number {
      const timer = pending()[0]
      if (!timer) throw new Error('no timer pending')
      queue.splice(queue.indexOf(timer), 1)
      timer.run()
      return timer.ms
    },
  }
}

/** Waits (bounded) until the monitor has either scheduled its next probe or stopped probing. */
async function settled(app: TestApp, clock: ReturnType<typeof manualTimers>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (clock.pending().length > 0 || !app.services.connectivity.probing(app.accountId)) return
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('the probe did not settle')
}

describe('ConnectivityMonitor', () => {
  it('probes with backoff while VPS.org is unreachable and comes back online by itself', async () => {
    const clock = manualTimers()
    const app = await startTestApp({
      sandbox: { domains: 5 },
      services: { connectivityTimers: clock.timers, probeTimeoutMs: 1_000 },
    })
    await app.services.sync.idle()
    const port = app.sandbox.port
    await app.sandbox.close()

    const status = await app.call('sync.checkConnection', app.accountId, 'focus')
    expect(status.connectivity).toBe('offline')
    expect(status.lastReachedAt).toEqual(expect.any(String))
    expect(app.services.connectivity.probing(app.accountId)).toBe(true)
    await expect(
      app.call('domain.update', app.accountId, 101, { autoRenew: false }),
    ).rejects.toMatchObject({ code: 'Offline' })

    const waits: number[] = []
    for (let i = 0; i < 6; i++) {
      waits.push(clock.fire())
      await settled(app, clock)
    }
    expect(waits).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000])
    expect((await app.call('sync.status', app.accountId)).connectivity).toBe('offline')

    // VPS.org comes back on the same address: the next probe notices, nobody presses anything.
    await startTestSandbox({ port, domains: 5 })
    expect(clock.fire()).toBe(60_000)
    await settled(app, clock)
    expect(app.services.connectivity.probing(app.accountId)).toBe(false)
    expect((await app.call('sync.status', app.accountId)).connectivity).toBe('online')
    expect(clock.pending()).toHaveLength(0)
    await app.services.sync.idle()
    const updated = await app.call('domain.update', app.accountId, 101, { autoRenew: false })
    expect(updated.domain.autoRenew).toBe(false)
  })

  it('starts probing when any call finds VPS.org unreachable, e.g. a sync', async () => {
    const clock = manualTimers()
    const app = await startTestApp({
      sandbox: { domains: 3 },
      services: { connectivityTimers: clock.timers, probeTimeoutMs: 1_000 },
    })
    await app.services.sync.idle()
    await app.sandbox.close()
    await app.call('sync.now', app.accountId).catch(() => {})
    expect((await app.call('sync.status', app.accountId)).connectivity).toBe('offline')
    expect(clock.pending().map((t) => t.ms)).toEqual([5_000])
  })

  it('gives up on a probe quickly enough for a window to say so within 5 seconds', () => {
    expect(PROBE_TIMEOUT_MS).toBeLessThan(5_000)
    expect([1, 2, 3, 4, 5, 6, 20].map(backoffMs)).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000,
    ])
  })
})

describe('ConnectivityTracker', () => {
  it('says "online" only for a few minutes after the last contact, then when it was', () => {
    let now = Date.UTC(2026, 11, 6, 9, 0, 0)
    const tracker = new ConnectivityTracker(new EventBus(), { now: () => new Date(now) })
    expect(tracker.get('a')).toMatchObject({ state: 'unknown', lastReachedAt: null })
    tracker.reached('a')
    expect(tracker.get('a')).toMatchObject({ state: 'online' })
    now += FRESH_MS - 1
    expect(tracker.get('a').state).toBe('online')
    now += 2
    expect(tracker.get('a')).toEqual(
      expect.objectContaining({ state: 'unknown', lastReachedAt: '2026-12-06T09:00:00.000Z' }),
    )
    expect(FRESH_MS).toBeLessThanOrEqual(10 * 60_000)
  })
})
