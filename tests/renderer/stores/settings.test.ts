import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useSettingsStore } from '@/stores/settings'
import { installFakeBridge } from '../support/app'

/** A stand-in for the OS dark-mode media query that can be flipped. */
function fakeDarkQuery(initial: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    matches: initial,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }
  vi.stubGlobal('matchMedia', () => query)
  return {
    listeners,
    set(dark: boolean) {
      query.matches = dark
      listeners.forEach((l) => l())
    },
  }
}

function osLanguages(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
}

describe('useSettingsStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    osLanguages(['en-US'])
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    delete window.domainDesk
  })

  describe('language', () => {
    it('follows the OS language by default', () => {
      osLanguages(['hy-AM', 'en-US'])
      const store = useSettingsStore()
      expect(store.localeChoice).toBe('system')
      expect(store.locale).toBe('hy')
    })

    it('uses English when the OS language is not supported', () => {
      osLanguages(['fr-FR'])
      expect(useSettingsStore().locale).toBe('en')
    })

    it('uses the chosen language over the OS one, and remembers it', async () => {
      osLanguages(['hy-AM'])
      const store = useSettingsStore()
      store.setLocale('en')
      expect(store.locale).toBe('en')
      await nextTick()
      expect(localStorage.getItem('domainDesk.locale')).toBe('en')
    })

    it('starts with the remembered choice', () => {
      localStorage.setItem('domainDesk.locale', 'hy')
      expect(useSettingsStore().locale).toBe('hy')
    })

    it('ignores a remembered value it does not know', () => {
      localStorage.setItem('domainDesk.locale', 'klingon')
      expect(useSettingsStore().localeChoice).toBe('system')
    })
  })

  describe('theme', () => {
    it('follows the OS by default', () => {
      fakeDarkQuery(true)
      const store = useSettingsStore()
      expect(store.themeChoice).toBe('system')
      expect(store.dark).toBe(true)
    })

    it('uses the chosen theme whatever the OS says, and remembers it', async () => {
      fakeDarkQuery(true)
      const store = useSettingsStore()
      store.setTheme('light')
      expect(store.dark).toBe(false)
      await nextTick()
      expect(localStorage.getItem('domainDesk.theme')).toBe('light')
      store.setTheme('dark')
      expect(store.dark).toBe(true)
    })

    it('starts with the remembered theme', () => {
      fakeDarkQuery(false)
      localStorage.setItem('domainDesk.theme', 'dark')
      expect(useSettingsStore().dark).toBe(true)
    })

    it('follows OS theme changes while watching, and stops when told', () => {
      const os = fakeDarkQuery(false)
      const store = useSettingsStore()
      const stop = store.watchSystemTheme()
      os.set(true)
      expect(store.dark).toBe(true)
      stop()
      expect(os.listeners.size).toBe(0)
      os.set(false)
      expect(store.dark).toBe(true)
    })

    it('ignores OS changes while a fixed theme is chosen', () => {
      const os = fakeDarkQuery(false)
      const store = useSettingsStore()
      store.watchSystemTheme()
      store.setTheme('light')
      os.set(true)
      expect(store.dark).toBe(false)
      store.setTheme('system')
      expect(store.dark).toBe(true)
    })
  })

  describe('app info', () => {
    it('loads version, platform and token storage from app.info', async () => {
      installFakeBridge({
        'app.info': async () => ({
          version: '1.2.3',
          platform: 'linux',
          tokenStorage: { storage: 'memory', reason: 'No keyring.', fix: 'Install one.' },
          cacheNotice: null,
        }),
      })
      const store = useSettingsStore()
      expect(store.keychainUnavailable).toBe(false)
      await store.loadAppInfo()
      expect(store.appInfo?.version).toBe('1.2.3')
      expect(store.keychainUnavailable).toBe(true)
      expect(store.appInfoError).toBeNull()
    })

    it('says the failure instead of throwing when app.info fails', async () => {
      installFakeBridge({
        'app.info': async () => {
          throw { code: 'Internal', message: 'Broken.' }
        },
      })
      const store = useSettingsStore()
      await expect(store.loadAppInfo()).resolves.toBeNull()
      expect(store.appInfoError).toBe('Something went wrong inside Domain Desk.')
    })
  })
})
