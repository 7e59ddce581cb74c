import { describe, expect, it } from 'vitest'
import { startupAppearance } from '../../../../electron/main/shell/appearance'
import { WINDOW_BACKGROUND } from '../../../../electron/main/shell/window-options'

describe('startupAppearance', () => {
  it('applies a saved light or dark theme before the window exists, whatever the OS prefers', () => {
    expect(startupAppearance('dark', false)).toEqual({
      themeSource: 'dark',
      backgroundColor: WINDOW_BACKGROUND.dark,
    })
    expect(startupAppearance('light', true)).toEqual({
      themeSource: 'light',
      backgroundColor: WINDOW_BACKGROUND.light,
    })
  })

  it('follows the OS when the saved theme is "system"', () => {
    expect(startupAppearance('system', true)).toEqual({
      themeSource: 'system',
      backgroundColor: WINDOW_BACKGROUND.dark,
    })
    expect(startupAppearance('system', false).backgroundColor).toBe(WINDOW_BACKGROUND.light)
  })

  it('follows the OS when nothing, or something unknown, was saved', () => {
    expect(startupAppearance(undefined, true)).toEqual({
      themeSource: 'system',
      backgroundColor: WINDOW_BACKGROUND.dark,
    })
    expect(startupAppearance('purple', false).themeSource).toBe('system')
  })
})
