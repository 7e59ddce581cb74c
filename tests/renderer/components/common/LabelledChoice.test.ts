import { mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { describe, expect, it } from 'vitest'
import LabelledChoice from '@/components/common/LabelledChoice.vue'

// PrimeVue only: the buttons need nothing else, and the app's plugins are slow to load.
const mountChoice = () =>
  mount(LabelledChoice<number>, {
    props: {
      modelValue: 12,
      labelId: 'window-label',
      label: 'Forecast window',
      options: [
        { value: 12, label: '12 months' },
        { value: 36, label: '36 months' },
      ],
    },
    attrs: { 'data-testid': 'window', class: 'extra' },
    global: { plugins: [PrimeVue] },
  })

describe('LabelledChoice', () => {
  it('names the buttons with a label only screen readers read', () => {
    const wrapper = mountChoice()
    expect(wrapper.get('#window-label').classes()).toContain('sr-only')
    expect(wrapper.get('#window-label').text()).toBe('Forecast window')
    const group = wrapper.get('[data-testid="window"]')
    expect(group.attributes('aria-labelledby')).toBe('window-label')
    expect(group.classes()).toContain('extra')
    expect(group.text()).toContain('36 months')
  })

  it('reports the option pressed as the new value', async () => {
    const wrapper = mountChoice()
    const later = wrapper.findAll('button').find((b) => b.text() === '36 months')!
    await later.trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([[36]])
  })
})
