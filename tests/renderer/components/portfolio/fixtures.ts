import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach } from 'vitest'
/**
 * Test data for the portfolio: an account, synthetic domain rows, and a fake `portfolio.list`
 * that pages, searches, filters by status and sorts a generated portfolio the way main's cache
 * does, recording every query and able to hold answers back (to test stale answers).
 */
import { planBulk } from '@shared/bulk/plan'
import type { Selection } from '@shared/ipc/bulk-models'
import type { AccountView, DomainRow, PortfolioQuery, SettingsChange } from '@shared/ipc/models'
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
  lastSyncAt: '2026-11-29T10:00:00Z',
  domainCount: 1000,
}

/** Domain number `i` (ids start at 1): d0001.com … in name order. */
export function row(i: number, overrides: Partial<DomainRow> = {}): DomainRow {
  const name = `d${String(i).padStart(4, '0')}.com`
  return {
    id: i + 1,
    name,
    unicodeName: name,
    status: 'active',
    registrationDate: '2024-01-15T10:30:00Z',
    expirationDate: '2027-01-15T10:30:00Z',
    daysLeft: 400 - i,
    autoRenew: i % 2 === 0,
    locked: i % 3 !== 0,
    privacy: true,
    dnsManagedBy: 'vps.org',
    nameservers: ['ns1.vps.org', 'ns2.vps.org'],
    tags: [],
    hasNote: false,
    registrar: null,
    removedAt: null,
    ...overrides,
  }
}

/** `count` rows, with some tweaks by index. */
export function rows(count: number, tweak: (i: number) => Partial<DomainRow> = () => ({})) {
  return Array.from({ length: count }, (_, i) => row(i, tweak(i)))
}

/** A fake `portfolio.list` over `data`; `hold` makes answers wait until `release()`. */
export function fakePortfolio(data: DomainRow[], syncedAt = '2026-11-29T10:00:00Z') {
  const queries: PortfolioQuery[] = []
  let held: Array<() => void> | null = null
  const handler = async (_accountId: string, query: PortfolioQuery) => {
    queries.push(query)
    if (held) await new Promise<void>((resolve) => held!.push(resolve))
    let matching = data.filter(
      (r) =>
        (!query.search || r.name.includes(query.search)) &&
        (!query.status || r.status === query.status),
    )
    if (query.sort?.dir === 'desc') matching = [...matching].reverse()
    const offset = query.offset ?? 0
    return {
      rows: matching.slice(offset, offset + (query.limit ?? 200)),
      total: matching.length,
      offset,
      syncedAt,
      syncing: false,
    }
  }
  return {
    handler,
    queries,
    /** Holds every answer from now on until `release`. */
    hold: () => void (held = []),
    /** Lets the held answers go, in the given order of their requests (default: as asked). */
    release(order?: number[]) {
      const waiting = held ?? []
      held = null
      for (const i of order ?? waiting.map((_, j) => j)) waiting[i]?.()
    },
  }
}

/** Makes the fake account current, with the given connection state. */
export function selectAccount(connectivity: 'online' | 'offline' = 'online'): void {
  const accounts = useAccountsStore()
  accounts.accounts = [account, { ...account, id: 'a2', label: 'Other' }]
  accounts.currentId = ACCOUNT_ID
  accounts.loaded = true
  useConnectivityStore().byAccount = {
    [ACCOUNT_ID]: {
      connectivity,
      running: false,
      progress: null,
      lastSuccessAt: '2026-11-29T10:00:00Z',
      lastRun: null,
    },
  }
}

/** The queries a fake bridge received on a channel. */
export const callsOf = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

/**
 * happy-dom lays nothing out, so the virtual scroller would render no rows: give its element a
 * 440px viewport (10 rows), make elements "visible", and let scrollTop fire scroll events as a
 * browser does. Returns the function that puts the prototypes back.
 */
export function fakeLayout(viewport = 440): () => void {
  const proto = HTMLElement.prototype
  const saved = ['offsetParent', 'offsetHeight', 'offsetWidth', 'clientHeight', 'scrollTop'].map(
    (key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const,
  )
  const scroller = (el: HTMLElement) => el.classList.contains('portfolio-scroller')
  const tops = new WeakMap<HTMLElement, number>()
  Object.defineProperties(proto, {
    offsetParent: { configurable: true, get: () => document.body },
    offsetHeight: { configurable: true, get: (): number => 0 },
    offsetWidth: { configurable: true, get: () => 1200 },
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return scroller(this) ? viewport : 0
      },
    },
    scrollTop: {
      configurable: true,
      get(this: HTMLElement) {
        return tops.get(this) ?? 0
      },
      set(this: HTMLElement, value: number) {
        tops.set(this, Math.max(0, value))
        this.dispatchEvent(new Event('scroll'))
      },
    },
  })
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return scroller(this) ? viewport : 0
    },
  })
  // Unset paddings and offsets read as '' here and NaN in the scroller's arithmetic.
  const computed = window.getComputedStyle
  window.getComputedStyle = (el: Element, pseudo?: string | null) =>
    new Proxy(computed.call(window, el, pseudo), {
      get(style, key) {
        const value = Reflect.get(style, key)
        if (typeof value === 'function') return value.bind(style)
        return value === '' && /^(padding|top|left|right|bottom)/.test(String(key)) ? '0px' : value
      },
    })
  return () => {
    window.getComputedStyle = computed
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor)
      else delete (proto as unknown as Record<string, unknown>)[key]
    }
  }
}

/** A selection of these rows by id. */
export const idsOf = (selected: DomainRow[]): Selection => ({
  kind: 'ids',
  ids: selected.map((r) => r.id),
})

/**
 * A fake `bulk.preview` over `data` with main's own planning rules; `registrars` names where a
 * domain is registered (by id; VPS.org when absent, null when never checked).
 */
export function fakeBulkPreview(data: DomainRow[], registrars: Record<number, string | null> = {}) {
  return async (_accountId: string, selection: Selection, change: SettingsChange) => {
    const picked =
      selection.kind === 'ids'
        ? data.filter((r) => selection.ids.includes(r.id))
        : data.filter(
            (r) =>
              (!selection.query.search || r.name.includes(selection.query.search)) &&
              (!selection.query.status || r.status === selection.query.status) &&
              !selection.exclude.includes(r.id),
          )
    return planBulk(
      picked.map((r) => ({
        ...r,
        removed: r.removedAt !== null,
        registrar: r.id in registrars ? registrars[r.id]! : 'VPS.org',
      })),
      change,
    )
  }
}

/**
 * The life cycle every portfolio view test shares: a clean localStorage and a laid-out table
 * before each test; the bridge and the page removed after it.
 */
export function usePortfolioViewLifecycle(): void {
  let restoreLayout: () => void
  beforeEach(() => {
    localStorage.clear()
    restoreLayout = fakeLayout()
  })
  afterEach(() => {
    restoreLayout()
    delete window.domainDesk
    document.body.innerHTML = ''
  })
}

/** Lets the view's requests answer and its timers (debounces) run, a few rounds deep. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
