import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import SecretInput from '@/components/common/SecretInput.vue'
import { mountApp } from '../../support/app'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A parent holding the v-model, as real callers do. */
function host(initial = 'tok-secret', extra: Record<string, unknown> = {}) {
  const value = ref(initial)
  const Host = defineComponent({
    setup: () => () =>
      h(SecretInput, {
        id: 'secret',
        showLabel: 'Show secret',
        modelValue: value.value,
        'onUpdate:modelValue': (v: string) => (value.value = v),
        'data-testid': 'secret-field',
        ...extra,
      }),
  })
  return { Host, value }
}

describe('SecretInput', () => {
  it('hides the value until the show button is pressed, then hides it again', async () => {
    const { Host } = host()
    const { wrapper } = await mountApp(Host)
    const input = wrapper.get('#secret')
    const toggle = wrapper.get('button[aria-label="Show secret"]')
    expect(input.attributes('type')).toBe('password')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(input.attributes('type')).toBe('text')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    await toggle.trigger('click')
    expect(input.attributes('type')).toBe('password')
  })

  it("writes what is typed into the parent's model", async () => {
    const { Host, value } = host('')
    const { wrapper } = await mountApp(Host)
    await wrapper.get('#secret').setValue('  pasted-code ')
    expect(value.value).toBe('  pasted-code ')
  })

  it('puts passed attributes on the input only, so a test id finds exactly one element', async () => {
    const { Host } = host()
    const { wrapper } = await mountApp(Host)
    const found = wrapper.findAll('[data-testid="secret-field"]')
    expect(found).toHaveLength(1)
    expect(found[0]!.element.tagName).toBe('INPUT')
  })

  it('marks the field invalid and described, and disables both controls when asked', async () => {
    const { Host } = host('x', { invalid: true, describedby: 'help err', disabled: true })
    const { wrapper } = await mountApp(Host)
    const input = wrapper.get('#secret')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('help err')
    expect(input.attributes('autocomplete')).toBe('off')
    expect(input.attributes('disabled')).toBeDefined()
    expect(wrapper.get('button').attributes('disabled')).toBeDefined()
  })
})
