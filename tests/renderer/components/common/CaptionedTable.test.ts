import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CaptionedTable from '@/components/common/CaptionedTable.vue'

// No plugins: the table needs none, and the app's take seconds to load on a busy machine.
const mountTable = (attrs: Record<string, unknown> = {}) =>
  mount(CaptionedTable, {
    props: { captionId: 'fees-caption', caption: 'Fees by month', testid: 'fees' },
    attrs,
    slots: {
      default: '<tbody><tr><th scope="row">March</th><td>$5.00</td></tr></tbody>',
      after: '<p class="note">Two months over budget.</p>',
    },
  })

describe('CaptionedTable', () => {
  it('is a focusable region named by the table’s caption', () => {
    const wrapper = mountTable()
    const region = wrapper.get('[role="region"]')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.attributes('aria-labelledby')).toBe('fees-caption')
    expect(region.get('caption#fees-caption').text()).toBe('Fees by month')
  })

  it('puts the rows in the table and the `after` line under it, inside the region', () => {
    const wrapper = mountTable()
    const table = wrapper.get('[data-testid="fees"]')
    expect(table.element.tagName).toBe('TABLE')
    expect(table.get('tbody th').text()).toBe('March')
    const note = wrapper.get('[role="region"] > p.note')
    expect(note.element.previousElementSibling).toBe(table.element)
  })

  it('gives attributes such as aria-busy to the region, not the table', () => {
    const wrapper = mountTable({ 'aria-busy': 'true', class: 'extra' })
    const region = wrapper.get('[role="region"]')
    expect(region.attributes('aria-busy')).toBe('true')
    expect(region.classes()).toContain('extra')
    expect(wrapper.get('table').attributes('aria-busy')).toBeUndefined()
  })
})
