import { describe, expect, it } from 'vitest'
import { message, renderMessage } from '../../../../electron/main/services/notification-text'
import { startTestApp } from '../../../support/app'

describe('appearance settings', () => {
  it('follows the OS until a theme is chosen, then keeps the choice in the cache', async () => {
    const app = await startTestApp()
    expect(app.services.appearance.theme()).toBe('system')
    expect(await app.call('appearance.setTheme', 'dark')).toBeNull()
    expect(app.services.appearance.theme()).toBe('dark')
  })

  it('tells the window shell at once, so the window follows without a restart', async () => {
    const told: string[] = []
    const app = await startTestApp({ services: { onThemeChange: (theme) => told.push(theme) } })
    await app.call('appearance.setTheme', 'light')
    expect(told).toEqual(['light'])
  })

  it('rejects a theme that does not exist', async () => {
    const app = await startTestApp()
    await expect(app.call('appearance.setTheme', 'purple' as never)).rejects.toThrow()
    expect(app.services.appearance.theme()).toBe('system')
  })
})

describe('the language setting', () => {
  it('is English until the page says otherwise, then the one the page reads', async () => {
    const app = await startTestApp()
    expect(app.services.appearance.language()).toBe('en')
    expect(await app.call('appearance.setLanguage', 'hy')).toBeNull()
    expect(app.services.appearance.language()).toBe('hy')
  })

  it('tells the menus at once, and the notifications are written in it', async () => {
    const told: string[] = []
    const app = await startTestApp({ services: { onLanguageChange: (l) => told.push(l) } })
    await app.call('appearance.setLanguage', 'hy')
    expect(told).toEqual(['hy'])
    const note = message('registrationActive', 'example.com')
    app.services.notifications.notify('registration.active', 'example.com', note, '/portfolio')
    const [entry] = app.services.notifications.history().entries
    expect(entry?.title).toBe(renderMessage('hy', note).title)
    expect(entry?.title).not.toBe(renderMessage('en', note).title)
  })

  it('rejects a language the app does not have', async () => {
    const app = await startTestApp()
    await expect(app.call('appearance.setLanguage', 'fr' as never)).rejects.toThrow()
    expect(app.services.appearance.language()).toBe('en')
  })
})
