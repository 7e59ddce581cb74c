/**
 * One Armenian word for each term, in the page's messages and in main's text modules alike:
 * "nameservers" is always "անունների սերվերներ" and "transfer lock" always
 * "փոխանցման արգելափակում" (never "անվանասերվեր" or "կողպում").
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT as ROOT } from '../support/fresh-project'

const HY = join(ROOT, 'renderer/src/i18n/hy')
const MAIN_TEXT = join(ROOT, 'electron/main/services')

/** Every Armenian text source with its name. */
const sources: Array<[string, string]> = [
  ...readdirSync(HY).map((f): [string, string] => [`hy/${f}`, readFileSync(join(HY, f), 'utf8')]),
  ...readdirSync(MAIN_TEXT)
    .filter((f) => f.endsWith('-text.ts'))
    .map((f): [string, string] => [f, readFileSync(join(MAIN_TEXT, f), 'utf8')]),
]

const TERMS = [
  { term: 'nameservers', used: /անունների սերվեր/i, variants: /անվանասերվեր|անվան սերվեր/i },
  { term: 'transfer lock', used: /փոխանցման արգելափակ/i, variants: /կողպ/i },
]

describe('Armenian terms', () => {
  it.each(TERMS)('says "$term" one way only', ({ used, variants }) => {
    expect(sources.some(([, text]) => used.test(text))).toBe(true)
    const found = sources.flatMap(([name, text]) =>
      text
        .split('\n')
        .filter((line) => variants.test(line))
        .map((line) => `${name}: ${line.trim()}`),
    )
    expect(found).toEqual([])
  })
})
