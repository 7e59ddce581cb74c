import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { NotificationSettings } from '@shared/ipc/models'
import NotificationsSection from '@/components/settings/NotificationsSection.vue'
import { installFakeBridge, mountApp } from '../../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

const STORED: NotificationSettings = { enabled: true, expiringWithinDays: 30, syncFailingHours: 6 }

async function mountSection(locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({
    'notifications.settings': async () => STORED,
    'notifications.setSettings': async (s: NotificationSettings) => s,
  })
  const { wrapper } = await mountApp(NotificationsSection, { locale })
  await flushPromises()
  return { wrapper, fake }
}

describe('NotificationsSection', () => {
  it('labels the switch and both numbers, with their limits', async () => {
    const { wrapper } = await mountSection()
    expect(wrapper.get('h2').text()).toBe('Notifications')
    for (const id of ['notifications-enabled', 'notifications-expiring', 'notifications-sync'])
      expect(wrapper.find(`label[for="${id}"]`).exists(), id).toBe(true)
    expect(wrapper.get('#notifications-expiring').attributes('aria-valuemax')).toBe('365')
    expect(wrapper.get('#notifications-sync').attributes('aria-valuemax')).toBe('168')
    expect(wrapper.get('#notifications-expiring').attributes('aria-describedby')).toBe(
      'notifications-expiring-help',
    )
    expect(wrapper.text()).toContain('From 1 to 365 days.')
    expect((wrapper.get('#notifications-expiring').element as HTMLInputElement).value).toBe('30')
  })

  it('saves the changed settings once Save is pressed', async () => {
    const { wrapper, fake } = await mountSection()
    const save = wrapper.get('[data-testid="notifications-save"]')
    expect(save.attributes('disabled')).toBeDefined()
    await wrapper.get('#notifications-enabled').setValue(false)
    expect(save.attributes('disabled')).toBeUndefined()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls.at(-1)).toEqual([
      'notifications.setSettings',
      [{ enabled: false, expiringWithinDays: 30, syncFailingHours: 6 }],
    ])
    expect(wrapper.get('[role="status"]').text()).toBe('Saved')
  })

  it('is in Armenian too', async () => {
    const { wrapper } = await mountSection('hy')
    expect(wrapper.get('h2').text()).toBe('Ծանուցումներ')
  })
})
