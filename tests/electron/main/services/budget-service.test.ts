/**
 * Renewal budgets through IPC on the real services and the sandbox: stored per account in the
 * settings, refused with a reason when invalid, pro-rated per window, the lapse list sorted
 * dearest first with its cut line, and the over-budget notification sent once per crossing.
 */
import { describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../../electron/shared/ipc/models'
import { renewalsInWindow } from '../../../../electron/shared/pricing/forecast'
import { startTestApp } from '../../../support/app'

const DAY = 86_400_000

async function budgetApp(now: () => Date = () => new Date()) {
  const app = await startTestApp({ sandbox: { domains: 60 }, services: { clock: { now } } })
  const seen: AppNotification[] = []
  app.services.bus.subscribe(
    (event, payload) => event === 'notification' && seen.push(payload as AppNotification),
  )
  return { app, seen, over: () => seen.filter((n) => n.kind === 'budget.over') }
}

/** What auto-renew will charge in the next `days` days, from the cache's domains directly. */
function expectedFor(app: Awaited<ReturnType<typeof budgetApp>>['app'], days: number, at: number) {
  const domains = [...app.services.cache.domains.all(app.accountId).values()]
    .filter((d) => !d.removedAt)
    .map((d) => ({ ...d, expiresAt: Date.parse(d.expirationDate) }))
  return renewalsInWindow(domains, app.services.cache.prices.all(), at, at + days * DAY)
    .filter((r) => r.autoRenew)
    .reduce((sum, r) => sum + (r.cents ?? 0), 0)
}

describe('BudgetService', () => {
  it('keeps one budget per account in the settings, and clears it', async () => {
    const { app } = await budgetApp()
    expect(await app.call('budget.get', app.accountId)).toBeNull()
    await app.call('budget.set', app.accountId, { period: 'yearly', cents: 120_000 })
    await app.call('budget.set', 'other-account', { period: 'monthly', cents: 5_000 })
    expect(await app.call('budget.get', app.accountId)).toEqual({
      period: 'yearly',
      cents: 120_000,
    })
    expect(await app.call('budget.get', 'other-account')).toEqual({
      period: 'monthly',
      cents: 5_000,
    })
    expect(app.services.cache.settings.get(`budget:${app.accountId}`, (v) => v)).toEqual({
      period: 'yearly',
      cents: 120_000,
    })
    await app.call('budget.set', app.accountId, null)
    expect(await app.call('budget.get', app.accountId)).toBeNull()
    expect(await app.call('budget.get', 'other-account')).not.toBeNull()
  })

  it('refuses a negative, zero, fractional or absurd budget and keeps the one it had', async () => {
    const { app } = await budgetApp()
    await app.call('budget.set', app.accountId, { period: 'monthly', cents: 10_000 })
    for (const cents of [-100, 0, 12.5, 1e13])
      await expect(
        app.call('budget.set', app.accountId, { period: 'monthly', cents }),
      ).rejects.toThrow()
    await expect(
      app.call('budget.set', app.accountId, { period: 'weekly', cents: 100 }),
    ).rejects.toThrow()
    expect(() => app.services.budgets.set(app.accountId, { period: 'yearly', cents: -1 })).toThrow(
      /budget is not valid/,
    )
    expect(await app.call('budget.get', app.accountId)).toEqual({
      period: 'monthly',
      cents: 10_000,
    })
  })

  it('lists the auto-renewals dearest first with running totals and the cut line', async () => {
    const at = new Date()
    const { app } = await budgetApp(() => at)
    const expected = expectedFor(app, 365, at.getTime())
    expect(expected).toBeGreaterThan(0)
    const budgetCents = Math.floor(expected / 2)
    await app.call('budget.set', app.accountId, { period: 'yearly', cents: budgetCents })
    const plan = await app.call('budget.plan', app.accountId, {
      windowDays: 365,
      offset: 0,
      limit: 500,
    })
    expect(plan).toMatchObject({ windowDays: 365, budgetCents, expectedCents: expected, offset: 0 })
    expect(plan.rows).toHaveLength(plan.count)
    const cents = plan.rows.map((r: { cents: number | null }) => r.cents ?? -1)
    expect(cents).toEqual([...cents].sort((a, b) => b - a))
    const last = plan.rows[plan.cutCount - 1]
    expect(last.leftCents).toBeLessThanOrEqual(budgetCents)
    expect(plan.rows[plan.cutCount - 2]?.leftCents ?? Infinity).toBeGreaterThan(budgetCents)
    expect(plan.rows.filter((r: { cut: boolean }) => r.cut)).toHaveLength(plan.cutCount)
    // Pages carry the running totals on from the rows before them.
    const page = await app.call('budget.plan', app.accountId, {
      windowDays: 365,
      offset: 3,
      limit: 2,
    })
    expect(page.rows).toEqual(plan.rows.slice(3, 5))
    const ids = await app.call('budget.lapseIds', app.accountId, 365)
    expect(ids).toEqual(plan.rows.slice(0, plan.cutCount).map((r: { id: number }) => r.id))
    const domains = app.services.cache.domains.all(app.accountId)
    expect(ids.every((id: number) => domains.get(id)?.autoRenew)).toBe(true)
  })

  it("pro-rates a yearly budget to the window and a monthly one by the window's months", async () => {
    const { app } = await budgetApp()
    await app.call('budget.set', app.accountId, { period: 'yearly', cents: 36_500 })
    const plan = (days: number) =>
      app.call('budget.plan', app.accountId, { windowDays: days, offset: 0, limit: 0 })
    expect((await plan(30)).budgetCents).toBe(3_000)
    expect((await plan(90)).budgetCents).toBe(9_000)
    await app.call('budget.set', app.accountId, { period: 'monthly', cents: 1_000 })
    expect((await plan(90)).budgetCents).toBe(3_000)
    expect((await plan(365)).budgetCents).toBe(12_000)
  })

  it('waits with the notification while notifications are off, and sends it once they are on', async () => {
    const { app, over } = await budgetApp()
    const settings = await app.call('notifications.settings')
    await app.call('notifications.setSettings', { ...settings, enabled: false })
    await app.call('budget.set', app.accountId, { period: 'monthly', cents: 1 })
    expect(over()).toHaveLength(0)
    await app.call('notifications.setSettings', { ...settings, enabled: true })
    await app.call('sync.now', app.accountId)
    const sent = over().length
    expect(sent).toBeGreaterThan(0)
    await app.call('sync.now', app.accountId)
    expect(over()).toHaveLength(sent)
  })

  it('notifies once when the next 30 or 90 days go over, and again only after a new crossing', async () => {
    let at = new Date()
    const { app, over } = await budgetApp(() => at)
    const in90 = expectedFor(app, 90, at.getTime())
    expect(in90).toBeGreaterThan(0)
    await app.call('budget.set', app.accountId, { period: 'monthly', cents: 1 })
    const first = over()
    expect(first.length).toBeGreaterThanOrEqual(1)
    expect(first.at(-1)).toMatchObject({
      route: '/costs',
      title: expect.stringMatching(/over budget/),
    })
    app.services.budgets.check(app.accountId)
    await app.call('sync.now', app.accountId)
    expect(over()).toHaveLength(first.length)
    // Back under (a generous budget), then over again: a new crossing, a new notification.
    await app.call('budget.set', app.accountId, { period: 'monthly', cents: 1_000_000_00 })
    expect(over()).toHaveLength(first.length)
    at = new Date(at.getTime() + 60_000)
    await app.call('budget.set', app.accountId, { period: 'monthly', cents: 1 })
    expect(over()).toHaveLength(first.length * 2)
    await app.call('appearance.setLanguage', 'hy')
    const history = await app.call('notifications.history', {})
    expect(history.entries[0].title).toMatch(/^Առաջիկա (30|90) օրվա երկարաձգումները/)
    expect(history.entries.filter((e: { kind: string }) => e.kind === 'budget.over')).toHaveLength(
      first.length * 2,
    )
  })
})
