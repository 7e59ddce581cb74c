import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import FormDialog from '@/components/common/FormDialog.vue'
import { mountApp } from '../../support/app'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A parent holding `visible`, with one field in the slot. */
async function mountDialog(busy = false) {
  const visible = ref(true)
  const submits = ref(0)
  const Host = defineComponent({
    setup: () => () =>
      h(
        FormDialog,
        {
          visible: visible.value,
          'onUpdate:visible': (v: boolean) => (visible.value = v),
          title: 'Rename the account',
          submitLabel: 'Save',
          busy,
          'data-testid': 'the-form',
          onSubmit: () => submits.value++,
        },
        () => h('div', { class: 'dialog-field' }, [h('input', { id: 'the-field' })]),
      ),
  })
  await mountApp(Host)
  await flushPromises()
  return { visible, submits }
}

const form = () => document.querySelector<HTMLFormElement>('[data-testid="the-form"]')
const button = (label: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('form button')].find((b) =>
    b.textContent?.includes(label),
  )!

describe('FormDialog', () => {
  it('shows its title and the slotted fields inside the form that carries the test id', async () => {
    await mountDialog()
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain('Rename the account')
    expect(form()!.tagName).toBe('FORM')
    expect(form()!.querySelector('#the-field')).not.toBeNull()
    expect(document.querySelectorAll('[data-testid="the-form"]')).toHaveLength(1)
  })

  it('emits submit when the form is submitted, without reloading the page', async () => {
    const { submits } = await mountDialog()
    const event = new Event('submit', { cancelable: true })
    form()!.dispatchEvent(event)
    expect(submits.value).toBe(1)
    expect(event.defaultPrevented).toBe(true)
  })

  it('closes on Cancel', async () => {
    const { visible, submits } = await mountDialog()
    button('Cancel').click()
    await flushPromises()
    expect(visible.value).toBe(false)
    expect(submits.value).toBe(0)
    expect(form()).toBeNull()
  })

  it('cannot be submitted again while busy', async () => {
    await mountDialog(true)
    expect(button('Save').disabled).toBe(true)
  })
})
