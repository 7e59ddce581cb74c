import { describe, expect, it } from 'vitest'
import { ariaShortcut, commandForKey, isMac, shortcutLabel } from '@/commands/shortcuts'

const key = (k: string, mods: Partial<KeyboardEvent> = {}, code = '') => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('commandForKey', () => {
  it('maps Ctrl+K, F, R, N and "," to their commands on Windows and Linux', () => {
    expect(commandForKey(key('k', { ctrlKey: true }), false)).toBe('palette')
    expect(commandForKey(key('F', { ctrlKey: true }), false)).toBe('find')
    expect(commandForKey(key('r', { ctrlKey: true }), false)).toBe('sync')
    expect(commandForKey(key('n', { ctrlKey: true }), false)).toBe('register')
    expect(commandForKey(key(',', { ctrlKey: true }), false)).toBe('settings')
  })

  it('uses Cmd on macOS and leaves Ctrl to the text field there (Ctrl+K cuts a line)', () => {
    expect(commandForKey(key('k', { metaKey: true }), true)).toBe('palette')
    expect(commandForKey(key('k', { ctrlKey: true }), true)).toBeNull()
    expect(commandForKey(key('f', { ctrlKey: true }), true)).toBeNull()
    expect(commandForKey(key('k', { metaKey: true }), false)).toBeNull()
  })

  it('ignores plain keys, other letters and Shift or Alt variants', () => {
    expect(commandForKey(key('k'), false)).toBeNull()
    expect(commandForKey(key('a', { ctrlKey: true }), false)).toBeNull()
    expect(commandForKey(key('R', { ctrlKey: true, shiftKey: true }), false)).toBeNull()
    expect(commandForKey(key('k', { ctrlKey: true, altKey: true }), false)).toBeNull()
  })

  it('finds the shortcut by the key’s place with an Armenian keyboard layout', () => {
    expect(commandForKey(key('կ', { ctrlKey: true }, 'KeyK'), false)).toBe('palette')
    expect(commandForKey(key('ֆ', { ctrlKey: true }, 'KeyF'), false)).toBe('find')
    expect(commandForKey(key('ա', { ctrlKey: true }, 'KeyA'), false)).toBeNull()
  })
})

describe('shortcut labels', () => {
  it('writes shortcuts as each platform does, and for aria-keyshortcuts', () => {
    expect(shortcutLabel('palette', true)).toBe('⌘K')
    expect(shortcutLabel('settings', false)).toBe('Ctrl+,')
    expect(shortcutLabel('export', false)).toBeUndefined()
    expect(ariaShortcut('palette', false)).toBe('Control+K')
    expect(ariaShortcut('sync', true)).toBe('Meta+R')
    expect(isMac('MacIntel')).toBe(true)
    expect(isMac('Linux x86_64')).toBe(false)
  })
})
