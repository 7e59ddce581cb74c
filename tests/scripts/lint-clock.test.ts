/**
 * The rule in eslint.config.js that makes services/ and core/ read the time from the injected
 * Clock: reading the wall clock there fails lint; dates built from a value, durations measured
 * with performance.now() and code outside those folders pass.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

const FILES = [
  'electron/main/services/x.ts',
  'electron/main/core/vps-api/x.ts',
  'electron/main/core/db/x-repo.ts',
]

describe('time comes from the Clock', () => {
  it.each(FILES)('%s may not read the wall clock', async (file) => {
    for (const code of [
      'const at = new Date().toISOString()',
      'const ms = Date.now()',
      'const read = Date.now',
    ])
      expect(await messages(file, code), code).toEqual([expect.stringMatching(/injected Clock/)])
  })

  it.each(FILES)('%s may build dates from values and measure durations', async (file) => {
    for (const code of [
      'const at = clock.now().toISOString()',
      'const d = new Date(0)',
      "const ms = Date.parse('2026-12-06')",
      'const took = performance.now() - started',
    ])
      expect(await messages(file, code), code).toEqual([])
  })

  it('keeps the SQL rule in services/ alongside it', async () => {
    expect(await messages('electron/main/services/x.ts', 'cache.db.exec(sql, new Date())')).toEqual(
      [expect.stringMatching(/SQL lives/), expect.stringMatching(/injected Clock/)],
    )
  })

  it('leaves the shell, which is no service, alone', async () => {
    expect(await messages('electron/main/shell/x.ts', 'const ms = Date.now()')).toEqual([])
  })
})
