import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { startE2E, type E2E } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
})
afterAll(() => e2e?.close())

describe('axe smoke', () => {
  it('runs axe under the app CSP and finds no serious or critical violations on the costs page', async () => {
    const { page, errors } = await e2e.open('#/costs')
    await page.getByRole('table').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })
})
