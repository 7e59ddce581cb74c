/**
 * The Electron stand-in itself, with a minimal main process (tests/e2e/fixtures/standin-app):
 * the preload runs before the page's scripts with only `electron` to require, invoke carries
 * values, errors and the frame's URL as Electron does, and quitting follows Electron's order,
 * a prevented `close` cancelling it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { startBuiltApp, type BuiltApp } from '../support/built-app'

const MAIN = fileURLToPath(new URL('./fixtures/standin-app/main.mjs', import.meta.url))
const userData = mkdtempSync(join(tmpdir(), 'domain-desk-standin-'))
let running: BuiltApp | undefined

afterEach(async () => {
  await running?.kill()
  running = undefined
})
afterAll(() => rmSync(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }))

/** The `event …` lines the fixture logged, without the prefix. */
const events = (app: BuiltApp) =>
  app
    .output()
    .split('\n')
    .filter((line) => line.startsWith('event '))
    .map((line) => line.slice('event '.length))

describe('the Electron stand-in', () => {
  it('runs the preload first, carries IPC like Electron and quits in Electron’s order', async () => {
    running = await startBuiltApp({ mainScript: MAIN, userData })
    const { page } = running
    await expect.poll(() => page.title()).toBe('page saw object')
    expect(await page.evaluate('window.fixture.otherModules')).toBe('refused')
    expect(await page.evaluate('window.fixture.echo({ n: 1, list: ["a"] })')).toEqual({
      value: { n: 1, list: ['a'] },
      url: 'app://domain-desk/index.html',
    })
    expect(
      await page.evaluate('window.fixture.fail().then(() => "resolved", (error) => error.message)'),
    ).toBe("Error invoking remote method 'fail': Error: refused on purpose")

    // The first quit is cancelled by the window's `close` handler; the second one goes through.
    running.send('quit')
    await expect.poll(() => events(running!)).toContain('close 1')
    expect(events(running)).toEqual(['ready true', 'before-quit', 'close 1'])
    expect(await running.quit()).toBe(0)
    expect(events(running)).toEqual([
      'ready true',
      'before-quit',
      'close 1',
      'before-quit',
      'close 2',
      'closed',
      'will-quit',
      'quit',
    ])
    running = undefined
  }, 120_000)
})
