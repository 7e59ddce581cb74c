import { flushPromises } from '@vue/test-utils'
import { useConfirm } from 'primevue/useconfirm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import ConfirmHost from '@/components/shell/ConfirmHost.vue'
import { mountApp } from '../../support/app'
import { clearConfirmationBus } from '../../support/confirmation-bus'

afterEach(() => {
  clearConfirmationBus()
  document.body.innerHTML = ''
})

/** The app's confirmation host, and the service a page asks through. */
async function setup() {
  let confirm!: ReturnType<typeof useConfirm>
  const Host = defineComponent({
    setup() {
      confirm = useConfirm()
      return () => h(ConfirmHost)
    },
  })
  await mountApp(Host)
  return { confirm: () => confirm }
}

const dialog = () => document.querySelector('.p-confirmdialog')
const shown = async () => {
  await vi.waitFor(() => expect(dialog()).not.toBeNull())
  await flushPromises()
  return dialog()!
}

describe('ConfirmHost', () => {
  it('loads the dialog at the first question and asks that very question', async () => {
    const { confirm } = await setup()
    expect(dialog()).toBeNull()
    const accept = vi.fn()
    confirm().require({ message: 'Delete the view “Expiring”?', header: 'Delete view', accept })
    const first = await shown()
    expect(first.textContent).toContain('Delete the view “Expiring”?')
    first.querySelector<HTMLButtonElement>('.p-confirmdialog-accept-button')!.click()
    await flushPromises()
    expect(accept).toHaveBeenCalledTimes(1)

    // Later questions go straight to the dialog, once each.
    await vi.waitFor(() => expect(dialog()).toBeNull())
    const reject = vi.fn()
    confirm().require({ message: 'Remove the account?', header: 'Remove', accept, reject })
    const second = await shown()
    expect(second.textContent).toContain('Remove the account?')
    second.querySelector<HTMLButtonElement>('.p-confirmdialog-reject-button')!.click()
    await flushPromises()
    expect(reject).toHaveBeenCalledTimes(1)
    expect(accept).toHaveBeenCalledTimes(1)
  })

  it('asks nothing when the question was withdrawn before the dialog came', async () => {
    const { confirm } = await setup()
    confirm().require({ message: 'Withdrawn?', header: 'Withdrawn', accept: vi.fn() })
    confirm().close()
    await new Promise((resolve) => setTimeout(resolve, 200))
    await flushPromises()
    expect(dialog()).toBeNull()
  })
})
