import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { bootstrap } from '@/bootstrap'
import { installFakeBridge } from './support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
  window.location.hash = ''
})

describe('bootstrap', () => {
  it("asks for the accounts at once, and for the portfolio's first page before the shell renders", async () => {
    const shellWhenAsked: number[] = []
    const { calls } = installFakeBridge({
      'accounts.list': async () => [
        { id: 'a1', label: 'Main', isDemo: false, hasToken: true, domainCount: 0 },
      ],
      'portfolio.list': async () => {
        shellWhenAsked.push(document.querySelector('#app')!.childElementCount)
        return { rows: [], total: 0, offset: 0, syncedAt: null }
      },
    })
    document.body.innerHTML = '<div id="app"></div>'
    window.location.hash = '#/portfolio'
    const started = bootstrap()
    // Before the language has loaded, the accounts are on their way.
    expect(calls.map(([channel]) => channel)).toContain('accounts.list')
    await started
    await flushPromises()
    // One request for the accounts (the router's guard shares it) and the first page asked for
    // while #app was still empty.
    expect(calls.filter(([channel]) => channel === 'accounts.list')).toHaveLength(1)
    expect(shellWhenAsked[0]).toBe(0)
    expect(document.querySelector('#app')!.childElementCount).toBeGreaterThan(0)
  })
})
