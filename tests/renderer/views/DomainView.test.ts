import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Toast from 'primevue/toast'
import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import type { DomainView } from '@shared/ipc/models'
import DomainViewPage from '@/views/DomainView.vue'
import { domainView, selectAccount } from '../components/domain/fixtures'
import { installFakeBridge, mountApp } from '../support/app'
import { clearConfirmationBus } from '../support/confirmation-bus'

afterEach(() => {
  clearConfirmationBus()
  delete window.domainDesk
  document.body.innerHTML = ''
})
// Registered last so that it runs first: unmounted pages stop listening to PrimeVue's global
// confirmation and toast buses before the document is cleared.
type Handlers = Parameters<typeof installFakeBridge>[0]

/** The page with a Toast beside it (the app's lives in App.vue), for domain 101. */
async function mountPage(
  options: {
    domain?: DomainView
    handlers?: Handlers
    connectivity?: 'online' | 'offline'
    locale?: 'en' | 'hy'
  } = {},
) {
  let current = options.domain ?? domainView()
  const fake = installFakeBridge({
    'domain.get': async () => current,
    'domain.refresh': async () => current,
    'domain.update': async (_a: string, _id: number, change: Record<string, unknown>) => {
      current = { ...current, ...change }
      return {
        domain: current,
        message:
          'Domain settings updated successfully. Nameserver changes may take up to 24 hours to propagate.',
      }
    },
    'domain.remove': async () => {
      current = { ...current, removedAt: '2025-11-29T10:00:00Z' }
      return null
    },
    ...options.handlers,
  })
  const Host = { render: () => [h(DomainViewPage, { id: current.id }), h(Toast)] }
  const { wrapper } = await mountApp(Host, {
    path: `/domains/${current.id}`,
    locale: options.locale,
  })
  selectAccount(options.connectivity ?? 'online')
  await flushPromises()
  return { wrapper, fake }
}

const calls = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

async function toggle(wrapper: VueWrapper, id: string): Promise<void> {
  await wrapper.get(`#${id}`).trigger('change')
}

