/**
 * A full scenario through the real dispatcher and services with a file logger, then a search for
 * the token everywhere it must never be: IPC answers and events, the log file, the database and
 * its WAL, accounts.json, the sandbox state, and every error message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger, createMemoryLogger } from '../../../electron/main/services/logger'
import { startTestApp } from '../../support/app'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('the API token', () => {
  it('never appears in IPC answers, events, logs, the database, files or error messages', async () => {
    const token = 'tok_LEAKCHECK_9f8e7d6c5b4a'
    // A logger that scrubs nothing: what the services log must be clean by itself.
    const rawLogger = createMemoryLogger()
    const app = await startTestApp({
      connect: false,
      sandbox: { token, domains: 40, faults: 'reset=0.05,malformed=0.05' },
      services: {
        logger: rawLogger,
        client: { minRetryDelayMs: 1, maxRetryDelayMs: 5, logger: rawLogger },
      },
    })
    const logPath = join(app.dataDir, 'logs', 'main.log')
    const fileLogger = createFileLogger(logPath, () => [], { level: 'debug' })
    const seen: string[] = []
    app.services.bus.subscribe((event, payload) => seen.push(JSON.stringify({ event, payload })))
    const call = async (channel: string, ...args: unknown[]) => {
      const result = await app.dispatch(channel, args, { trusted: true })
      const text = JSON.stringify(result)
      fileLogger.debug('ipc', {
        channel,
        args:
          channel.startsWith('accounts.add') || channel === 'accounts.changeToken'
            ? '[form]'
            : args,
        result,
      })
      seen.push(text)
      return result as { ok: boolean; data?: any }
    }
    const added = await call('accounts.add', {
      label: 'Leak test',
      baseUrl: app.sandbox.baseUrl,
      token,
    })
    const id = added.data.id
    await app.services.sync.idle()
    await call('accounts.list')
    await call('sync.now', id)
    await call('portfolio.list', id, { limit: 1000 })
    await call('domain.refresh', id, 101)
    await call('domain.update', id, 101, { autoRenew: false })
    const intent = await call('register.prepare', id, {
      domainName: 'leak-free.com',
      years: 1,
      autoRenew: true,
      privacy: true,
    })
    await call('register.confirm', intent.data.id)
    await call('transfer.start', id, 102, { authCode: 'wrong', autoRenew: true })
    await call('accounts.changeToken', id, 'not-the-token')
    await call('accounts.add', {
      label: 'Bad',
      baseUrl: 'http://127.0.0.1:9/api/v1',
      token: `${token}-other`,
    })
    await call('domain.get', id, 123456)
    await app.sandbox.close()
    await call('sync.now', id)
    await call('domain.update', id, 101, { autoRenew: true })
    await call('sync.status', id)
    await call('app.info')
    await app.services.dispose()

    expect(seen.length).toBeGreaterThan(15)
    for (const text of seen) expect(text).not.toContain(token)
    expect(rawLogger.lines.length).toBeGreaterThan(10)
    for (const line of [...rawLogger.lines, ...app.logLines]) expect(line).not.toContain(token)
    const files = filesUnder(app.dataDir)
    expect(files.some((f) => f.endsWith('cache.db'))).toBe(true)
    for (const file of files) {
      expect(readFileSync(file).includes(Buffer.from(token)), file).toBe(false)
    }
    expect(readFileSync(logPath, 'utf8')).toContain('leak-free.com')
  })
})
