/**
 * The app as the Linux package carries it: app.asar from the packaging build (see
 * tests/support/linux-package.ts), unpacked into a folder outside the repository, so the main
 * process can only load the dependencies that were packed with it. Started under Node with the
 * Electron stand-in as a packaged app: connect a sandbox account, quit, read the cache offline.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { extractAll } from '@electron/asar'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startBuiltApp, type BuiltApp } from '../support/built-app'
import { packLinuxDir, type LinuxPackage } from '../support/linux-package'
import { startTestSandbox } from '../support/sandbox'
import {
  connectSandboxAccount,
  domainNames,
  openPortfolioFromLanding,
  keychainAllowed,
  removeAllAccounts,
  requireKeychain,
} from './support/built-app-steps'

let packed: LinuxPackage | undefined
let appDir: string
let running: BuiltApp | undefined

// The package is the linux-x64 one, with that platform's native modules.
describe.runIf(keychainAllowed && process.platform === 'linux' && process.arch === 'x64')(
  'the packaged app under the Electron stand-in',
  () => {
    beforeAll(async () => {
      await requireKeychain()
      packed = await packLinuxDir()
      appDir = join(packed.work, 'app')
      // Unpacked entries (the native modules) are copied from app.asar.unpacked alongside.
      extractAll(packed.archive, appDir)
    }, 150_000)
    afterEach(async () => {
      await running?.kill()
      running = undefined
    })
    afterAll(() => {
      if (packed)
        rmSync(packed.work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    })

    it('runs from its own packed dependencies, online and then offline', async () => {
      const mainScript = join(appDir, 'out', 'main', 'index.js')
      const userData = join(packed!.work, 'user-data')
      const sandbox = await startTestSandbox({ domains: 8 })
      running = await startBuiltApp({ mainScript, userData, packaged: true })
      await connectSandboxAccount(running.page, sandbox)
      await expect
        .poll(() => domainNames(running!.page), { timeout: 30_000 })
        .toContain('example.com')
      const info = (await running.page.evaluate('window.domainDesk.app.info()')) as any
      expect(info.data.tokenStorage.storage).toBe('keychain')
      expect(await running.quit()).toBe(0)
      running = undefined
      await sandbox.close()

      running = await startBuiltApp({ mainScript, userData, packaged: true })
      await openPortfolioFromLanding(running.page)
      await expect
        .poll(() => domainNames(running!.page), { timeout: 30_000 })
        .toContain('example.com')
      await running.page.screenshot({
        path: 'test-results/built-app/packaged-offline-portfolio.png',
      })
      // Removing the account also deletes its token, so the keychain is left as it was.
      expect(await removeAllAccounts(running.page)).toBe(1)
      expect(await running.quit()).toBe(0)
      running = undefined
    }, 180_000)
  },
)
