/** Renewal budgets over the bridge: the account's budget, the lapse list and its cut line. */
import type { Budget, BudgetWindow, LapsePlan } from '@shared/pricing/budget'
import { bridge, unwrap } from './bridge'

export const fetchBudget = (accountId: string): Promise<Budget | null> =>
  unwrap(bridge().budget.get(accountId))
/** Sets the budget, or clears it with null. */
export const saveBudget = (accountId: string, budget: Budget | null): Promise<Budget | null> =>
  unwrap(bridge().budget.set(accountId, budget))
export const fetchLapsePlan = (
  accountId: string,
  o: { windowDays: BudgetWindow; offset: number; limit: number },
): Promise<LapsePlan> => unwrap(bridge().budget.plan(accountId, o))
export const fetchLapseIds = (accountId: string, windowDays: BudgetWindow): Promise<number[]> =>
  unwrap(bridge().budget.lapseIds(accountId, windowDays))
