/**
 * The rule in eslint.config.js that keeps SQL in electron/main/core/db/: each way of reaching the
 * database from elsewhere fails lint, the same code in core/db passes, and so do ordinary calls
 * and English text that happen to share a word with SQL.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function sqlMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-syntax' && /SQL lives/.test(m.message))
    .map((m) => m.message)
}

const SAMPLES: Array<[string, string]> = [
  ['a prepared statement', "cache.db.prepare('SELECT 1').get()"],
  ['a statement on a bare handle', "db.exec('VACUUM')"],
  ['a query helper', "import { scalar } from '../core/db/sqlite'\nscalar(cache.db, 'x')"],
  ['SQL in a string', "const q = 'SELECT value FROM app_settings WHERE key = ?'"],
  ['SQL in a template', 'const q = `DELETE FROM ${table} WHERE account_id = ?`'],
  ['an upsert', "const q = 'INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)'"],
  ['an update', 'const q = `UPDATE domains SET locked = 1`'],
]

describe('SQL stays in core/db', () => {
  it.each(SAMPLES)('a service may not run %s', async (_what, code) => {
    expect(await sqlMessages('electron/main/services/x.ts', code)).not.toEqual([])
  })

  it.each(SAMPLES)('the web preview may not run %s', async (_what, code) => {
    expect(await sqlMessages('electron/web-preview/x.ts', code)).not.toEqual([])
  })

  it.each(SAMPLES)('a repository in core/db may run %s', async (_what, code) => {
    expect(await sqlMessages('electron/main/core/db/x-repo.ts', code)).toEqual([])
  })

  it.each([
    ['a service method named prepare', 's.registration.prepare(id, request)'],
    ['a regex', 'const m = /^a(b)$/.exec(text)'],
    ['a repository call', "cache.settings.get('watch', parse)"],
    ['the errors sqlite.ts classifies', "import { isDiskFull } from '../core/db/sqlite'"],
    ['English text', "const t = 'Select a domain to update its settings'"],
  ])('a service may use %s', async (_what, code) => {
    expect(await sqlMessages('electron/main/services/x.ts', code)).toEqual([])
  })
})
