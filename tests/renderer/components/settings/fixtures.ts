/**
 * Shared by the Settings tests: two accounts (a real one and the demo), a fake main process that
 * keeps them, and helpers for the table and for dialogs (which PrimeVue renders into <body>).
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { AccountView, AppInfo } from '@shared/ipc/models'
import { installFakeBridge } from '../../support/app'

export const COMPANY: AccountView = {
  id: 'a',
  label: 'Company',
  baseUrl: 'https://admin.vps.org/api/v1',
  isDemo: false,
  hasToken: true,
  tokenStorage: { storage: 'keychain' },
  connectivity: 'online',
  lastSyncAt: '2025-03-01T10:00:00.000Z',
  domainCount: 1234,
}
export const DEMO: AccountView = {
  ...COMPANY,
  id: 'd',
  label: 'Demo portfolio',
  baseUrl: 'Built-in sandbox registrar',
  isDemo: true,
  tokenStorage: { storage: 'memory', reason: 'The demo uses a new token on every run.' },
  connectivity: 'offline',
  lastSyncAt: null,
  domainCount: 40,
}
export const INFO: AppInfo = {
  version: '0.1.0',
  platform: 'linux',
  tokenStorage: { storage: 'keychain' },
  cacheNotice: null,
}

export type Handlers = Parameters<typeof installFakeBridge>[0]

export function fakeMain(handlers: Handlers = {}, initial: AccountView[] = [COMPANY, DEMO]) {
  const list = initial.map((a) => ({ ...a }))
  const bridge = installFakeBridge({
    'app.info': async () => INFO,
    'accounts.list': async () => list.map((a) => ({ ...a })),
    'sync.status': async (id: string) => ({
      accountId: id,
      connectivity: 'unknown',
      running: false,
      progress: null,
      lastRun: null,
      lastSuccessAt: null,
    }),
    'accounts.rename': async (id: string, label: string) => {
      const found = list.find((a) => a.id === id)!
      found.label = label
      return found
    },
    'accounts.changeToken': async (id: string) => list.find((a) => a.id === id)!,
    'watch.settings': async () => ({ keepWatching: false, startAtLogin: false }),
    'app.updateState': async () => ({ phase: 'idle', installOnQuit: false }),
    'accounts.remove': async (id: string) => {
      list.splice(
        list.findIndex((a) => a.id === id),
        1,
      )
      return null
    },
    ...handlers,
  })
  return { list, ...bridge }
}

/** The page body, where dialogs are teleported. */
export const body = () => document.body
export const dialog = () => body().querySelector<HTMLElement>('[role="dialog"]')
export const alertDialog = () => body().querySelector<HTMLElement>('[role="alertdialog"]')
export const callsTo = (calls: Array<[string, unknown[]]>, channel: string) =>
  calls.filter(([c]) => c === channel).map(([, args]) => args)

export function rowOf(wrapper: VueWrapper, label: string) {
  const row = wrapper
    .get('[data-testid="accounts-table"]')
    .findAll('tbody tr')
    .find((tr) => tr.text().includes(label))
  if (!row) throw new Error(`no row for ${label}`)
  return row
}

export async function typeInto(element: HTMLInputElement, value: string): Promise<void> {
  element.value = value
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

export async function submit(form: Element | null): Promise<void> {
  form!.dispatchEvent(new Event('submit', { cancelable: true }))
  await flushPromises()
}

/** Clicks the button of the open confirmation whose text is `label`. */
export function clickConfirm(label: string): void {
  const button = [...(alertDialog()?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === label,
  )
  if (!button) throw new Error(`no "${label}" button in the confirmation`)
  button.click()
}
