import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'

describe('SettingsRepo', () => {
  it('round-trips JSON values and reads a value its parser refuses as absent', () => {
    const cache = Cache.open(':memory:')
    const strings = (v: unknown) =>
      Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined
    expect(cache.settings.get('dns.resolvers', strings)).toBeUndefined()
    cache.settings.set('dns.resolvers', ['1.1.1.1', '9.9.9.9:53'])
    expect(cache.settings.get('dns.resolvers', strings)).toEqual(['1.1.1.1', '9.9.9.9:53'])
    cache.settings.set('dns.resolvers', 42)
    expect(cache.settings.get('dns.resolvers', strings)).toBeUndefined()
    cache.db
      .prepare("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('broken', '{not json')")
      .run()
    expect(cache.settings.get('broken', (v) => v)).toBeUndefined()
  })

  it('keeps plain-text values as they are stored (the theme since schema 3)', () => {
    const cache = Cache.open(':memory:')
    cache.db.prepare("INSERT INTO app_settings (key, value) VALUES ('theme', 'dark')").run()
    expect(cache.settings.text('theme')).toBe('dark')
    cache.settings.setText('theme', 'light')
    expect(cache.settings.text('theme')).toBe('light')
    expect(cache.settings.text('absent')).toBeUndefined()
  })
})
