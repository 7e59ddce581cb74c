import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { APP_COMMANDS } from '@shared/commands/app-commands'
import { useAccountsStore } from '@/stores/accounts'
import { useCommandsStore } from '@/stores/commands'
import { useNotificationCentreStore } from '@/stores/notification-centre'
import { useSettingsStore } from '@/stores/settings'
import { selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge } from '../support/app'

const SYNC_RUN = {
  id: 1,
  startedAt: '2026-12-01T10:00:00Z',
  finishedAt: '2026-12-01T10:00:01Z',
  status: 'ok',
  pages: 1,
  seen: 3,
  added: 0,
  changed: 0,
  removed: 0,
  errorCode: null,
}
const STATUS = {
  accountId: 'a1',
  connectivity: 'online',
  running: false,
  progress: null,
  lastRun: SYNC_RUN,
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  delete window.domainDesk
})

let stops: Array<() => void> = []
afterEach(() => {
  stops.forEach((stop) => stop())
  stops = []
})

async function setUp() {
  const fake = installFakeBridge({
    'sync.now': async () => SYNC_RUN,
    'sync.status': async () => STATUS,
    'exports.portfolio': async () => ({ filename: 'p.csv', mimeType: 'text/csv', content: 'x' }),
    'notifications.history': async () => ({ entries: [], unread: 0 }),
  })
  selectAccount()
  // The app's paths with empty pages: the registry only navigates.
  const page = { render: () => null }
  const paths = ['overview', 'portfolio', 'register', 'calendar', 'transfers', 'settings']
  const router = createRouter({
    history: createMemoryHistory(),
    routes: paths.map((name) => ({ path: `/${name}`, name, component: page })),
  })
  await router.push('/calendar')
  const commands = useCommandsStore()
  const stop = commands.install(router)
  stops.push(stop)
  return { fake, router, commands, stop }
}
const called = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

describe('the command registry', () => {
  it('runs every command without throwing', async () => {
    const { commands, stop } = await setUp()
    for (const command of APP_COMMANDS) await commands.run(command)
    stop()
  })

  it('syncs the current account, navigates, opens the palette and the centre', async () => {
    const { fake, router, commands, stop } = await setUp()
    await commands.run('sync')
    expect(called(fake, 'sync.now')).toEqual([['a1']])
    await commands.run('register')
    expect(router.currentRoute.value.path).toBe('/registration')
    await commands.run('settings')
    expect(router.currentRoute.value.path).toBe('/settings')
    await commands.run('transfers')
    expect(router.currentRoute.value.path).toBe('/transfers')
    await commands.run('overview')
    expect(router.currentRoute.value.path).toBe('/overview')
    await commands.run('palette')
    expect(commands.paletteOpen).toBe(true)
    await commands.run('notifications')
    expect(useNotificationCentreStore().panelOpen).toBe(true)
    await commands.run('export')
    expect(called(fake, 'exports.portfolio')).toEqual([['a1']])
    stop()
  })

  it('Find goes to the portfolio and focuses its search field', async () => {
    const { router, commands } = await setUp()
    const field = document.createElement('input')
    field.id = 'portfolio-search'
    document.body.append(field)
    await commands.run('find')
    expect(router.currentRoute.value.path).toBe('/portfolio')
    expect(document.activeElement).toBe(field)
    field.remove()
  })

  it('toggles the theme and switches to the next account', async () => {
    const { commands, stop } = await setUp()
    const settings = useSettingsStore()
    settings.setTheme('light')
    await commands.run('toggleTheme')
    expect(settings.themeChoice).toBe('dark')
    await commands.run('toggleTheme')
    expect(settings.themeChoice).toBe('light')
    await commands.run('switchAccount')
    expect(useAccountsStore().current?.id).toBe('a2')
    await commands.run('switchAccount')
    expect(useAccountsStore().current?.id).toBe('a1')
    stop()
  })

  it('runs a command main sent from the menu', async () => {
    const { fake, router, stop } = await setUp()
    fake.emit('menu.command', { command: 'register' })
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/registration')
    stop()
    fake.emit('menu.command', { command: 'settings' })
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/registration')
  })

  it('runs shortcuts pressed in the page and takes the key from the browser', async () => {
    const { fake, commands, stop } = await setUp()
    const press = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { cancelable: true, bubbles: true, ...init })
      window.dispatchEvent(event)
      return event
    }
    expect(press({ key: 'k', ctrlKey: true }).defaultPrevented).toBe(true)
    expect(commands.paletteOpen).toBe(true)
    expect(press({ key: 'r', ctrlKey: true }).defaultPrevented).toBe(true)
    await flushPromises()
    expect(called(fake, 'sync.now')).toHaveLength(1)
    // A key the page already handled (a dialog's own use of it) is left alone.
    const handled = new KeyboardEvent('keydown', { key: 'r', ctrlKey: true, cancelable: true })
    handled.preventDefault()
    window.dispatchEvent(handled)
    await flushPromises()
    expect(called(fake, 'sync.now')).toHaveLength(1)
    expect(press({ key: 'x', ctrlKey: true }).defaultPrevented).toBe(false)
    stop()
  })
})
