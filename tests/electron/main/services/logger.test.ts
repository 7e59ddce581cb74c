import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createFileLogger,
  createMemoryLogger,
  formatLogLine,
} from '../../../../electron/main/services/logger'

describe('logger', () => {
  it('scrubs known secrets from messages, fields and errors, escaped or not', () => {
    const secret = 'tok"en\\with-quote'
    const line = formatLogLine(
      'warn',
      `failed with ${secret}`,
      { header: `Bearer ${secret}`, error: new Error(`boom ${secret}`) },
      [secret],
    )
    expect(line).not.toContain(JSON.stringify(secret).slice(1, -1))
    expect(line).not.toContain(secret)
    expect(line).toContain('[redacted]')
    expect(JSON.parse(line)).toMatchObject({ level: 'warn', fields: { error: { name: 'Error' } } })
  })

  it('writes JSON lines to its file, from the chosen level up', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dd-log-')), 'logs', 'main.log')
    const logger = createFileLogger(path, () => ['s3cret-token'], { level: 'info' })
    logger.debug('hidden')
    logger.info('kept', { token: 's3cret-token' })
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', message: 'kept', fields: { token: '[redacted]' } }),
    ])
  })

  it('keeps lines in memory for tests, scrubbed the same way', () => {
    const logger = createMemoryLogger(() => ['abcd1234'])
    logger.error('x abcd1234')
    expect(logger.lines[0]).toContain('x [redacted]')
  })
})
