import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  APP_COMMANDS,
  COMMAND_ACCELERATORS,
} from '../../../../electron/shared/commands/app-commands'
import { appMenuTemplate } from '../../../../electron/main/shell/app-menu-template'
import { externalLinkToOpen } from '../../../../electron/main/shell/navigation-policy'
import { API_DOCS_URL } from '../../../../electron/shared/commands/app-commands'
import { MENU_TEXT } from '../../../../electron/main/shell/menu-text'

type Item = MenuItemConstructorOptions
const PLATFORMS = ['darwin', 'win32', 'linux'] as const

function build(platform: NodeJS.Platform, language: 'en' | 'hy' = 'en', isDev = false) {
  const actions = { command: vi.fn(), openApiDocs: vi.fn() }
  return { menu: appMenuTemplate({ platform, language, isDev }, actions), actions }
}
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[]
const top = (menu: Item[], label: string) => menu.find((item) => item.label === label)
/** Every item, depth first. */
function flat(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flat(submenu(item))])
}
const roles = (items: Item[]) => items.flatMap((item) => (item.role ? [item.role] : []))

describe('the application menu template', () => {
  it('on macOS starts with the app menu: About, Settings…, Services, Hide, Quit', () => {
    const { menu } = build('darwin')
    expect(menu.map((item) => item.label)).toEqual([
      'Domain Desk',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
    const appMenu = submenu(menu[0])
    expect(appMenu.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'about',
      'separator',
      'Settings…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ])
    expect(appMenu.find((item) => item.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,')
    expect(top(menu, 'Window')?.role).toBe('windowMenu')
    // About lives in the app menu on macOS, not under Help; Quit not under File.
    expect(roles(submenu(top(menu, 'Help')))).toEqual([])
    expect(roles(submenu(top(menu, 'File')))).toEqual(['close'])
  })

  it.each(['win32', 'linux'] as const)(
    'on %s keeps Settings and Quit under File and About under Help',
    (platform) => {
      const { menu } = build(platform)
      expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
      const file = submenu(top(menu, 'File'))
      expect(file.map((item) => item.label).filter(Boolean)).toEqual([
        'Sync Now',
        'Register a Domain…',
        'Export Portfolio (CSV)…',
        'Settings…',
        'Quit Domain Desk',
      ])
      expect(roles(submenu(top(menu, 'Help')))).toEqual(['about'])
      expect(roles(flat(menu))).not.toContain('services')
      expect(roles(flat(menu))).not.toContain('hide')
    },
  )

  it.each(PLATFORMS)('on %s has Edit roles, no Learn More and no plain reload', (platform) => {
    const { menu } = build(platform)
    expect(roles(submenu(top(menu, 'Edit')))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
    const all = flat(menu)
    expect(all.map((item) => item.label).join(' ')).not.toMatch(/Learn More|Electron/)
    // CmdOrCtrl+R is Sync now: the reload role, which takes that key, is never in the menu.
    expect(roles(all)).not.toContain('reload')
    expect(roles(all)).not.toContain('toggleDevTools')
    expect(roles(all)).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut']))
    // Every labelled item has a label (roles included, so the user's language shows).
    for (const item of all) if (item.type !== 'separator') expect(item.label).toBeTruthy()
  })

  it('offers a force reload and DevTools only in a development build', () => {
    const view = submenu(top(build('linux', 'en', true).menu, 'View'))
    expect(roles(view)).toEqual(expect.arrayContaining(['forceReload', 'toggleDevTools']))
    expect(roles(view)).not.toContain('reload')
  })

  it.each(PLATFORMS)('on %s puts each shortcut on one item that runs its command', (platform) => {
    const { menu, actions } = build(platform)
    const withKeys = flat(menu).filter((item) => item.accelerator)
    const byKey = new Map(withKeys.map((item) => [item.accelerator, item]))
    // No key is claimed twice (Settings appears once per platform).
    expect(byKey.size).toBe(withKeys.length)
    for (const [command, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
      const item = byKey.get(accelerator)
      expect(item, command).toBeDefined()
      actions.command.mockClear()
      ;(item!.click as () => void)()
      expect(actions.command).toHaveBeenCalledWith(command)
    }
    const commands = flat(menu).flatMap((item) => (item.id?.startsWith('command.') ? [item] : []))
    for (const item of commands)
      expect(APP_COMMANDS).toContain(item.id!.slice('command.'.length) as never)
  })

  it('links Help to the API documentation, an allowed external link', () => {
    const { menu, actions } = build('win32')
    const docs = submenu(top(menu, 'Help')).find((item) => item.id === 'help.apiDocs')!
    expect(docs.label).toBe('VPS.org API Documentation')
    ;(docs.click as () => void)()
    expect(actions.openApiDocs).toHaveBeenCalledOnce()
    expect(externalLinkToOpen(API_DOCS_URL)).toBe(API_DOCS_URL)
  })

  it.each(PLATFORMS)('on %s is written in Armenian when the user chose it', (platform) => {
    const hy = flat(build(platform, 'hy').menu)
    const en = flat(build(platform, 'en').menu)
    expect(hy.length).toBe(en.length)
    const labels = hy.flatMap((item) => (item.label ? [item.label] : []))
    expect(labels).toContain(MENU_TEXT.hy.syncNow)
    expect(labels).toContain(MENU_TEXT.hy.copy)
    // Only the app's name stays in Latin letters.
    for (const label of labels)
      expect(label.replace(/Domain Desk|VPS\.org|API|CSV/g, ''), label).not.toMatch(/[A-Za-z]/)
  })

  it('has the same keys in both languages', () => {
    expect(Object.keys(MENU_TEXT.hy).sort()).toEqual(Object.keys(MENU_TEXT.en).sort())
  })
})
