import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { AccountView } from '@shared/ipc/models'
import AccountsSection from '@/components/settings/AccountsSection.vue'
import { useAccountsStore } from '@/stores/accounts'
import { mountApp } from '../../support/app'
import {
  alertDialog,
  body,
  callsTo,
  clickConfirm,
  COMPANY,
  DEMO,
  dialog,
  fakeMain,
  rowOf,
  submit,
  typeInto,
  type Handlers,
} from './fixtures'

async function mountSection(handlers: Handlers = {}, accounts: AccountView[] = [COMPANY, DEMO]) {
  const main = fakeMain(handlers, accounts)
  const mounted = await mountApp(AccountsSection, { path: '/settings' })
  await useAccountsStore().load()
  await flushPromises()
  return { main, ...mounted }
}

describe('AccountsSection', () => {
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

  it('names every action button after its account', async () => {
    ;({ wrapper } = await mountSection())
    const labels = rowOf(wrapper, 'Demo portfolio')
      .findAll('button')
      .map((b) => b.attributes('aria-label'))
    expect(labels).toEqual([
      'Make Demo portfolio the current account',
      'Rename Demo portfolio',
      'Remove Demo portfolio',
    ])
  })

  it('says when an account’s token is missing', async () => {
    ;({ wrapper } = await mountSection({}, [{ ...COMPANY, hasToken: false }]))
    expect(rowOf(wrapper, 'Company').text()).toContain('Token missing: enter it again.')
  })

  describe('rename', () => {
    it('opens a titled dialog with the current label and saves the trimmed new one', async () => {
      let main
      ;({ wrapper, main } = await mountSection())
      await rowOf(wrapper, 'Company').get('[data-testid="rename"]').trigger('click')
      expect(dialog()?.getAttribute('aria-labelledby')).toBeTruthy()
      expect(dialog()?.textContent).toContain('Rename account')
      const input = body().querySelector<HTMLInputElement>('#rename-label')!
      expect(input.value).toBe('Company')
      await typeInto(input, '  Personal  ')
      await submit(body().querySelector('[data-testid="rename-form"]'))
      expect(callsTo(main.calls, 'accounts.rename')).toEqual([['a', 'Personal']])
      expect(dialog()).toBeNull()
    })

    it('asks for a label instead of sending an empty one', async () => {
      let main
      ;({ wrapper, main } = await mountSection())
      await rowOf(wrapper, 'Company').get('[data-testid="rename"]').trigger('click')
      await typeInto(body().querySelector<HTMLInputElement>('#rename-label')!, '   ')
      await submit(body().querySelector('[data-testid="rename-form"]'))
      expect(callsTo(main.calls, 'accounts.rename')).toEqual([])
      expect(body().querySelector('#rename-label-error')?.textContent).toContain(
        'Give the account a name.',
      )
    })
  })

  describe('change token', () => {
    it('is not offered for the demo, which has no token', async () => {
      ;({ wrapper } = await mountSection())
      expect(rowOf(wrapper, 'Demo portfolio').find('[data-testid="change-token"]').exists()).toBe(
        false,
      )
    })

    it('explains that main checks the token first, in a password field', async () => {
      ;({ wrapper } = await mountSection())
      await rowOf(wrapper, 'Company').get('[data-testid="change-token"]').trigger('click')
      expect(dialog()?.textContent).toContain('Change API token')
      expect(dialog()?.textContent).toContain('checks it with VPS.org before saving')
      expect(body().querySelector<HTMLInputElement>('#change-token')!.type).toBe('password')
    })

    it("puts the focus on the token field, where the dialog's own focus step finds it", async () => {
      ;({ wrapper } = await mountSection())
      await rowOf(wrapper, 'Company').get('[data-testid="change-token"]').trigger('click')
      // PrimeVue's Dialog focuses its first [autofocus] element once it has opened, else its
      // close button: the field must be that element.
      expect(dialog()?.querySelector('[autofocus]')?.id).toBe('change-token')
    })

    it('keeps the dialog open with a clear message when VPS.org rejects the token', async () => {
      ;({ wrapper } = await mountSection({
        'accounts.changeToken': async () => {
          throw { code: 'Unauthorized', message: 'HTTP 401' }
        },
      }))
      await rowOf(wrapper, 'Company').get('[data-testid="change-token"]').trigger('click')
      const input = body().querySelector<HTMLInputElement>('#change-token')!
      await typeInto(input, 'wrong')
      await submit(body().querySelector('[data-testid="token-form"]'))
      const error = body().querySelector('[data-testid="token-error"]')
      expect(error?.getAttribute('role')).toBe('alert')
      expect(error?.textContent).toContain('VPS.org rejected this token')
      expect(input.value).toBe('')
      expect(dialog()).not.toBeNull()
    })
  })

  describe('remove', () => {
    it('asks first, saying what is deleted and that nothing changes at VPS.org', async () => {
      let main
      ;({ wrapper, main } = await mountSection())
      await rowOf(wrapper, 'Company').get('[data-testid="remove"]').trigger('click')
      await flushPromises()
      const text = alertDialog()?.textContent ?? ''
      expect(text).toContain('Remove Company?')
      expect(text).toContain('cached domain data and its keychain entry are deleted')
      expect(text).toContain('Nothing changes at VPS.org')
      expect(callsTo(main.calls, 'accounts.remove')).toEqual([])
    })

    it('does not mention a keychain entry for the demo', async () => {
      ;({ wrapper } = await mountSection())
      await rowOf(wrapper, 'Demo portfolio').get('[data-testid="remove"]').trigger('click')
      await flushPromises()
      expect(alertDialog()?.textContent).not.toContain('keychain')
    })

    it('does nothing when cancelled', async () => {
      let main
      ;({ wrapper, main } = await mountSection())
      await rowOf(wrapper, 'Company').get('[data-testid="remove"]').trigger('click')
      await flushPromises()
      clickConfirm('Cancel')
      await flushPromises()
      expect(callsTo(main.calls, 'accounts.remove')).toEqual([])
    })

    it('goes to the welcome page once the last account is removed', async () => {
      let router
      ;({ wrapper, router } = await mountSection({}, [COMPANY]))
      await rowOf(wrapper, 'Company').get('[data-testid="remove"]').trigger('click')
      await flushPromises()
      clickConfirm('Remove account')
      await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/welcome'))
    })
  })
})
