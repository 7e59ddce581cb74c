import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { useAccountsStore } from '@/stores/accounts'
import { useSettingsStore } from '@/stores/settings'
import SettingsView from '@/views/SettingsView.vue'
import {
  alertDialog,
  body,
  callsTo,
  clickConfirm,
  dialog,
  fakeMain,
  INFO,
  rowOf,
  submit,
  typeInto,
} from '../components/settings/fixtures'
import { mountApp } from '../support/app'

async function mountSettings() {
  const mounted = await mountApp(SettingsView, { path: '/settings' })
  await flushPromises()
  return mounted
}

describe('SettingsView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
    delete window.domainDesk
  })

  it('has one h1 and a heading per section', async () => {
    fakeMain()
    ;({ wrapper } = await mountSettings())
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Settings'])
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Accounts',
      'Appearance',
      'Notifications',
      'Background watch',
      'Updates',
      'DNS check',
      'About',
    ])
  })

  it('asks main for every account’s connection when it opens', async () => {
    const main = fakeMain()
    ;({ wrapper } = await mountSettings())
    expect(callsTo(main.calls, 'sync.status')).toEqual([['a'], ['d']])
  })

  it('lists each account with where its token is kept, connection, last sync and domains', async () => {
    fakeMain()
    ;({ wrapper } = await mountSettings())
    const table = wrapper.get('[data-testid="accounts-table"] table')
    expect(table.attributes('aria-label')).toBe('VPS.org accounts in Domain Desk')
    const company = rowOf(wrapper, 'Company').text()
    expect(company).toContain('https://admin.vps.org/api/v1')
    expect(company).toContain('Current')
    expect(company).toContain('Keychain')
    expect(company).toContain('Online')
    expect(company).toContain('Mar 1, 2025')
    expect(company).toContain('1,234')
    const demo = rowOf(wrapper, 'Demo portfolio').text()
    expect(demo).toContain('Demo')
    expect(demo).toContain('Built-in sandbox registrar')
    expect(demo).toContain('Memory only')
    expect(demo).toContain('Offline')
    expect(demo).toContain('Never')
  })

  it('renames through accounts.rename', async () => {
    const main = fakeMain()
    ;({ wrapper } = await mountSettings())
    await rowOf(wrapper, 'Company').get('[data-testid="rename"]').trigger('click')
    await typeInto(body().querySelector<HTMLInputElement>('#rename-label')!, 'Personal')
    await submit(body().querySelector('[data-testid="rename-form"]'))
    expect(callsTo(main.calls, 'accounts.rename')).toEqual([['a', 'Personal']])
    expect(rowOf(wrapper, 'Personal').exists()).toBe(true)
  })

  it('changes a token through accounts.changeToken', async () => {
    const main = fakeMain()
    ;({ wrapper } = await mountSettings())
    await rowOf(wrapper, 'Company').get('[data-testid="change-token"]').trigger('click')
    await typeInto(body().querySelector<HTMLInputElement>('#change-token')!, 'new-token')
    await submit(body().querySelector('[data-testid="token-form"]'))
    expect(callsTo(main.calls, 'accounts.changeToken')).toEqual([['a', 'new-token']])
    expect(dialog()).toBeNull()
  })

  it('removes through accounts.remove after confirmation', async () => {
    const main = fakeMain()
    ;({ wrapper } = await mountSettings())
    await rowOf(wrapper, 'Company').get('[data-testid="remove"]').trigger('click')
    await flushPromises()
    expect(alertDialog()?.textContent).toContain('Nothing changes at VPS.org')
    clickConfirm('Remove account')
    await flushPromises()
    expect(callsTo(main.calls, 'accounts.remove')).toEqual([['a']])
    expect(wrapper.text()).not.toContain('Company')
  })

  it('makes another account current', async () => {
    fakeMain()
    ;({ wrapper } = await mountSettings())
    await rowOf(wrapper, 'Demo portfolio').get('[data-testid="make-current"]').trigger('click')
    expect(useAccountsStore().current?.id).toBe('d')
    expect(rowOf(wrapper, 'Demo portfolio').text()).toContain('Current')
  })

  it('links to the welcome page to add another account', async () => {
    fakeMain()
    ;({ wrapper } = await mountSettings())
    expect(wrapper.get('[data-testid="add-account"]').attributes('href')).toBe('/welcome')
  })

  describe('appearance', () => {
    it('switches the theme at once and remembers it', async () => {
      fakeMain()
      ;({ wrapper } = await mountSettings())
      const settings = useSettingsStore()
      expect((wrapper.get('#theme-system').element as HTMLInputElement).checked).toBe(true)
      await wrapper.get('#theme-dark').setValue(true)
      expect(settings.themeChoice).toBe('dark')
      expect(settings.dark).toBe(true)
      await wrapper.get('#theme-light').setValue(true)
      expect(settings.dark).toBe(false)
      expect(localStorage.getItem('domainDesk.theme')).toBe('light')
    })

    it('switches the language at once, each language named in itself', async () => {
      fakeMain()
      ;({ wrapper } = await mountSettings())
      const settings = useSettingsStore()
      expect(wrapper.get('label[for="language-hy"]').text()).toBe('Հայերեն')
      expect(wrapper.get('label[for="language-hy"]').attributes('lang')).toBe('hy')
      await wrapper.get('#language-hy').setValue(true)
      expect(settings.localeChoice).toBe('hy')
      expect(settings.locale).toBe('hy')
      expect(localStorage.getItem('domainDesk.locale')).toBe('hy')
      await wrapper.get('#language-system').setValue(true)
      expect(settings.localeChoice).toBe('system')
    })

    it('groups each choice under a legend', async () => {
      fakeMain()
      ;({ wrapper } = await mountSettings())
      expect(wrapper.findAll('fieldset legend').map((l) => l.text())).toEqual(['Theme', 'Language'])
    })
  })

  describe('about', () => {
    it('shows the version and platform from app.info', async () => {
      fakeMain()
      ;({ wrapper } = await mountSettings())
      expect(wrapper.get('[data-testid="app-version"]').text()).toBe('0.1.0')
      expect(wrapper.text()).toContain('linux')
      expect(wrapper.find('[data-testid="cache-notice"]').exists()).toBe(false)
    })

    it('warns with the cache notice when main sets one', async () => {
      fakeMain({
        'app.info': async () => ({ ...INFO, cacheNotice: 'The cache was damaged and rebuilt.' }),
      })
      ;({ wrapper } = await mountSettings())
      const notice = wrapper.get('[data-testid="cache-notice"]')
      expect(notice.text()).toContain('The cache was damaged and rebuilt.')
      expect(notice.classes()).toContain('p-message-warn')
    })
  })
})
