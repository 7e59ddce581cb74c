/**
 * Renewal budgets: what the user means to spend on renewals per account, monthly or yearly, in
 * US dollars as the costs page shows them (kept in integer cents). Shared so that the form, main
 * and the forecast read one rule for validation, pro-rating and the lapse list's cut line.
 */
import { z } from 'zod'
import type { Forecast } from './forecast'

/** A budget above this (one hundred million dollars) is a typing slip, not a plan. */
export const MAX_BUDGET_CENTS = 10_000_000_000

/** A stored budget. */
export const BudgetSchema = z.object({
  period: z.enum(['monthly', 'yearly']),
  cents: z.number().int().positive().max(MAX_BUDGET_CENTS),
})
export type Budget = z.infer<typeof BudgetSchema>
export type BudgetPeriod = Budget['period']

/** Why an amount typed into the form is not a budget; the form words each in en and hy. */
export type BudgetAmountError = 'empty' | 'notNumber' | 'negative' | 'zero' | 'tooLarge' | 'cents'

/**
 * The amount the user typed, in dollars ("1200", "1,200.50", "$ 99"), as cents, or the reason it
 * is not one. Thousands separators and a leading dollar sign are allowed; at most two decimals.
 */
export function parseBudgetAmount(
  text: string,
): { ok: true; cents: number } | { ok: false; error: BudgetAmountError } {
  const trimmed = text.trim().replace(/^\$\s*/, '')
  if (trimmed === '') return { ok: false, error: 'empty' }
  const plain = trimmed.replace(/,(?=\d{3}(\D|$))/g, '')
  if (!/^[-+]?\d*(\.\d*)?$/.test(plain) || !/\d/.test(plain))
    return { ok: false, error: 'notNumber' }
  if (plain.startsWith('-') && /[1-9]/.test(plain)) return { ok: false, error: 'negative' }
  const [whole = '', fraction = ''] = plain.replace(/^[-+]/, '').split('.')
  if (fraction.length > 2) return { ok: false, error: 'cents' }
  // Digits, not floating point: 0.29 * 100 is 28.999999999999996.
  if (whole.replace(/^0+/, '').length > 9) return { ok: false, error: 'tooLarge' }
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (cents === 0) return { ok: false, error: 'zero' }
  if (cents > MAX_BUDGET_CENTS) return { ok: false, error: 'tooLarge' }
  return { ok: true, cents }
}

/** The windows the lapse list and the notification look at, in days (365: the next 12 months). */
export const BUDGET_WINDOWS = [30, 90, 365] as const
export type BudgetWindow = (typeof BUDGET_WINDOWS)[number]

/**
 * The budget's share of `days` days: a yearly budget pro rata (days / 365), a monthly one times
 * the months (30 days a month; 365 days are 12 months), in whole cents.
 */
export function budgetForDays(budget: Budget, days: number): number {
  if (budget.period === 'yearly')
    return days === 365 ? budget.cents : Math.round((budget.cents * days) / 365)
  return Math.round(budget.cents * (days === 365 ? 12 : days / 30))
}

/** The budget of one forecast month: the monthly amount, or a twelfth of the yearly one. */
export function budgetForMonth(budget: Budget): number {
  return budget.period === 'monthly' ? budget.cents : Math.round(budget.cents / 12)
}

/** The forecast beside the budget: each month's budget and whether auto-renew goes over it. */
export interface ForecastBudget {
  byMonth: Array<{ month: string; budgetCents: number; expectedCents: number; over: boolean }>
  /** The budget of the whole window (every month's), the expected total, and if it is over. */
  total: { budgetCents: number; expectedCents: number; over: boolean }
  overMonths: number
}

/** Compares each month's auto-renew charges (what will be charged) with the budget. */
export function forecastBudget(forecast: Forecast, budget: Budget): ForecastBudget {
  const monthly = budgetForMonth(budget)
  const byMonth = forecast.byMonth.map((m) => ({
    month: m.month,
    budgetCents: monthly,
    expectedCents: m.autoRenew.cents,
    over: m.autoRenew.cents > monthly,
  }))
  const months = forecast.months.length
  const budgetCents =
    budget.period === 'monthly' ? budget.cents * months : Math.round((budget.cents * months) / 12)
  const expectedCents = forecast.autoRenew.cents
  return {
    byMonth,
    total: { budgetCents, expectedCents, over: expectedCents > budgetCents },
    overMonths: byMonth.filter((m) => m.over).length,
  }
}

/**
 * The lapse list's rule: renewals sorted by cost, dearest first, turned off one after another
 * until what is left fits the budget. Returns how many from the top must go (0 when everything
 * already fits) given the costs in that order and their sum; unpriced renewals count as nothing.
 */
export function cutIndex(
  sortedCents: readonly number[],
  totalCents: number,
  budgetCents: number,
): number {
  let left = totalCents
  let i = 0
  while (left > budgetCents && i < sortedCents.length) left -= sortedCents[i++]!
  return i
}

/** One auto-renewal of the lapse list, with the running totals of turning it off. */
export const LapseRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unicodeName: z.string(),
  tld: z.string(),
  /** When it renews (epoch ms). */
  at: z.number(),
  /** Null when its TLD has no price (listed last, counted as nothing). */
  cents: z.number().int().nullable(),
  /** What turning off this one and every one above it saves. */
  savedCents: z.number().int(),
  /** What auto-renew would still charge in the window after that. */
  leftCents: z.number().int(),
  /** Above the cut line: turning it off is needed to fit the budget. */
  cut: z.boolean(),
})
export type LapseRow = z.infer<typeof LapseRowSchema>

/** A page of the lapse list of one window, with the window's totals. */
export const LapsePlanSchema = z.object({
  windowDays: z.number().int(),
  /** The budget's share of the window; null without a budget. */
  budgetCents: z.number().int().nullable(),
  /** What auto-renew will charge in the window (priced renewals). */
  expectedCents: z.number().int(),
  unpriced: z.number().int(),
  /** How many renewals the whole list has. */
  count: z.number().int(),
  /** How many from the top must be turned off to fit (0: it fits, or there is no budget). */
  cutCount: z.number().int(),
  offset: z.number().int(),
  rows: z.array(LapseRowSchema),
})
export type LapsePlan = z.infer<typeof LapsePlanSchema>
