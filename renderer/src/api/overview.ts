/** The Overview page over the bridge: every figure from main's cache in one call. */
import type { Overview } from '@shared/overview/overview'
import { bridge, unwrap } from './bridge'

export const fetchOverview = (accountId: string, timeZone: string): Promise<Overview> =>
  unwrap(bridge().overview.get(accountId, { timeZone }))
