import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NotificationSettings } from '@shared/ipc/models'
import { useNotificationsStore } from '@/stores/notifications'
import { installFakeBridge } from '../support/app'

const STORED: NotificationSettings = { enabled: true, expiringWithinDays: 30, syncFailingHours: 6 }

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
})

describe('useNotificationsStore', () => {
  it('loads, edits a draft and saves it through notifications.setSettings', async () => {
    const fake = installFakeBridge({
      'notifications.settings': async () => STORED,
      'notifications.setSettings': async (s: NotificationSettings) => s,
    })
    const store = useNotificationsStore()
    await store.load()
    expect(store.dirty).toBe(false)
    store.edit({ expiringWithinDays: 45, enabled: false })
    expect(store.dirty).toBe(true)
    await store.save()
    expect(fake.calls.at(-1)).toEqual([
      'notifications.setSettings',
      [{ enabled: false, expiringWithinDays: 45, syncFailingHours: 6 }],
    ])
    expect(store.saved).toEqual({ enabled: false, expiringWithinDays: 45, syncFailingHours: 6 })
    expect(store.justSaved).toBe(true)
    expect(store.dirty).toBe(false)
  })

  it('does not save values outside main’s limits or an emptied field', async () => {
    const fake = installFakeBridge({ 'notifications.settings': async () => STORED })
    const store = useNotificationsStore()
    await store.load()
    for (const change of [
      { expiringWithinDays: 0 },
      { expiringWithinDays: 366 },
      { syncFailingHours: 169 },
      { syncFailingHours: null },
    ]) {
      store.edit({ ...STORED, ...change })
      expect(store.valid, JSON.stringify(change)).toBe(false)
      await store.save()
    }
    expect(fake.calls.map(([c]) => c)).toEqual(['notifications.settings'])
  })

  it('keeps the draft and says why when saving fails', async () => {
    installFakeBridge({
      'notifications.settings': async () => STORED,
      'notifications.setSettings': async () => {
        throw { code: 'Storage', message: 'Disk full.' }
      },
    })
    const store = useNotificationsStore()
    await store.load()
    store.edit({ syncFailingHours: 12 })
    await store.save()
    expect(store.error).toBe('The offline cache could not be written.')
    expect(store.draft?.syncFailingHours).toBe(12)
  })
})
