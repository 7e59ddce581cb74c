import { flushPromises } from '@vue/test-utils'
import Toast from 'primevue/toast'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { AccountView } from '@shared/ipc/models'
import { useAccountDialog } from '@/composables/useAccountDialog'
import { mountApp } from '../support/app'

const ACCOUNT = {
  id: 'acc-1',
  label: 'Work',
  baseUrl: 'https://api.vps.org/api/v1',
} as AccountView

afterEach(() => {
  document.body.innerHTML = ''
})

/** The composable inside a component, where useToast and useI18n work. */
async function setup(field: 'label' | 'token' = 'token') {
  let dialog!: ReturnType<typeof useAccountDialog>
  const Host = defineComponent({
    setup() {
      dialog = useAccountDialog(field)
      return () => h(Toast)
    },
  })
  await mountApp(Host)
  /** The toasts on screen, by their summary. */
  const toasts = async () => {
    await flushPromises()
    return [...document.querySelectorAll('.p-toast-summary')].map((e) => e.textContent)
  }
  return { dialog, toasts }
}

describe('useAccountDialog', () => {
  it('stops at a local problem without calling main, showing it at the field', async () => {
    const { dialog } = await setup()
    const action = vi.fn(async () => {})
    expect(await dialog.submit(ACCOUNT, 'Paste a token.', action, 'done')).toBe(false)
    expect(action).not.toHaveBeenCalled()
    expect(dialog.fieldError.value).toBe('Paste a token.')
    expect(dialog.failure.value).toBeNull()
  })

  it('announces a success with a toast and clears the last failure', async () => {
    const { dialog, toasts } = await setup()
    dialog.failure.value = { summary: 'old', fields: {} }
    expect(await dialog.submit(ACCOUNT, null, async () => {}, 'Token saved.')).toBe(true)
    expect(dialog.failure.value).toBeNull()
    expect(await toasts()).toEqual(['Token saved.'])
    expect(dialog.busy.value).toBe(false)
  })

  it("describes main's refusal and marks the dialog's field when main names argument 1", async () => {
    const { dialog, toasts } = await setup('label')
    const refusal = { code: 'InvalidArgument', message: 'Bad.', fields: { '1': ['Too long.'] } }
    const ok = await dialog.submit(ACCOUNT, null, () => Promise.reject(refusal), 'done')
    expect(ok).toBe(false)
    expect(dialog.fieldError.value).toBe("This label can't be used.")
    expect(dialog.failure.value?.fields).toEqual({ label: "This label can't be used." })
    expect(await toasts()).toEqual([])
    expect(dialog.busy.value).toBe(false)
  })

  it('names the account’s address when VPS.org cannot be reached', async () => {
    const { dialog } = await setup()
    await dialog.submit(ACCOUNT, null, () => Promise.reject({ code: 'Network', message: 'x' }), '')
    expect(dialog.failure.value?.summary).toContain('https://api.vps.org/api/v1')
    expect(dialog.fieldError.value).toBeNull()
  })

  it('runs one try at a time', async () => {
    const { dialog } = await setup()
    let finish!: () => void
    const slow = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const first = dialog.submit(ACCOUNT, null, slow, 'done')
    expect(dialog.busy.value).toBe(true)
    expect(await dialog.submit(ACCOUNT, null, slow, 'done')).toBe(false)
    finish()
    expect(await first).toBe(true)
    expect(slow).toHaveBeenCalledTimes(1)
  })

  it('reset clears the failure and the field message for a fresh opening', async () => {
    const { dialog } = await setup()
    await dialog.submit(ACCOUNT, 'Paste a token.', async () => {}, 'done')
    dialog.reset()
    expect(dialog.fieldError.value).toBeNull()
    expect(dialog.failure.value).toBeNull()
  })
})
