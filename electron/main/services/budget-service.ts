/**
 * Renewal budgets: one per account, kept locally in the settings (no table of their own), the
 * lapse list that says which auto-renewals to turn off to fit, and the notification when the next
 * 30 or 90 days' auto-renewals go over the budget — once per crossing, checked after every sync.
 * Nothing here changes anything at VPS.org: turning auto-renew off goes through the bulk change.
 */
import {
  BudgetSchema,
  budgetForDays,
  cutIndex,
  type Budget,
  type LapsePlan,
  type LapseRow,
} from '../../shared/pricing/budget'
import { renewalsInWindow } from '../../shared/pricing/forecast'
import { autoRenewingBefore, domainsStamp } from '../core/db/budget-query'
import type { Cache } from '../core/db/cache'
import { AppError } from './app-error'
import type { NotificationService } from './notification-service'
import { message } from './notification-text'
import type { Clock } from '../core/clock'

const DAY = 86_400_000
/** The windows the notification watches, in days. */
const ALERT_WINDOWS = [30, 90] as const

/** One renewal of the sorted list, before paging. */
type Entry = Omit<LapseRow, 'savedCents' | 'leftCents' | 'cut'>

export interface BudgetDeps {
  cache: Cache
  notifications: Pick<NotificationService, 'notify'>
  accountLabel: (accountId: string) => string
  clock: Clock
}

/** Which windows were over the budget at the last check, and since when (the crossing's key). */
interface AlertState {
  budget: string
  overSince: Record<string, string | null>
}

const budgetKey = (accountId: string) => `budget:${accountId}`
const alertKey = (accountId: string) => `budget-alert:${accountId}`

/** Keeps budgets, lists what to let lapse, and warns when renewals go over. */
export class BudgetService {
  /** The last sorted list per account and window, reused while the domains and prices stay. */
  private memo = new Map<string, { stamp: string; entries: Entry[]; expected: number }>()

  constructor(private readonly deps: BudgetDeps) {}

  /** The account's budget, or null when none is set. */
  get(accountId: string): Budget | null {
    return (
      this.deps.cache.settings.get(budgetKey(accountId), (v) => {
        const parsed = BudgetSchema.safeParse(v)
        return parsed.success ? parsed.data : undefined
      }) ?? null
    )
  }

  /** Sets the account's budget and checks it against the coming renewals at once. */
  set(accountId: string, input: Budget): Budget {
    const parsed = BudgetSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new AppError('InvalidArgument', `The budget is not valid: ${issue.message}`, {
        [issue.path.join('.') || 'budget']: [issue.message],
      })
    }
    this.deps.cache.settings.set(budgetKey(accountId), parsed.data)
    this.check(accountId)
    return parsed.data
  }

  /** Removes the account's budget (and forgets its crossings). */
  clear(accountId: string): void {
    this.deps.cache.settings.set(budgetKey(accountId), null)
    this.deps.cache.settings.set(alertKey(accountId), null)
  }

  /**
   * A page of the lapse list for the next `windowDays` days: every auto-renewal in the window,
   * dearest first, with the running saving and what is left, and the cut line where what is left
   * fits the budget.
   */
  plan(accountId: string, o: { windowDays: number; offset: number; limit: number }): LapsePlan {
    const { entries, expected } = this.sorted(accountId, o.windowDays)
    const budget = this.get(accountId)
    const budgetCents = budget ? budgetForDays(budget, o.windowDays) : null
    const priced = entries.filter((e) => e.cents !== null).map((e) => e.cents!)
    const cutCount = budgetCents === null ? 0 : cutIndex(priced, expected, budgetCents)
    // The running saving at the page's first row, then row by row.
    let saved = 0
    for (let i = 0; i < o.offset && i < entries.length; i++) saved += entries[i]!.cents ?? 0
    const rows = entries.slice(o.offset, o.offset + o.limit).map((e, i) => {
      saved += e.cents ?? 0
      return { ...e, savedCents: saved, leftCents: expected - saved, cut: o.offset + i < cutCount }
    })
    const unpriced = entries.length - priced.length
    return {
      windowDays: o.windowDays,
      budgetCents,
      expectedCents: expected,
      unpriced,
      count: entries.length,
      cutCount,
      offset: o.offset,
      rows,
    }
  }

  /** The domains above the cut line: those to turn auto-renew off for so that the window fits. */
  lapseIds(accountId: string, windowDays: number): number[] {
    const { cutCount } = this.plan(accountId, { windowDays, offset: 0, limit: 0 })
    return this.sorted(accountId, windowDays)
      .entries.slice(0, cutCount)
      .map((e) => e.id)
  }

  /**
   * Compares the next 30 and 90 days' auto-renewals with the budget's share of them. A window
   * that goes over is announced once; it is announced again only after it was back under.
   */
  check(accountId: string): void {
    const budget = this.get(accountId)
    if (!budget) return
    const { settings } = this.deps.cache
    const stored = settings.get<AlertState>(alertKey(accountId), (v) => v as AlertState)
    const key = JSON.stringify(budget)
    // A new budget is a new line to cross: what was over the old one is announced again.
    const state: AlertState =
      stored?.budget === key ? stored : { budget: key, overSince: { 30: null, 90: null } }
    const now = this.deps.clock.now().toISOString()
    for (const days of ALERT_WINDOWS) {
      const { expected } = this.sorted(accountId, days)
      const allowed = budgetForDays(budget, days)
      if (expected <= allowed) {
        state.overSince[days] = null
        continue
      }
      if (state.overSince[days]) continue
      // Remembered only once sent: with notifications off, the crossing is still news later.
      const sent = this.deps.notifications.notify(
        'budget.over',
        `${accountId}:${days}:${now}`,
        message('budgetOver', this.deps.accountLabel(accountId), days, expected, allowed),
        '/costs',
      )
      if (sent) state.overSince[days] = now
    }
    settings.set(alertKey(accountId), state)
  }

  /** The window's auto-renewals, dearest first (unpriced last), and their priced sum. */
  private sorted(accountId: string, windowDays: number): { entries: Entry[]; expected: number } {
    const { cache } = this.deps
    const from = this.deps.clock.now().getTime()
    const prices = cache.prices.all()
    // Minutes, not milliseconds: a renewal crossing the window's edge meanwhile matters little.
    const stamp = `${domainsStamp(cache.db, accountId)}|${JSON.stringify(prices)}|${Math.floor(from / 60_000)}`
    const memoKey = `${accountId}:${windowDays}`
    const hit = this.memo.get(memoKey)
    if (hit?.stamp === stamp) return hit
    const to = from + windowDays * DAY
    const domains = autoRenewingBefore(cache.db, accountId, to)
    const byName = new Map(domains.map((d) => [d.name, d]))
    const entries = renewalsInWindow(domains, prices, from, to).map((r) => {
      const d = byName.get(r.name)!
      return {
        id: d.id,
        name: r.name,
        unicodeName: d.unicodeName,
        tld: r.tld,
        at: r.at,
        cents: r.cents,
      }
    })
    entries.sort(
      (a, b) => (b.cents ?? -1) - (a.cents ?? -1) || a.at - b.at || (a.name < b.name ? -1 : 1),
    )
    const expected = entries.reduce((sum, e) => sum + (e.cents ?? 0), 0)
    const result = { stamp, entries, expected }
    this.memo.set(memoKey, result)
    return result
  }
}
