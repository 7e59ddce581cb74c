/** Portfolio pages and sync over the bridge. */
import type { PortfolioPage, PortfolioQuery, SyncRun, SyncStatus } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const fetchPortfolioPage = (
  accountId: string,
  query: PortfolioQuery,
): Promise<PortfolioPage> => unwrap(bridge().portfolio.list(accountId, query))
export const syncNow = (accountId: string): Promise<SyncRun> => unwrap(bridge().sync.now(accountId))
export const fetchSyncStatus = (accountId: string): Promise<SyncStatus> =>
  unwrap(bridge().sync.status(accountId))
/** Why the window asks main to contact VPS.org now. */
export type ConnectionCheckReason = 'start' | 'focus' | 'show' | 'online' | 'offline'
/** Has main contact VPS.org now (a cheap GET) and answers the resulting status. */
export const checkConnection = (
  accountId: string,
  why: ConnectionCheckReason,
): Promise<SyncStatus> => unwrap(bridge().sync.checkConnection(accountId, why))
/** The registrars the account's domains are known to be at, with how many each. */
export const fetchRegistrars = (
  accountId: string,
): Promise<Array<{ registrar: string; count: number }>> =>
  unwrap(bridge().portfolio.registrars(accountId))
