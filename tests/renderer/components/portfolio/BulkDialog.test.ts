import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SettingsChange } from '@shared/ipc/models'
import BulkDialog from '@/components/portfolio/BulkDialog.vue'
import { loadNameRules } from '@/format/lazy-name-rules'
import type { BulkAction } from '@/lib/portfolio/bulk-actions'
import { usePortfolioStore } from '@/stores/portfolio'
import { installFakeBridge, mountApp } from '../../support/app'
import { callsOf, fakeBulkPreview, fakePortfolio, row, rows, selectAccount } from './fixtures'

beforeEach(() => localStorage.clear())
afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})
/** Rows 0…5 are selected: auto-renew is on for 0, 2, 4; the lock is open on 0 and 3. */
async function mountDialog(
  action: BulkAction,
  options: {
    failing?: Set<number>
    gate?: Promise<void>
    connectivity?: 'online' | 'offline'
    registrars?: Record<number, string | null>
    code?: string
    handlers?: Parameters<typeof installFakeBridge>[0]
  } = {},
) {
  const portfolio = fakePortfolio(rows(10))
  const fake = installFakeBridge({
    'portfolio.list': portfolio.handler,
    'bulk.preview': fakeBulkPreview(rows(10), options.registrars),
    'domain.update': async (_a: string, id: number, _change: SettingsChange) => {
      await options.gate
      if (options.failing?.has(id))
        throw { code: options.code ?? 'Server', message: `503 for domain ${id}.` }
      return { domain: {}, message: 'Settings updated.' }
    },
    ...options.handlers,
  })
  const onUpdate = vi.fn()
  const { wrapper } = await mountApp(BulkDialog, {
    props: { action, 'onUpdate:action': onUpdate },
  })
  selectAccount(options.connectivity)
  const store = usePortfolioStore()
  await store.ensureLoaded()
  store.setSelection([0, 1, 2, 3, 4, 5].map((i) => row(i)))
  // The dialog takes the selection when it opens: reopen it now that there is one.
  await wrapper.setProps({ action: null })
  await wrapper.setProps({ action })
  await flushPromises()
  return { wrapper, fake, portfolio, onUpdate }
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')!
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const previewRows = () =>
  [...dialog().querySelectorAll('[data-testid="bulk-preview"] tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  )
const resultRows = () =>
  [...dialog().querySelectorAll('[data-testid="bulk-results"] tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  )

async function click(el: HTMLElement | null): Promise<void> {
  el!.click()
  await flushPromises()
}

// The dialog's forms load the name rules when first used (lazy-name-rules.test.ts covers before).
beforeAll(() => loadNameRules())
describe('BulkDialog', () => {
  it('is a titled dialog previewing exactly what changes, and how many domains are skipped', async () => {
    await mountDialog('autoRenewOff')
    const title = document.getElementById(dialog().getAttribute('aria-labelledby')!)
    expect(title?.textContent).toBe('Turn auto-renew off')
    expect(dialog().textContent).toContain('For the 6 selected domains')
    expect(dialog().textContent).toContain('3 domains will change')
    expect(byTestId('bulk-skipped')?.textContent).toContain(
      '3 domains already have this setting and will be skipped',
    )
    expect(previewRows()).toEqual([
      ['d0000.com', 'On', 'Off'],
      ['d0002.com', 'On', 'Off'],
      ['d0004.com', 'On', 'Off'],
    ])
    expect(byTestId('bulk-confirm')?.textContent).toContain('Change 3 domains')
  })

  it('shows progress, then a result per domain, retries only the failures and reloads the table', async () => {
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const failing = new Set([4])
    const { fake } = await mountDialog('lock', { failing, gate })
    expect(previewRows()).toEqual([
      ['d0000.com', 'Unlocked', 'Locked'],
      ['d0003.com', 'Unlocked', 'Locked'],
    ])
    const listsBefore = callsOf(fake, 'portfolio.list').length
    await click(byTestId('bulk-confirm'))
    const bar = dialog().querySelector('[role="progressbar"]')!
    expect(bar.getAttribute('aria-valuenow')).toBe('0')
    expect(byTestId('bulk-progress')?.textContent).toContain('0 of 2 done')
    open()
    await vi.waitFor(() => expect(byTestId('bulk-results')).not.toBeNull())
    expect(resultRows()).toEqual([
      ['d0000.com', 'Changed'],
      ['d0003.com', 'VPS.org had a problem; try again shortly.'],
    ])
    expect(callsOf(fake, 'domain.update').map(([, id]) => id)).toEqual([1, 4])
    expect(dialog().textContent).toContain('1 domain changed')
    expect(dialog().textContent).toContain('1 domain failed')
    await vi.waitFor(() => expect(callsOf(fake, 'portfolio.list').length).toBe(listsBefore + 1))

    failing.clear()
    expect(byTestId('bulk-retry')?.textContent).toContain('Retry failures (1)')
    await click(byTestId('bulk-retry'))
    await vi.waitFor(() => expect(byTestId('bulk-retry')).toBeNull())
    expect(callsOf(fake, 'domain.update').map(([, id]) => id)).toEqual([1, 4, 4])
    expect(resultRows()).toEqual([
      ['d0000.com', 'Changed'],
      ['d0003.com', 'Changed'],
    ])
    await vi.waitFor(() => expect(callsOf(fake, 'portfolio.list').length).toBe(listsBefore + 2))
    expect(document.activeElement?.textContent).toContain('Close')
  })

  it('stops on request after the requests on their way, then sends the rest when asked', async () => {
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const { fake } = await mountDialog('autoRenewOff', { gate })
    await click(byTestId('bulk-confirm'))
    await click(byTestId('bulk-stop'))
    expect(byTestId('bulk-progress')?.textContent).toContain('no more are sent')
    expect(byTestId('bulk-stop')?.hasAttribute('disabled')).toBe(true)
    open()
    await vi.waitFor(() => expect(byTestId('bulk-results')).not.toBeNull())
    // Two were on their way (two at a time); the third was never sent.
    expect(callsOf(fake, 'domain.update').map(([, id]) => id)).toEqual([1, 3])
    expect(byTestId('bulk-not-sent')?.textContent).toContain('1 domain not sent')
    await click(byTestId('bulk-send-rest'))
    await vi.waitFor(() => expect(byTestId('bulk-send-rest')).toBeNull())
    expect(callsOf(fake, 'domain.update').map(([, id]) => id)).toEqual([1, 3, 5])
    expect(resultRows().map(([name]) => name)).toEqual(['d0000.com', 'd0002.com', 'd0004.com'])
  })

  it('warns that a lock change to a domain whose registrar is unknown may be refused', async () => {
    await mountDialog('lock', { registrars: { 1: null } })
    expect(byTestId('bulk-unchecked')?.textContent).toContain(
      'The registrar of 1 of them has not been checked yet.',
    )
  })

  it('lists what cannot change and why, and sends only what will change', async () => {
    // Row 0 (id 1) and row 3 (id 4) are unlocked; id 1 is registered elsewhere.
    const { fake } = await mountDialog('lock', { registrars: { 1: 'Namecheap, Inc.' } })
    expect(byTestId('bulk-will-change')?.textContent).toContain('1 domain will change')
    expect(byTestId('bulk-blocked-count')?.textContent).toContain('1 domain cannot change')
    const blocked = byTestId('bulk-blocked')!
    expect(blocked.textContent).toContain('d0000.com')
    expect(blocked.textContent).toContain(
      'Registered at Namecheap, Inc.: its transfer lock can only be changed there.',
    )
    expect(byTestId('bulk-confirm')?.textContent).toContain('Change 1 domain')
    await click(byTestId('bulk-confirm'))
    await vi.waitFor(() => expect(byTestId('bulk-results')).not.toBeNull())
    expect(callsOf(fake, 'domain.update').map(([, id]) => id)).toEqual([4])
  })

  it('acts on every match when all are selected, sending the filter rather than ids', async () => {
    const { wrapper, fake } = await mountDialog('autoRenewOff')
    usePortfolioStore().selectAllMatching()
    await wrapper.setProps({ action: null })
    await wrapper.setProps({ action: 'autoRenewOff' })
    await flushPromises()
    expect(dialog().textContent).toContain('For the 10 selected domains')
    expect(callsOf(fake, 'bulk.preview').at(-1)?.[1]).toEqual({
      kind: 'query',
      query: {},
      exclude: [],
    })
    expect(byTestId('bulk-will-change')?.textContent).toContain('5 domains will change')
  })

  it('does not offer a retry for failures a retry cannot fix', async () => {
    await mountDialog('autoRenewOff', { failing: new Set([1]), code: 'Validation' })
    await click(byTestId('bulk-confirm'))
    await vi.waitFor(() => expect(byTestId('bulk-results')).not.toBeNull())
    expect(byTestId('bulk-retry')).toBeNull()
    expect(byTestId('bulk-not-retryable')?.textContent).toContain(
      '1 failure needs something other than a retry',
    )
  })

  it('checks 2–4 nameservers as they are typed, in the words of the domain page', async () => {
    const { fake } = await mountDialog('nameservers')
    const field = (i: number) => document.querySelector<HTMLInputElement>(`#bulk-ns-${i}`)!
    const message = () => document.querySelector('#bulk-ns-message')?.textContent?.trim()
    expect(document.querySelector('label[for="bulk-ns-0"]')?.textContent).toContain('Nameserver 1')
    // The selection shares one list, which is where the form starts.
    expect([field(0).value, field(1).value]).toEqual(['ns1.vps.org', 'ns2.vps.org'])
    field(1).value = 'bad_host.example'
    field(1).dispatchEvent(new Event('input'))
    await flushPromises()
    // Before any preview is asked for.
    expect(message()).toBe('Nameserver 2: "bad_host" may contain only letters, digits and hyphens.')
    expect(field(1).getAttribute('aria-invalid')).toBe('true')
    expect(field(1).getAttribute('aria-describedby')).toBe('bulk-ns-message')
    expect(field(0).getAttribute('aria-invalid')).toBe('false')
    await click(byTestId('bulk-preview-button'))
    expect(callsOf(fake, 'bulk.preview')).toEqual([])

    field(1).value = 'NS2.Nshost.net'
    field(1).dispatchEvent(new Event('input'))
    await click(byTestId('bulk-preview-button'))
    expect(previewRows()[0]).toEqual([
      'd0000.com',
      'ns1.vps.org, ns2.vps.org',
      'ns1.vps.org, ns2.nshost.net',
    ])
    expect(previewRows()).toHaveLength(6)
    expect(callsOf(fake, 'domain.update')).toEqual([])
  })

  it('flags every bad nameserver field at once, each with its reason', async () => {
    await mountDialog('nameservers')
    const field = (i: number) => document.querySelector<HTMLInputElement>(`#bulk-ns-${i}`)!
    for (const [i, value] of ['bad_one.nshost.com', 'ns2.test'].entries()) {
      field(i).value = value
      field(i).dispatchEvent(new Event('input'))
      await flushPromises()
    }
    const lines = [...document.querySelectorAll('#bulk-ns-message p')].map((p) => p.textContent)
    expect(lines).toEqual([
      'Nameserver 1: "bad_one" may contain only letters, digits and hyphens.',
      'Nameserver 2: "ns2.test" is under .test, a name reserved for examples and tests; it never answers on the internet.',
    ])
    expect([field(0), field(1)].map((f) => f.getAttribute('aria-invalid'))).toEqual([
      'true',
      'true',
    ])
  })

  it('adds up to four nameserver fields and removes down to two', async () => {
    await mountDialog('nameservers')
    const fields = () => document.querySelectorAll('input[id^="bulk-ns-"]').length
    const add = () =>
      [...dialog().querySelectorAll('button')].find((b) => /Add a/.test(b.textContent!))
    await click(add()!)
    await click(add()!)
    expect(fields()).toBe(4)
    expect(add()?.disabled).toBe(true)
    await click(dialog().querySelector('[aria-label="Remove nameserver 3"]'))
    await click(dialog().querySelector('[aria-label="Remove nameserver 3"]'))
    expect(fields()).toBe(2)
    const removes = dialog().querySelectorAll<HTMLButtonElement>(
      '[aria-label^="Remove nameserver"]',
    )
    expect([...removes].map((b) => b.disabled)).toEqual([true, true])
  })

  it('offers only Close when every selected domain already has the setting', async () => {
    await mountDialog('privacyOn')
    expect(dialog().textContent).toContain('0 domains will change')
    expect(byTestId('bulk-confirm')).toBeNull()
    expect([...dialog().querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain(
      'Close',
    )
  })

  it('cannot be confirmed offline, and says why', async () => {
    await mountDialog('autoRenewOn', { connectivity: 'offline' })
    expect(byTestId('bulk-confirm')?.hasAttribute('disabled')).toBe(true)
    expect(dialog().textContent).toContain('Unavailable offline')
  })

  it('closes by clearing the action', async () => {
    const { onUpdate } = await mountDialog('unlock')
    const cancel = [...dialog().querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Cancel',
    )
    await click(cancel!)
    expect(onUpdate).toHaveBeenLastCalledWith(null)
  })

  it('after a nameserver change, checks the changed domains at DNS resolvers and sums up', async () => {
    const { fake } = await mountDialog('nameservers', {
      failing: new Set([5]),
      handlers: {
        'dns.check': async (_a: string, ids: number[]) =>
          ids.map((id) => ({
            domainId: id,
            domain: `d${id}.com`,
            expected: ['ns1.other-dns.net', 'ns2.other-dns.net'],
            state: id === 1 ? 'propagated' : 'not-yet',
            resolvers: [],
            checkedAt: '2026-12-06T11:00:00.000Z',
          })),
      },
    })
    const field = (i: number) => document.querySelector<HTMLInputElement>(`#bulk-ns-${i}`)!
    for (const [i, value] of ['ns1.other-dns.net', 'ns2.other-dns.net'].entries()) {
      field(i).value = value
      field(i).dispatchEvent(new Event('input'))
    }
    await click(byTestId('bulk-preview-button'))
    await click(byTestId('bulk-confirm'))
    await vi.waitFor(() => expect(byTestId('bulk-results')).not.toBeNull())
    expect(byTestId('bulk-dns-check')?.textContent).toContain('Check DNS for the 5 changed domains')
    await click(byTestId('bulk-dns-check'))
    // Only the domains that changed are checked; the failed one is not.
    expect(callsOf(fake, 'dns.check').map(([, ids]) => ids)).toEqual([[1, 2, 3, 4, 6]])
    expect(byTestId('bulk-dns-summary')?.textContent).toBe('1 propagated · 4 not yet')
    expect(resultRows()[0]).toEqual(['d0000.com', 'Changed · DNS delegation: Propagated'])
  })

  it('offers no DNS check after a change that is not to nameservers', async () => {
    await mountDialog('lock')
    await click(byTestId('bulk-confirm'))
    await vi.waitFor(() => expect(byTestId('bulk-results')).not.toBeNull())
    expect(byTestId('bulk-dns-check')).toBeNull()
  })
})
