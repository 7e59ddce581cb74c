import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Toast from 'primevue/toast'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { h, type Component } from 'vue'
import { RouterView } from 'vue-router'
import type { DomainView } from '@shared/ipc/models'
import { domainView, selectAccount } from '../components/domain/fixtures'
import { installFakeBridge, mountApp } from '../support/app'
import { clearConfirmationBus } from '../support/confirmation-bus'

// The route loads the page lazily; load it once here so that no test pays for it.
beforeAll(() => import('@/views/DomainView.vue'))

afterEach(() => {
  clearConfirmationBus()
  delete window.domainDesk
  document.body.innerHTML = ''
})

/** The routed page (so its leave guards run) with a Toast beside it, for domain 101. */
async function mountPage(options: { domain?: DomainView; locale?: 'en' | 'hy' } = {}) {
  let current = options.domain ?? domainView()
  const fake = installFakeBridge({
    'domain.get': async (_a: string, id: number) => ({ ...current, id }),
    'domain.refresh': async (_a: string, id: number) => ({ ...current, id }),
    'domain.update': async (_a: string, _id: number, change: Record<string, unknown>) => {
      current = { ...current, ...change }
      return {
        domain: current,
        message:
          'Domain settings updated successfully. Nameserver changes may take up to 24 hours to propagate.',
      }
    },
    'domain.setNote': async (_a: string, _id: number, note: string) =>
      (current = { ...current, note }),
  })
  const Host = {
    render: () =>
      h('div', [
        h(RouterView, null, {
          default: ({ Component }: { Component?: Component }) => (Component ? h(Component) : null),
        }),
        h(Toast),
      ]),
  }
  const { wrapper, router } = await mountApp(Host, {
    path: `/domains/${current.id}`,
    locale: options.locale,
  })
  selectAccount('online')
  await flushPromises()
  return { wrapper, router, fake }
}

const updates = (fake: { calls: Array<[string, unknown[]]> }) =>
  fake.calls.filter(([c]) => c === 'domain.update').map(([, args]) => args)
const dialog = () => document.querySelector('[role="alertdialog"]')
const dialogButton = (label: string) =>
  [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label)!

async function answer(label: string): Promise<void> {
  dialogButton(label).click()
  await flushPromises()
}

async function setNameservers(wrapper: VueWrapper, first: string, second: string) {
  await wrapper.get('#domain-ns-0').setValue(first)
  await wrapper.get('#domain-ns-1').setValue(second)
}

describe('DomainView: unsaved changes', () => {
  it('asks before leaving with a changed switch; Stay keeps the page and the change', async () => {
    const { wrapper, router } = await mountPage()
    await wrapper.get('#setting-locked').trigger('change')
    const navigation = router.push('/domains/102')
    await flushPromises()
    expect(dialog()?.textContent).toContain('Leave without saving?')
    expect(dialog()?.textContent).toContain('Not saved yet: settings.')
    await answer('Stay on this page')
    await navigation
    expect(router.currentRoute.value.fullPath).toBe('/domains/101')
    expect((wrapper.get('#setting-locked').element as HTMLInputElement).checked).toBe(false)
  })

  it('names every unsaved part and leaves only when the user discards them', async () => {
    const { wrapper, router } = await mountPage()
    await setNameservers(wrapper, 'ns1.cloudflare.com', 'ns2.cloudflare.com')
    await wrapper.get('#domain-note').setValue('renew with client budget')
    const navigation = router.push('/domains/102')
    await flushPromises()
    expect(dialog()?.textContent).toContain('Not saved yet: nameservers, the note.')
    await answer('Discard and leave')
    await navigation
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/domains/102')
  })

  it('leaves without a question when nothing is unsaved, also after saving', async () => {
    const { wrapper, router } = await mountPage()
    await wrapper.get('#setting-autoRenew').trigger('change')
    await wrapper.get('[data-testid="save-settings"]').trigger('click')
    await flushPromises()
    await router.push('/domains/102')
    await flushPromises()
    expect(dialog()).toBeNull()
    expect(router.currentRoute.value.fullPath).toBe('/domains/102')
  })

  it('has the window ask before closing or reloading with an unsaved note', async () => {
    const { wrapper } = await mountPage()
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(unload()).toBe(false)
    await wrapper.get('#domain-note').setValue('call the registrant')
    expect(unload()).toBe(true)
  })

  it('asks in Armenian', async () => {
    const { wrapper, router } = await mountPage({ locale: 'hy' })
    await wrapper.get('#domain-note').setValue('նշում')
    void router.push('/domains/102').catch(() => {})
    await flushPromises()
    expect(dialog()?.textContent).toContain('Դեռ պահպանված չէ՝ նշումը։')
  })
})

describe('DomainView: leaving VPS.org DNS', () => {
  it('warns with the record count before saving external nameservers, and asks again on Save', async () => {
    const { wrapper, fake } = await mountPage()
    expect(wrapper.find('[data-testid="dns-warning"]').exists()).toBe(false)
    await setNameservers(wrapper, 'ns1.cloudflare.com', 'ns2.cloudflare.com')
    expect(wrapper.get('[data-testid="dns-warning"]').text()).toContain(
      'the 12 DNS records VPS.org serves for example.com stop answering',
    )
    await wrapper.get('[data-testid="save-settings"]').trigger('click')
    await flushPromises()
    expect(dialog()?.textContent).toContain('Move DNS away from VPS.org?')
    await answer('Cancel')
    expect(updates(fake)).toEqual([])
    await wrapper.get('[data-testid="save-settings"]').trigger('click')
    await flushPromises()
    await answer('Switch nameservers')
    expect(updates(fake)).toEqual([
      ['a1', 101, { nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] }],
    ])
    expect(document.body.textContent).toContain(
      'Nameserver changes can take up to 24 hours to propagate across the internet.',
    )
  })

  it('does not warn between external nameservers, nor back to VPS.org', async () => {
    const external = domainView({
      dnsManagedBy: 'external',
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
    })
    const { wrapper } = await mountPage({ domain: external })
    await setNameservers(wrapper, 'ns1.dnsimple.com', 'ns2.dnsimple.com')
    expect(wrapper.find('[data-testid="dns-warning"]').exists()).toBe(false)
    await setNameservers(wrapper, 'ns1.vps.org', 'ns2.vps.org')
    expect(wrapper.find('[data-testid="dns-warning"]').exists()).toBe(false)
  })

  it('mentions the 24-hour delay only when nameservers changed', async () => {
    const { wrapper } = await mountPage()
    await wrapper.get('#setting-privacy').trigger('change')
    await wrapper.get('[data-testid="save-settings"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('Settings saved')
    expect(document.body.textContent).toContain('The new settings are in effect at VPS.org.')
    expect(document.body.textContent).not.toContain('24 hours')
  })
})
