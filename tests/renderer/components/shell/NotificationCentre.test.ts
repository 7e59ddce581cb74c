import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import NotificationCentre from '@/components/shell/NotificationCentre.vue'
import { installFakeBridge, mountApp } from '../../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

const group = {
  id: 7,
  parentId: null,
  kind: 'registration.active',
  title: '228 registrations are active',
  body: 'Their registrations are complete. Open the list to see them.',
  route: '/portfolio?notification=7',
  count: 228,
  at: '2026-12-06T08:00:00.000Z',
  read: false,
}
const single = {
  ...group,
  id: 6,
  title: 'Transfer of a.com is overdue',
  kind: 'transfer.overdue',
  route: '/transfers',
  count: 1,
  read: true,
}
const children = Array.from({ length: 228 }, (_, i) => ({
  ...group,
  id: 100 + i,
  parentId: 7,
  title: `name-${i}.com is active`,
  route: `/domains/${500 + i}`,
  count: 1,
}))

async function mountCentre(locale: 'en' | 'hy' = 'en') {
  let unread = 1
  const fake = installFakeBridge({
    'notifications.history': async (q: { parentId?: number }) =>
      q.parentId === 7 ? { entries: children, unread } : { entries: [group, single], unread },
    'notifications.markRead': async () => {
      unread = 0
      return null
    },
  })
  const { wrapper, router } = await mountApp(NotificationCentre, { locale })
  await flushPromises()
  return { wrapper, fake, router }
}

/** Opens the panel as a click does, once its code (loaded on first use) is in. */
async function openPanel(wrapper: Awaited<ReturnType<typeof mountCentre>>['wrapper']) {
  await wrapper.get('[data-testid="notification-centre-button"]').trigger('click')
  await vi.waitFor(() =>
    expect(document.querySelector('[data-testid="notification-centre"]')).not.toBeNull(),
  )
  await flushPromises()
}

/** The button's name as its text gives it (no aria-label), white space folded. */
function accessibleText(element: { element: Element }): string {
  return (element.element.textContent ?? '').replace(/\s+/g, ' ').trim()
}

// The first mount loads the portfolio route's view lazily, which takes seconds on a busy machine.
describe('NotificationCentre', { timeout: 20_000 }, () => {
  it('shows the unread count, lists the history, and marks it read when opened', async () => {
    const { wrapper, fake } = await mountCentre()
    const button = wrapper.get('[data-testid="notification-centre-button"]')
    expect(accessibleText(button)).toBe('Notifications 1 new')
    await openPanel(wrapper)
    const panel = document.querySelector('[data-testid="notification-centre"]')!
    expect(panel.textContent).toContain('228 registrations are active')
    expect(panel.textContent).toContain('Transfer of a.com is overdue')
    expect(fake.calls.some(([c]) => c === 'notifications.markRead')).toBe(true)
    expect(accessibleText(wrapper.get('[data-testid="notification-centre-button"]'))).toBe(
      'Notifications',
    )
  })

  it('shows every event under a grouped notification, each opening its domain', async () => {
    const { wrapper, router } = await mountCentre()
    await openPanel(wrapper)
    const expand = document.querySelector<HTMLButtonElement>(
      '[data-testid="notification-expand-7"]',
    )!
    expect(expand.textContent).toContain('Show all 228')
    expand.click()
    await flushPromises()
    const items = document.querySelectorAll('[data-testid="notification-child"]')
    expect(items).toHaveLength(228)
    items[3]!.querySelector('a, button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    // The domain page loads lazily.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/domains/503'), {
      timeout: 10_000,
    })
  })

  it('opens the filtered list from a grouped notification, in Armenian too', async () => {
    const { wrapper, router } = await mountCentre('hy')
    expect(accessibleText(wrapper.get('[data-testid="notification-centre-button"]'))).toBe(
      'Ծանուցումներ 1 նոր',
    )
    await openPanel(wrapper)
    document.querySelector<HTMLButtonElement>('[data-testid="notification-open-7"]')!.click()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/portfolio?notification=7')
  })

  it('refreshes when a new notification arrives', async () => {
    const { wrapper, fake } = await mountCentre()
    const before = fake.calls.filter(([c]) => c === 'notifications.history').length
    fake.emit('notification', { kind: 'expiring', title: 'x', body: 'y', route: '/calendar' })
    await flushPromises()
    expect(fake.calls.filter(([c]) => c === 'notifications.history').length).toBe(before + 1)
    expect(wrapper.exists()).toBe(true)
  })
})
