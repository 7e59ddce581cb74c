/**
 * The built renderer and the real main-process handlers, in a real Chromium, through the web
 * preview (`npm run web -- --demo`): the page gets `window.domainDesk`, the price table comes
 * from the main process's cache, the demo account's portfolio answers, and no token reaches it.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreview, type RunningPreview } from '../../../electron/web-preview/preview'
import { memoryKeytar } from '../../support/memory-keytar'
import { launchChromium } from '../../support/chromium'
import { createTokenVault } from '../../../electron/main/core/vault/index'
import type { DomainDeskApi } from '../../../electron/shared/ipc/bridge'

/** The page's global, typed (this file is compiled without the DOM library). */
type PageGlobal = { domainDesk?: DomainDeskApi }

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/', import.meta.url))
let preview: RunningPreview
let browser: Browser

beforeAll(async () => {
  preview = await startPreview({
    port: 0,
    demo: true,
    vault: createTokenVault({ backend: memoryKeytar(), service: 'preview-test' }),
    services: { refreshIntervalMs: 0, demo: { clockSpeed: 600, domains: 40 } },
  })
  await preview.services.sync.idle()
  browser = await launchChromium()
  mkdirSync(SCREENSHOTS, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await preview?.close()
})

describe('web preview in Chromium', () => {
  it('runs the built renderer against the real handlers', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(`${preview.url}#/costs`)
    await expect.poll(() => page.getByTestId('status-bar').textContent()).toMatch(/40 domains/)
    await page.getByRole('table').first().waitFor()
    expect(await page.getByRole('rowheader', { name: '.io' }).count()).toBeGreaterThan(0)
    await page.screenshot({ path: `${SCREENSHOTS}web-preview-pricing.png`, fullPage: true })
    expect(errors).toEqual([])
  })

  it("sends a call in the caller's own task once connected, as the preload's invoke does", async () => {
    const page = await browser.newPage()
    await page.goto(preview.url)
    await page.waitForFunction(() => (globalThis as PageGlobal).domainDesk !== undefined)
    await page.evaluate(() => (globalThis as PageGlobal).domainDesk!.accounts.list())
    const sentAtOnce = await page.evaluate(() => {
      const socket = (globalThis as unknown as { WebSocket: { prototype: { send: unknown } } })
        .WebSocket.prototype
      const send = socket.send as (this: unknown, data: unknown) => void
      let sent = false
      socket.send = function (this: unknown, data: unknown) {
        sent = true
        return send.call(this, data)
      }
      void (globalThis as PageGlobal).domainDesk!.accounts.list()
      // Read before any microtask ran: a render flush queued earlier would run first otherwise.
      return sent
    })
    expect(sentAtOnce).toBe(true)
  })

  it('gives the page the contract bridge and nothing else', async () => {
    const page = await browser.newPage()
    await page.goto(preview.url)
    await page.waitForFunction(() => (globalThis as PageGlobal).domainDesk !== undefined)
    const result = await page.evaluate(async () => {
      const api = (globalThis as PageGlobal).domainDesk!
      const accounts = await api.accounts.list()
      if (!accounts.ok) throw new Error(accounts.error.message)
      const id = accounts.data[0]!.id
      const portfolio = await api.portfolio.list(id, {
        limit: 5,
        sort: { by: 'expires', dir: 'asc' },
      })
      const bad = await api.domain.get(id, -1 as number)
      return {
        accounts: accounts.data,
        total: portfolio.ok ? portfolio.data.total : -1,
        bad,
        node: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        frozen: Object.isFrozen(api) && Object.isFrozen(api.accounts),
      }
    })
    expect(result.accounts).toEqual([
      expect.objectContaining({ isDemo: true, label: 'Demo portfolio' }),
    ])
    expect(result.total).toBe(40)
    expect(result.bad).toMatchObject({ ok: false, error: { code: 'InvalidArgument' } })
    expect(result).toMatchObject({ node: 'undefined', process: 'undefined', frozen: true })
    const sandbox = await preview.services.demo.ensure()
    expect(await page.content()).not.toContain(sandbox.token)
    expect(JSON.stringify(result)).not.toContain(sandbox.token)
  })

  it('refuses a page opened without the key', async () => {
    const page = await browser.newPage()
    const response = await page.goto(preview.origin)
    expect(response?.status()).toBe(403)
  })
})
