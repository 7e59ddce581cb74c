/**
 * Claims the README makes that the code decides: the sandbox's options, where the connect form
 * keeps the base URL, what the web preview's `--data` keeps, and no internal IPC call names (a
 * reader cannot call them).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { USAGE } from '../../electron/sandbox/cli'
import { channels, events } from '../../electron/shared/ipc/contract'
import en from '../../renderer/src/i18n/en/welcome.json'
import { REPO_ROOT } from '../support/fresh-project'

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

/** The text of the README's section under `heading` (to the next heading of any level). */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`)
  expect(start, `README section "${heading}"`).toBeGreaterThan(-1)
  const rest = readme.slice(start + heading.length + 5)
  const end = rest.search(/\n#{2,3} /)
  return end === -1 ? rest : rest.slice(0, end)
}

describe('README', () => {
  it('lists every option of the sandbox command', () => {
    const options = [...USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)]
      .map((m) => m[1]!)
      .filter((o) => o !== '--help')
    expect(options.length).toBeGreaterThan(5)
    const text = section('Trying it without a real account: the sandbox registrar')
    for (const option of options) expect(text, option).toContain(option)
  })

  it('says the base URL is under the connect form’s "Advanced"', () => {
    const text = section('Connecting to VPS.org')
    expect(text).toContain('Base URL')
    expect(text).toContain(`**${en.connect.advanced}**`)
  })

  it('says that the web preview’s --data keeps accounts between runs, and where tokens go', () => {
    const text = section('The web preview (development only)')
    expect(text).toMatch(/--data DIR[^.]*keeps[^.]*accounts[^.]*between runs/s)
    expect(text).toContain('Domain Desk (web preview)')
  })

  it('names no internal call of the main process', () => {
    for (const name of [...Object.keys(channels), ...Object.keys(events)]) {
      expect(readme, name).not.toContain(`\`${name}\``)
    }
  })
})
