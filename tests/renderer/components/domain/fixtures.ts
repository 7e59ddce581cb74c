/**
 * Test data for the domain and register pages: an account, a domain view as main answers it, a
 * registration intent, and a helper that makes the fake account current and reachable.
 */
import type { AccountView, DomainView, Estimate, RegistrationIntent } from '@shared/ipc/models'
import { useAccountsStore } from '@/stores/accounts'
import { useConnectivityStore } from '@/stores/connectivity'

export const ACCOUNT_ID = 'a1'

export const account: AccountView = {
  id: ACCOUNT_ID,
  label: 'Main',
  baseUrl: 'https://admin.vps.org/api/v1',
  isDemo: false,
  hasToken: true,
  tokenStorage: { storage: 'keychain' },
  connectivity: 'online',
  lastSyncAt: null,
  domainCount: 3,
}

/** example.com as in the API reference, with fetched details and a little history. */
export function domainView(overrides: Partial<DomainView> = {}): DomainView {
  return {
    id: 101,
    name: 'example.com',
    unicodeName: 'example.com',
    status: 'active',
    registrationDate: '2023-01-15T10:30:00Z',
    expirationDate: '2026-01-15T10:30:00Z',
    daysLeft: 47,
    autoRenew: true,
    locked: true,
    privacy: true,
    dnsManagedBy: 'vps.org',
    nameservers: ['ns1.vps.org', 'ns2.vps.org'],
    tags: ['client-a'],
    hasNote: false,
    registrar: null,
    removedAt: null,
    details: {
      registrar: 'VPS.org',
      whois: {
        registrant: 'Privacy Protected',
        adminContact: 'Admin Person',
        techContact: 'Tech Person',
        createdDate: '2023-01-15',
        updatedDate: '2025-12-20',
      },
      dnsRecordsCount: 12,
      fetchedAt: '2025-11-29T09:00:00Z',
    },
    note: '',
    history: [
      {
        id: 2,
        at: '2025-11-20T08:00:00Z',
        domainName: 'example.com',
        field: 'auto_renew',
        oldValue: 'false',
        newValue: 'true',
        source: 'app',
      },
      {
        id: 1,
        at: '2025-11-01T08:00:00Z',
        domainName: 'example.com',
        field: 'status',
        oldValue: 'pending',
        newValue: 'active',
        source: 'sync',
      },
    ],
    transfer: null,
    syncedAt: '2025-11-29T09:00:00Z',
    ...overrides,
  }
}

/** A registration intent as main journals it. */
export function intent(overrides: Partial<RegistrationIntent> = {}): RegistrationIntent {
  return {
    id: '6f1c1f9e-8a3b-4c1d-9e2f-0a1b2c3d4e5f',
    accountId: ACCOUNT_ID,
    domainName: 'mynewdomain.com',
    unicodeName: 'mynewdomain.com',
    years: 2,
    estimateCents: 2598,
    state: 'prepared',
    createdAt: '2026-01-16T16:00:00Z',
    domainId: null,
    domainStatus: null,
    totalCostCents: null,
    errorCode: null,
    note: null,
    errorMessage: null,
    ...overrides,
  }
}

/** Makes the fake account current, with the given connection state. */
export function selectAccount(
  connectivity: 'online' | 'offline' | 'unauthorized' = 'online',
): void {
  const accounts = useAccountsStore()
  accounts.accounts = [account]
  accounts.currentId = ACCOUNT_ID
  accounts.loaded = true
  useConnectivityStore().byAccount = {
    [ACCOUNT_ID]: {
      connectivity,
      running: false,
      progress: null,
      lastSuccessAt: null,
      lastRun: null,
    },
  }
}

/** The same, as initial Pinia state for mountApp, so that the page mounts with it. */
export function accountState(
  connectivity: 'online' | 'offline' | 'unauthorized' = 'online',
): Record<string, Record<string, unknown>> {
  return {
    accounts: { accounts: [account], currentId: ACCOUNT_ID, loaded: true },
    connectivity: {
      byAccount: {
        [ACCOUNT_ID]: {
          connectivity,
          running: false,
          progress: null,
          lastSuccessAt: null,
          lastRun: null,
        },
      },
    },
  }
}

const PRICES: Record<string, number> = { com: 1299, io: 3999 }

/** Main's estimate from a small table (register price per year); no price → null, never 0. */
export function fakeEstimate(name: string, years: number): Estimate {
  const tld = name.split('.').pop()!
  const cents = PRICES[tld]
  return {
    ascii: name,
    unicode: name,
    tld,
    years,
    cents: cents === undefined ? null : cents * years,
    label: 'estimate',
    source: 'priceTable',
    chargedAt: null,
    tableCents: cents === undefined ? null : cents * years,
    firstYearCents: cents ?? null,
    laterYearCents: cents ?? null,
  }
}
