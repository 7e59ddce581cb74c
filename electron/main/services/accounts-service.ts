/**
 * Accounts: label, base URL and a token in the vault. A token is proved by a list call before it
 * is saved; removing an account deletes its keychain entry and its cached data. Only account ids
 * ever leave this service — tokens stay in the vault and main-process memory.
 */
import type { AccountView } from '../../shared/ipc/models'
import { DEFAULT_BASE_URL } from '../../shared/validation/base-url'
import type { Cache } from '../core/db/cache'
import type { TokenVault } from '../core/vault/index'
import { normalizeBaseUrl, type ApiAccount, type VpsApiClient } from '../core/vps-api/index'
import type { AccountStore, StoredAccount } from './account-store'
import { AppError } from './app-error'
import type { ConnectivityTracker } from './connectivity'
import type { DemoService } from './demo-service'
import type { EventBus } from './event-bus'

const DEMO_BASE_URL = 'sandbox://demo'

export interface AccountsDeps {
  store: AccountStore
  vault: TokenVault
  cache: Cache
  client: VpsApiClient
  connectivity: ConnectivityTracker
  bus: EventBus
  demo: DemoService
  /** Called when an account needs a first sync. */
  onAdded?: (accountId: string) => void
  /** After a token was changed (and proved): the account syncs with it. */
  onTokenChanged?: (accountId: string) => void
}

/** Manages accounts and hands out credentials to other services. */
export class AccountsService {
  constructor(private readonly deps: AccountsDeps) {}

  ids(): string[] {
    return this.deps.store.list().map((a) => a.id)
  }

  private require(id: string): StoredAccount {
    const account = this.deps.store.get(id)
    if (!account)
      throw new AppError('NotFound', 'That account no longer exists in Domain Desk.', {
        reason: 'accountGone',
      })
    return account
  }

  async view(account: StoredAccount): Promise<AccountView> {
    const { vault, connectivity, cache } = this.deps
    const c = connectivity.get(account.id)
    const hasToken = account.isDemo || (await vault.get(account.id)) !== undefined
    return {
      id: account.id,
      label: account.label,
      baseUrl: account.isDemo ? 'Built-in sandbox registrar' : account.baseUrl,
      isDemo: account.isDemo,
      hasToken,
      tokenStorage: account.isDemo
        ? { storage: 'memory', reason: 'The demo uses a new token on every run.' }
        : await vault.status(),
      connectivity: c.state,
      ...(c.reason ? { connectivityReason: c.reason } : {}),
      lastSyncAt: cache.syncRuns.lastSuccess(account.id)?.finishedAt ?? null,
      domainCount: cache.domains.count(account.id),
    }
  }

  async list(): Promise<AccountView[]> {
    return Promise.all(this.deps.store.list().map((a) => this.view(a)))
  }

  /** The base URL and token to call VPS.org with. */
  async credentials(id: string): Promise<ApiAccount> {
    const account = this.require(id)
    if (account.isDemo) return this.deps.demo.credentials()
    const token = await this.deps.vault.get(id)
    if (token === undefined) {
      throw new AppError(
        'Unauthorized',
        `The API token of "${account.label}" is not available (it was kept in memory only and Domain Desk restarted). Enter it again in Settings → Accounts.`,
        { reason: 'tokenNotKept', params: { account: account.label } },
      )
    }
    return { baseUrl: account.baseUrl, token }
  }

  /** Proves a token with one list call; the error says what was wrong. */
  private async prove(account: ApiAccount, accountId?: string): Promise<void> {
    try {
      await this.deps.client.listDomainsPage(account, { page_size: 1 })
      if (accountId) this.deps.connectivity.reached(accountId)
    } catch (error) {
      if (accountId) this.deps.connectivity.failed(accountId, error)
      throw error
    }
  }

  async add(input: { label: string; baseUrl?: string; token: string }): Promise<AccountView> {
    const baseUrl = normalizeBaseUrl(input.baseUrl?.trim() || DEFAULT_BASE_URL)
    const token = input.token.trim()
    await this.prove({ baseUrl, token })
    const { store, vault, connectivity, bus } = this.deps
    const account = store.add({ label: input.label.trim(), baseUrl, isDemo: false })
    try {
      await vault.set(account.id, token)
    } catch (error) {
      store.remove(account.id)
      throw error
    }
    connectivity.reached(account.id)
    bus.emit('accounts.changed', { accountId: account.id })
    this.deps.onAdded?.(account.id)
    return this.view(account)
  }

  async rename(id: string, label: string): Promise<AccountView> {
    this.require(id)
    const account = this.deps.store.update(id, { label: label.trim() })
    this.deps.bus.emit('accounts.changed', { accountId: id })
    return this.view(account)
  }

  async changeToken(id: string, token: string): Promise<AccountView> {
    const account = this.require(id)
    if (account.isDemo)
      throw new AppError('InvalidArgument', 'The demo account has no token to change.', {
        reason: 'demoHasNoToken',
      })
    await this.prove({ baseUrl: account.baseUrl, token: token.trim() }, id)
    await this.deps.vault.set(id, token.trim())
    this.deps.bus.emit('accounts.changed', { accountId: id })
    this.deps.onTokenChanged?.(id)
    return this.view(account)
  }

  async remove(id: string): Promise<void> {
    const account = this.require(id)
    if (!account.isDemo) await this.deps.vault.delete(id)
    this.deps.cache.forgetAccount(id)
    this.deps.store.remove(id)
    this.deps.connectivity.forget(id)
    this.deps.bus.emit('accounts.changed', { accountId: id })
  }

  /** The demo account (created on first use), backed by the embedded sandbox. */
  async connectDemo(): Promise<AccountView> {
    const { store, bus } = this.deps
    const existing = store.list().find((a) => a.isDemo)
    await this.deps.demo.ensure()
    const account =
      existing ?? store.add({ label: 'Demo portfolio', baseUrl: DEMO_BASE_URL, isDemo: true })
    if (!existing) {
      bus.emit('accounts.changed', { accountId: account.id })
      this.deps.onAdded?.(account.id)
    }
    return this.view(account)
  }
}
