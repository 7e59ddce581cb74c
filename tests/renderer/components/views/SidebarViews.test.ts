import { flushPromises } from '@vue/test-utils'
import ConfirmDialog from 'primevue/confirmdialog'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import SidebarViews from '@/components/views/SidebarViews.vue'
import { selectAccount } from '../portfolio/fixtures'
import { clearConfirmationBus } from '../../support/confirmation-bus'
import { installFakeBridge, mountApp } from '../../support/app'
import { fakeViews, viewState } from './fake-views'

afterEach(() => {
  delete window.domainDesk
  clearConfirmationBus()
  document.body.innerHTML = ''
})

const Host = defineComponent({ render: () => [h(SidebarViews), h(ConfirmDialog)] })

async function mountViews(locale: 'en' | 'hy' = 'en') {
  const views = fakeViews([
    { name: 'Expiring', state: viewState({ quick: ['expiring30'] }) },
    { name: 'Manual', state: viewState({ quick: ['autoRenewOff'] }) },
  ])
  const fake = installFakeBridge(views.handlers)
  const { wrapper, router } = await mountApp(Host, { locale })
  selectAccount()
  await wrapper.findComponent(SidebarViews).vm.$nextTick()
  await (await import('@/stores/saved-views')).useSavedViewsStore().load()
  await flushPromises()
  return { wrapper, router, views, fake }
}

/** The views' menu item `text`, once the menu is there (it loads when first opened). */
const menuItem = (text: string) =>
  vi.waitFor(() => {
    const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((el) =>
      el.textContent?.includes(text),
    )
    if (!item) throw new Error(`no menu item “${text}” yet`)
    return item
  })

describe('SidebarViews', () => {
  it('lists each view as a named link to the portfolio in that view, with its own menu button', async () => {
    const { wrapper, views } = await mountViews()
    const list = wrapper.get('[data-testid="sidebar-views"]')
    expect(list.attributes('aria-label')).toBe('Saved views')
    const links = list.findAll('a')
    expect(links.map((a) => a.text())).toEqual(['Expiring', 'Manual'])
    expect(links[0]!.attributes('href')).toBe(`/portfolio?view=${views.views[0]!.id}`)
    expect(list.findAll('button').map((b) => b.attributes('aria-label'))).toEqual([
      'Actions for the view “Expiring”',
      'Actions for the view “Manual”',
    ])
  })

  it('renames from the menu, refusing a taken name in Armenian, keeping what was typed', async () => {
    const { wrapper, views } = await mountViews('hy')
    await wrapper.get(`[data-testid="sidebar-view-menu-${views.views[1]!.id}"]`).trigger('click')
    ;(await menuItem('Վերանվանել')).querySelector('a')!.click()
    // The naming dialog loads when first opened.
    const input = await vi.waitFor(() => {
      const found = document.getElementById('view-name') as HTMLInputElement | null
      if (!found) throw new Error('the naming dialog has not opened yet')
      return found
    })
    expect(input.value).toBe('Manual')
    input.value = 'EXPIRING'
    input.dispatchEvent(new Event('input'))
    input.form!.requestSubmit()
    await flushPromises()
    expect(document.getElementById('view-name-error')?.textContent).toContain(
      '«EXPIRING» անունով տեսք արդեն կա',
    )
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.value).toBe('EXPIRING')
    input.value = 'Ձեռքով'
    input.dispatchEvent(new Event('input'))
    input.form!.requestSubmit()
    await flushPromises()
    expect(views.views.map((v) => v.name)).toEqual(['Expiring', 'Ձեռքով'])
    expect(wrapper.findAll('[data-testid="sidebar-views"] a').map((a) => a.text())).toEqual([
      'Expiring',
      'Ձեռքով',
    ])
  })

  it('deletes only after the confirmation', async () => {
    const { wrapper, views, fake } = await mountViews()
    const id = views.views[0]!.id
    await wrapper.get(`[data-testid="sidebar-view-menu-${id}"]`).trigger('click')
    ;(await menuItem('Delete…')).querySelector('a')!.click()
    await flushPromises()
    const dialog = document.querySelector('[role="alertdialog"]')!
    expect(dialog.textContent).toContain('Delete the view “Expiring”?')
    expect(fake.calls.some(([c]) => c === 'views.remove')).toBe(false)
    ;[...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete')!.click()
    await flushPromises()
    expect(views.views.map((v) => v.name)).toEqual(['Manual'])
    expect(wrapper.findAll('[data-testid="sidebar-views"] a').map((a) => a.text())).toEqual([
      'Manual',
    ])
  })
})
