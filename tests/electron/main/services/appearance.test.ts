import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'

describe('appearance settings', () => {
  it('follows the OS until a theme is chosen, then keeps the choice in the cache', async () => {
    const app = await startTestApp()
    expect(app.services.appearance.theme()).toBe('system')
    expect(await app.call('settings.setTheme', 'dark')).toBeNull()
    expect(app.services.appearance.theme()).toBe('dark')
  })

  it('tells the window shell at once, so the window follows without a restart', async () => {
    const told: string[] = []
    const app = await startTestApp({ services: { onThemeChange: (theme) => told.push(theme) } })
    await app.call('settings.setTheme', 'light')
    expect(told).toEqual(['light'])
  })

  it('rejects a theme that does not exist', async () => {
    const app = await startTestApp()
    await expect(app.call('settings.setTheme', 'purple' as never)).rejects.toThrow()
    expect(app.services.appearance.theme()).toBe('system')
  })
})
