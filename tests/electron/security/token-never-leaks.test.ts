/**
 * A full scenario through the real dispatcher and services with a file logger, then a search for
 * the token and the EPP/auth codes everywhere they must never be: IPC answers and events, the log file, the database and
 * its WAL, accounts.json, the sandbox state, and every error message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOKEN_CARRYING_CHANNELS, type ChannelName } from '../../../electron/shared/ipc/contract'
import { createFileLogger, createMemoryLogger } from '../../../electron/main/services/logger'
import { startTestApp } from '../../support/app'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('the API token and EPP/auth codes', () => {
  it('never appear in IPC answers, events, logs, the database, files or error messages', async () => {
    const token = 'tok_LEAKCHECK_9f8e7d6c5b4a'
    const wrongCode = 'EPP-LEAKCHECK-4q7w'
    const codes: string[] = [wrongCode]
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
        // The contract's own list of channels whose arguments are never logged.
        args: TOKEN_CARRYING_CHANNELS.includes(channel as ChannelName) ? '[form]' : args,
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
    const intent = await call('registration.prepare', id, {
      domainName: 'leak-free.com',
      years: 1,
      autoRenew: true,
      privacy: true,
    })
    await call('registration.confirm', intent.data.id)
    await call('transfer.start', id, 102, { authCode: 'wrong', autoRenew: true })
    // EPP/auth codes are secrets too: a wrong one, one too long, one refused by the contract,
    // and the right one for every domain that can move here.
    const page = await call('portfolio.list', id, { limit: 1000 })
    const ids: number[] = page.data.rows.map((d: { id: number }) => d.id)
    const eligible: number[] = []
    for (const domainId of ids) {
      const check = await call('transfer.check', id, domainId)
      if (check.data?.eligible) eligible.push(domainId)
      else await call('transfer.start', id, domainId, { authCode: wrongCode, autoRenew: true })
    }
    expect(eligible.length).toBeGreaterThan(0)
    const [first] = eligible as [number]
    await call('transfer.start', id, first, { authCode: `${wrongCode}${'x'.repeat(300)}` })
    await call('transfer.start', id, first, { authCode: wrongCode, autoRenew: 'yes' })
    await call('transfer.start', id, first, { authCode: `${wrongCode}\u200b`, autoRenew: true })
    await app.dispatch('transfer.start', [id, first, { authCode: wrongCode, autoRenew: true }], {
      trusted: false,
      url: 'https://evil.example/',
    })
    for (const domainId of eligible) {
      await call('transfer.start', id, domainId, { authCode: wrongCode, autoRenew: true })
      const code = (await app.sandbox.control('GET', `/domains/${domainId}/auth-code`)).json
        .auth_code as string
      codes.push(code)
      await call('transfer.start', id, domainId, { authCode: code, autoRenew: true })
    }
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

    expect(codes.length).toBeGreaterThan(1)
    const secrets = [token, ...codes]
    expect(seen.length).toBeGreaterThan(15)
    for (const text of seen) for (const secret of secrets) expect(text).not.toContain(secret)
    expect(rawLogger.lines.length).toBeGreaterThan(10)
    for (const line of [...rawLogger.lines, ...app.logLines])
      for (const secret of secrets) expect(line).not.toContain(secret)
    const files = filesUnder(app.dataDir)
    expect(files.some((f) => f.endsWith('cache.db'))).toBe(true)
    for (const file of files) {
      for (const secret of secrets)
        expect(readFileSync(file).includes(Buffer.from(secret)), file).toBe(false)
    }
    expect(readFileSync(logPath, 'utf8')).toContain('leak-free.com')
  })
})
