import { describe, expect, it } from 'vitest'
import type { PriceRow } from '../../../../electron/shared/ipc/models'
import { startTestApp } from '../../../support/app'

const row = (tld: string, cents: number): PriceRow => ({
  tld,
  registerCents: cents,
  renewCents: cents,
  transferCents: cents,
})

describe('the price table', () => {
  it('replaces the whole table at once and answers with what it kept', async () => {
    const app = await startTestApp()
    const rows = [row('com', 1299), row('am', 2500)]
    const kept = await app.call('prices.set', rows)
    expect(kept).toEqual(expect.arrayContaining(rows))
    expect(kept).toHaveLength(2)
    expect(app.services.prices.list()).toEqual(kept)
    expect(await app.call('prices.get')).toEqual(kept)
  })

  it('refuses a TLD that appears twice, naming it, and keeps the table as it was', async () => {
    const app = await startTestApp()
    const before = app.services.prices.list()
    expect(() => app.services.prices.set([row('com', 1), row('com', 2)])).toThrow(
      '.com appears twice in the price table.',
    )
    expect(app.services.prices.list()).toEqual(before)
  })
})
