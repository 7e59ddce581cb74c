import { afterEach, describe, expect, it } from 'vitest'
import BulkResults from '@/components/portfolio/BulkResults.vue'
import type { BulkResult } from '@/stores/bulk'
import { mountApp } from '../../support/app'

afterEach(() => {
  document.body.innerHTML = ''
})

/** 600 results in the preview's order; every hundredth failed. */
const RESULTS: BulkResult[] = Array.from({ length: 600 }, (_, i) =>
  i % 100 === 99
    ? { id: i, name: `d${i}.com`, ok: false, message: `Refused ${i}.`, code: 'Validation' }
    : { id: i, name: `d${i}.com`, ok: true, message: 'Settings updated.' },
)

describe('BulkResults', () => {
  it('lists 500 results of a large change, the failures first, and counts the rest', async () => {
    const { wrapper } = await mountApp(BulkResults, {
      pinia: { initialState: { bulk: { results: RESULTS, plan: [] } } },
    })
    const names = wrapper.findAll('tbody th').map((th) => th.text())
    expect(names).toHaveLength(500)
    expect(names.slice(0, 7)).toEqual([
      'd99.com',
      'd199.com',
      'd299.com',
      'd399.com',
      'd499.com',
      'd599.com',
      'd0.com',
    ])
    expect(wrapper.get('tbody').text()).toContain('Refused 599.')
    expect(wrapper.get('[data-testid="bulk-results-more"]').text()).toBe('…and 100 more')
    expect(wrapper.text()).toContain('594 domains changed')
    expect(wrapper.text()).toContain('6 domains failed')
  })
})
