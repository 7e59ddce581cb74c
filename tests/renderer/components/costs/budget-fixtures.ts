/**
 * A fake main for the budget's tests: the budget kept in memory, and a lapse list of 60
 * auto-renewals (`renew-NN.com`, dearest first) paged and cut the way main does it, with the
 * shared cut rule.
 */
import { budgetForDays, cutIndex, type Budget, type LapsePlan } from '@shared/pricing/budget'
import { fakeCostsMain } from './fixtures'

/** 60 renewals costing 60.00, 59.00, … 1.00 dollars. */
export const RENEWALS = Array.from({ length: 60 }, (_, i) => ({
  id: 1000 + i,
  name: `renew-${String(i).padStart(2, '0')}.com`,
  unicodeName: `renew-${String(i).padStart(2, '0')}.com`,
  tld: 'com',
  at: Date.UTC(2026, 11, 1 + (i % 28)),
  cents: (60 - i) * 100,
}))

/** The fake main, with the budget it holds. */
export function fakeBudgetMain(initial: Budget | null = null) {
  let budget = initial
  const plan = (o: { windowDays: number; offset: number; limit: number }): LapsePlan => {
    const expected = RENEWALS.reduce((s, r) => s + r.cents, 0)
    const budgetCents = budget ? budgetForDays(budget, o.windowDays) : null
    const cut =
      budgetCents === null
        ? 0
        : cutIndex(
            RENEWALS.map((r) => r.cents),
            expected,
            budgetCents,
          )
    let saved = RENEWALS.slice(0, o.offset).reduce((s, r) => s + r.cents, 0)
    return {
      windowDays: o.windowDays,
      budgetCents,
      expectedCents: expected,
      unpriced: 0,
      count: RENEWALS.length,
      cutCount: cut,
      offset: o.offset,
      rows: RENEWALS.slice(o.offset, o.offset + o.limit).map((r, i) => {
        saved += r.cents
        return { ...r, savedCents: saved, leftCents: expected - saved, cut: o.offset + i < cut }
      }),
    }
  }
  const fake = fakeCostsMain({
    'budget.get': async () => budget,
    'budget.set': async (_id: string, b: Budget | null) => (budget = b),
    'budget.plan': async (_id: string, o: Parameters<typeof plan>[0]) => plan(o),
    'budget.lapseIds': async (_id: string, windowDays: number) => {
      const { cutCount } = plan({ windowDays, offset: 0, limit: 0 })
      return RENEWALS.slice(0, cutCount).map((r) => r.id)
    },
  })
  return { ...fake, budget: () => budget }
}

/** The calls made on `channel`, by their arguments. */
export const callsOf = (fake: ReturnType<typeof fakeBudgetMain>, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)
