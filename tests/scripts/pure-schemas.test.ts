import { describe, expect, it } from 'vitest'
import { markSchemasPure } from '../../scripts/pure-schemas'

const MODULE = `import { z } from 'zod'
// A comment with non-ASCII text — é, ü — before the code, so offsets are checked too.
export const KINDS = ['a', 'b'] as const
export const LIMIT = 5
const Base = z.object({ kind: z.enum(KINDS), n: z.number().int() })
export const Full = Base.extend({ note: z.string().max(LIMIT) }).refine((x) => x.note !== '')
export type Full = z.infer<typeof Full>
export function check(x: unknown): boolean {
  return Full.safeParse(x).success
}
`

describe('markSchemasPure', () => {
  it('wraps each call-initialised top-level const in a pure function, and nothing else', () => {
    const out = markSchemasPure(MODULE)!
    expect(out).toContain(
      'const Base = /* @__PURE__ */ (() => z.object({ kind: z.enum(KINDS), n: z.number().int() }))()',
    )
    expect(out).toContain(
      "export const Full = /* @__PURE__ */ (() => Base.extend({ note: z.string().max(LIMIT) }).refine((x) => x.note !== ''))()",
    )
    expect(out).toContain("export const KINDS = ['a', 'b'] as const")
    expect(out).toContain('export const LIMIT = 5\n')
    expect(out).toContain('  return Full.safeParse(x).success\n')
  })

  it('leaves a module that does not import zod untouched', () => {
    expect(markSchemasPure("export const A = compute()\nimport { compute } from './x'")).toBeNull()
  })

  it('builds the same schemas as before', async () => {
    const run = async (code: string) => {
      const js = code
        .replace(/^export type .*$/m, '')
        .replace(/ as const/g, '')
        .replace(/\(x: unknown\): boolean/, '(x)')
      const url = `data:text/javascript,${encodeURIComponent(js.replace("from 'zod'", `from '${import.meta.resolve('zod')}'`))}`
      return (await import(url)) as { check(x: unknown): boolean }
    }
    const before = await run(MODULE)
    const after = await run(markSchemasPure(MODULE)!)
    for (const value of [
      { kind: 'a', n: 1, note: 'ok' },
      { kind: 'c', n: 1, note: 'ok' },
      { kind: 'b', n: 1.5, note: 'x' },
      { kind: 'a', n: 1, note: '' },
    ]) {
      expect(after.check(value)).toBe(before.check(value))
    }
    expect(after.check({ kind: 'a', n: 1, note: 'ok' })).toBe(true)
  })
})
