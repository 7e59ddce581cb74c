import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import AppDialog from '@/components/common/AppDialog'
import { mountApp } from '../../support/app'

afterEach(() => {
  document.body.innerHTML = ''
})

/** An open modal with two fields, the first marked `autofocus`, and a button outside it. */
async function mountDialog() {
  const Host = defineComponent({
    setup: () => () => [
      h('button', { id: 'outside' }, 'Open'),
      h(AppDialog, { visible: true, modal: true, header: 'Set nameservers' }, () => [
        h('input', { id: 'first', autofocus: true }),
        h('input', { id: 'second' }),
      ]),
    ],
  })
  const { wrapper } = await mountApp(Host)
  await flushPromises()
  // The test renderer skips transitions: end the opening animation as the browser would.
  const endOpening = () =>
    (wrapper.findComponent(AppDialog).vm as unknown as { onAfterEnter(): void }).onAfterEnter()
  return { endOpening }
}

const byId = (id: string) => document.getElementById(id)!

describe('AppDialog', () => {
  it('leaves the focus on the field the user moved to before the opening animation ended', async () => {
    const { endOpening } = await mountDialog()
    byId('second').focus()
    endOpening()
    expect(document.activeElement).toBe(byId('second'))
  })

  it('brings the focus into the dialog when the animation ends with it outside', async () => {
    const { endOpening } = await mountDialog()
    byId('outside').focus()
    endOpening()
    expect(document.activeElement).toBe(byId('first'))
  })
})
