import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { TRAY_TEXT } from '../../../../electron/main/services/tray-text'
import {
  linuxAutostartEntry,
  loginItemSettings,
  startsHidden,
  syncProgressValue,
  trayIconFile,
  trayMenuTemplate,
} from '../../../../electron/main/shell/watch-policy'

const on = { keepWatching: true, startAtLogin: true }
const off = { keepWatching: false, startAtLogin: false }

describe('the background watch', () => {
  it('builds the tray menu with the count, Open, Sync now and Quit, in either language', () => {
    const actions = { open: vi.fn(), syncNow: vi.fn(), quit: vi.fn() }
    const menu = trayMenuTemplate(TRAY_TEXT.en, 3, actions)
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      '3 items need attention',
      'separator',
      'Open Domain Desk',
      'Sync now',
      'separator',
      'Quit Domain Desk',
    ])
    expect(menu[0]!.enabled).toBe(false)
    for (const item of menu) (item.click as (() => void) | undefined)?.()
    expect([actions.open, actions.syncNow, actions.quit].map((f) => f.mock.calls.length)).toEqual([
      1, 1, 1,
    ])
    expect(trayMenuTemplate(TRAY_TEXT.hy, 0, actions)[2]!.label).toBe('Բացել Domain Desk-ը')
    expect(TRAY_TEXT.en.toolTip(1)).toBe('Domain Desk: 1 item needs attention')
    expect(TRAY_TEXT.en.toolTip(0)).toBe('Domain Desk: nothing needs attention')
  })

  it('uses a template image on macOS and the coloured icon elsewhere', () => {
    expect(trayIconFile('darwin', '/r/tray')).toBe(join('/r/tray', 'trayTemplate.png'))
    expect(trayIconFile('win32', '/r/tray')).toBe(join('/r/tray', 'tray.png'))
    expect(trayIconFile('linux', '/r/tray')).toBe(join('/r/tray', 'tray.png'))
  })

  it('shows a sync’s progress, indeterminate until the page count is known', () => {
    expect(syncProgressValue({ pagesDone: 1 })).toBe(2)
    expect(syncProgressValue({ pagesDone: 1, pagesTotal: 4 })).toBe(0.25)
    expect(syncProgressValue({ pagesDone: 5, pagesTotal: 4 })).toBe(1)
  })

  it('starts at login only when chosen, hidden only while watching', () => {
    expect(loginItemSettings(off)).toEqual({ openAtLogin: false, openAsHidden: false, args: [] })
    expect(loginItemSettings(on)).toEqual({
      openAtLogin: true,
      openAsHidden: true,
      args: ['--hidden'],
    })
    expect(loginItemSettings({ keepWatching: false, startAtLogin: true }).args).toEqual([])
    expect(startsHidden(['/app', '--hidden'], false, on)).toBe(true)
    expect(startsHidden(['/app'], true, on)).toBe(true)
    expect(startsHidden(['/app', '--hidden'], true, off)).toBe(false)
    expect(startsHidden(['/app'], false, on)).toBe(false)
  })

  it('writes a Linux autostart entry that quotes the command', () => {
    const entry = linuxAutostartEntry('/home/u/Apps/Domain "Desk".AppImage', on)
    expect(entry).toContain('Exec="/home/u/Apps/Domain \\"Desk\\".AppImage" --hidden\n')
    expect(entry.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true)
  })
})