describe('DomainView', () => {
  it('shows the name as the one h1, its status, and a way back to the portfolio', async () => {
    const { wrapper } = await mountPage()
    expect(wrapper.findAll('h1').map((e) => e.text())).toEqual(['example.com'])
    expect(wrapper.get('[data-testid="domain-status"]').text()).toBe('Active')
    expect(wrapper.get('a.back-link').attributes('href')).toBe('/portfolio')
  })

  it('heads an internationalised domain with its Unicode name and gives the punycode', async () => {
    const { wrapper } = await mountPage({
      domain: domainView({ name: 'xn--bcher-kva.com', unicodeName: 'bücher.com' }),
    })
    expect(wrapper.get('h1').text()).toBe('bücher.com')
    expect(wrapper.text()).toContain('Punycode: xn--bcher-kva.com')
  })

  it('shows the details fetched from VPS.org, with WHOIS contacts and dates', async () => {
    const { wrapper } = await mountPage()
    const overview = wrapper.get('#overview').text()
    expect(overview).toContain('Registered' + 'Jan 15, 2023')
    expect(overview).toContain('RegistrarVPS.org')
    expect(overview).toContain('DNS records12')
    expect(overview).toContain('DNS managed byVPS.org')
    const whois = wrapper.get('[data-testid="whois"]').text()
    expect(whois).toContain('Administrative contactAdmin Person')
    expect(whois).toContain('UpdatedDec 20, 2025')
  })

  it('counts the days left from the expiration date, as the row gives them', async () => {
    const { wrapper } = await mountPage({ domain: domainView({ daysLeft: 47 }) })
    expect(wrapper.get('[data-testid="expires"]').text()).toBe('Jan 15, 2026 (in 47 days)')
  })

  it('says the details are being refreshed until VPS.org answers', async () => {
    let answer!: (d: DomainView) => void
    const { wrapper } = await mountPage({
      domain: domainView({ details: null }),
      handlers: { 'domain.refresh': () => new Promise((r) => (answer = r)) },
    })
    expect(wrapper.get('#overview [role="status"]').text()).toBe('Refreshing from VPS.org…')
    expect(wrapper.get('#overview').text()).toContain('RegistrarRefreshing from VPS.org…')
    answer(domainView())
    await flushPromises()
    expect(wrapper.find('#overview [role="status"]').exists()).toBe(false)
    expect(wrapper.get('#overview').text()).toContain('RegistrarVPS.org')
  })

  it('names the nameserver problem as it is typed and keeps Save disabled', async () => {
    const { wrapper } = await mountPage()
    await wrapper.get('#domain-ns-1').setValue('ns_2.nshost.net')
    expect(wrapper.get('#domain-ns-message').text()).toBe(
      'Nameserver 2: "ns_2" may contain only letters, digits and hyphens.',
    )
    expect(wrapper.get('#domain-ns-1').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('[data-testid="save-settings"]').attributes('disabled')).toBeDefined()
    await wrapper.get('#domain-ns-1').setValue('ns1.vps.org')
    expect(wrapper.get('#domain-ns-message').text()).toBe('Nameserver 2 repeats nameserver 1.')
  })

  it('adds and removes nameserver inputs within 2 to 4', async () => {
    const { wrapper } = await mountPage()
    const add = () => wrapper.findAll('button').find((b) => b.text() === 'Add a nameserver')!
    const remove = (n: number) => wrapper.get(`button[aria-label="Remove nameserver ${n}"]`)
    expect(remove(1).attributes('disabled')).toBeDefined()
    await add().trigger('click')
    await add().trigger('click')
    expect(wrapper.findAll('.ns-input')).toHaveLength(4)
    expect(add().attributes('disabled')).toBeDefined()
    await remove(4).trigger('click')
    expect(wrapper.findAll('.ns-input')).toHaveLength(3)
  })

  it('warns about propagation before saving, then sends only what changed and says it may take 24 hours', async () => {
    const { wrapper, fake } = await mountPage()
    expect(wrapper.find('[data-testid="propagation-notice"]').exists()).toBe(false)
    await toggle(wrapper, 'setting-privacy')
    await wrapper.get('#domain-ns-0').setValue('NS1.Cloudflare.com')
    await wrapper.get('#domain-ns-1').setValue('ns2.cloudflare.com')
    expect(wrapper.get('[data-testid="propagation-notice"]').text()).toContain(
      'up to 24 hours to propagate',
    )
    await wrapper.get('[data-testid="save-settings"]').trigger('click')
    await flushPromises()
    // Leaving VPS.org's nameservers is confirmed first (DomainView.changes.test.ts).
    const accept = [...document.querySelectorAll('[role="alertdialog"] button')].find(
      (b) => b.textContent?.trim() === 'Switch nameservers',
    ) as HTMLButtonElement
    accept.click()
    await flushPromises()
    expect(calls(fake, 'domain.update')).toEqual([
      ['a1', 101, { privacy: false, nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] }],
    ])
    expect(document.body.textContent).toContain(
      'Nameserver changes can take up to 24 hours to propagate across the internet.',
    )
  })

  it('sends a single toggle on its own', async () => {
    const { wrapper, fake } = await mountPage()
    await toggle(wrapper, 'setting-locked')
    await wrapper.get('[data-testid="save-settings"]').trigger('click')
    await flushPromises()
    expect(calls(fake, 'domain.update')).toEqual([['a1', 101, { locked: false }]])
  })

  it('disables every change offline and says why', async () => {
    const { wrapper } = await mountPage({ connectivity: 'offline' })
    expect(wrapper.get('[data-testid="settings-blocked"]').text()).toContain(
      "Unavailable offline: VPS.org can't be reached.",
    )
    for (const id of ['setting-autoRenew', 'setting-privacy', 'setting-locked', 'domain-ns-0'])
      expect(wrapper.get(`#${id}`).attributes('disabled'), id).toBeDefined()
    expect(wrapper.get('[data-testid="save-settings"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="remove-domain"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('#danger').text()).toContain(
      "Unavailable offline: VPS.org can't be reached.",
    )
  })

  it('keeps "Save changes" disabled offline, with the reason, even with changes made online', async () => {
    const { wrapper } = await mountPage()
    await toggle(wrapper, 'setting-locked')
    const save = () => wrapper.get('[data-testid="save-settings"]')
    expect(save().attributes('disabled')).toBeUndefined()
    expect(save().attributes('aria-describedby')).toBeUndefined()
    selectAccount('offline')
    await flushPromises()
    expect(wrapper.get('#setting-locked').attributes('disabled')).toBeDefined()
    expect(save().attributes('disabled')).toBeDefined()
    expect(save().attributes('aria-disabled')).not.toBe('false')
    const describedBy = save().attributes('aria-describedby')
    expect(describedBy).toBeTruthy()
    expect(document.getElementById(describedBy!)?.textContent).toContain(
      "Unavailable offline: VPS.org can't be reached.",
    )
  })

  it('warns that removal does not cancel the registration, and offers to let it expire instead', async () => {
    const { wrapper, fake } = await mountPage()
    await wrapper.get('[data-testid="remove-domain"]').trigger('click')
    await flushPromises()
    const dialog = document.body.querySelector('[role="alertdialog"]')!
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy()
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Remove example.com from the account?',
    )
    expect(dialog.textContent).toContain(
      'Removing does NOT cancel the registration. example.com stays registered and keeps auto-renewing',
    )
    const alternative = dialog.querySelector<HTMLButtonElement>('[data-testid="auto-renew-off"]')!
    expect(alternative.textContent).toContain('Turn auto-renew off instead (let it expire)')
    alternative.click()
    await flushPromises()
    expect(calls(fake, 'domain.update')).toEqual([['a1', 101, { autoRenew: false }]])
    expect(calls(fake, 'domain.remove')).toEqual([])
  })

  it('removes the domain only when confirmed, then shows it as no longer in the account', async () => {
    const { wrapper, fake } = await mountPage()
    await wrapper.get('[data-testid="remove-domain"]').trigger('click')
    await flushPromises()
    document.body.querySelector<HTMLButtonElement>('[data-testid="confirm-remove"]')!.click()
    await flushPromises()
    expect(calls(fake, 'domain.remove')).toEqual([['a1', 101]])
    expect(wrapper.get('[data-testid="domain-removed"]').text()).toContain(
      'Removing a domain does not cancel its registration',
    )
    expect(wrapper.find('[data-testid="remove-domain"]').exists()).toBe(false)
    expect(wrapper.get('#setting-autoRenew').attributes('disabled')).toBeDefined()
  })

  it('lists the history with localized fields, values and sources', async () => {
    const { wrapper } = await mountPage()
    const rows = wrapper
      .findAll('#history tbody tr')
      .map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows[0]).toEqual(['Nov 20, 2025, 08:00 AM', 'Auto-renew', 'Off → On', 'Domain Desk'])
    expect(rows[1]!.slice(1)).toEqual(['Status', 'Pending → Active', 'Sync'])
  })

  it('shows a transfer’s state and estimated completion', async () => {
    const { wrapper } = await mountPage({
      domain: domainView({
        transfer: {
          id: 1,
          domainId: 101,
          domainName: 'example.com',
          state: 'pending',
          initiatedAt: '2026-01-16T16:30:00Z',
          estimatedCompletion: '2026-01-23T16:30:00Z',
          nextSteps: ['Check email for transfer authorization request'],
          stepsDone: [],
          previousRegistrar: 'Other Registrar',
          feeEstimateCents: 1299,
          chargedCents: 1199,
          completedAt: null,
          overdue: false,
          note: null,
          message: null,
        },
      }),
    })
    expect(wrapper.get('[data-testid="transfer-state"]').text()).toBe('In progress')
    expect(wrapper.get('[data-testid="transfer-estimate"]').text()).toBe('Jan 23, 2026')
    expect(wrapper.get('#transfer').text()).toContain('Charged$11.99')
    expect(wrapper.get('#transfer').text()).toContain(
      'Check email for transfer authorization request',
    )
  })

  it("says a transfer's note in the reader's language and VPS.org's words under their label", async () => {
    const { wrapper } = await mountPage({
      locale: 'hy',
      domain: domainView({
        transfer: {
          id: 1,
          domainId: 101,
          domainName: 'example.com',
          state: 'completed',
          initiatedAt: '2026-01-16T16:30:00Z',
          estimatedCompletion: '2026-01-23T16:30:00Z',
          nextSteps: [],
          stepsDone: [],
          previousRegistrar: 'Other Registrar',
          feeEstimateCents: 1299,
          chargedCents: null,
          completedAt: '2026-01-22T10:00:00Z',
          overdue: false,
          note: { reason: 'transferFoundCompleted' },
          message: 'Domain transfer initiated.',
        },
      }),
    })
    const section = wrapper.get('#transfer').text()
    expect(section).toContain('Գտնվել է VPS.org-ում․ փոխանցումը կատարվել է։')
    expect(section).toContain('VPS.org-ի հաղորդագրությունըDomain transfer initiated.')
  })

  it('saves tags as they are added and removed, without duplicates', async () => {
    const { wrapper, fake } = await mountPage({
      handlers: {
        'domain.setTags': async (_a: string, _id: number, tags: string[]) => domainView({ tags }),
      },
    })
    const input = wrapper.get('#domain-tags')
    await input.setValue(' client-b ')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    await input.setValue('client-b')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(calls(fake, 'domain.setTags')).toEqual([['a1', 101, ['client-a', 'client-b']]])
    expect(wrapper.get('ul[aria-labelledby="domain-tags-label"]').text()).toContain('client-b')
    await wrapper.get('button[aria-label="Remove tag client-a"]').trigger('click')
    await flushPromises()
    expect(calls(fake, 'domain.setTags').at(-1)).toEqual(['a1', 101, ['client-b']])
  })

  it('splits typed tags on commas and semicolons, as the CSV import does', async () => {
    const { wrapper, fake } = await mountPage({
      handlers: {
        'domain.setTags': async (_a: string, _id: number, tags: string[]) => domainView({ tags }),
      },
    })
    const input = wrapper.get('#domain-tags')
    await input.setValue('client-b, prod; client-a')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(calls(fake, 'domain.setTags')).toEqual([['a1', 101, ['client-a', 'client-b', 'prod']]])
    expect(wrapper.text()).toContain('Separate tags with commas')
  })

  it('speaks Armenian', async () => {
    const { wrapper } = await mountPage({ locale: 'hy' })
    expect(wrapper.get('#settings-heading').text()).toBe('Կարգավորումներ')
    expect(wrapper.get('[data-testid="expires"]').text()).toContain('47 օրից')
  })
})
