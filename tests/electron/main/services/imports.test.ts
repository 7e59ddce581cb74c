import { describe, expect, it } from 'vitest'
import { ANNOTATION_LIMITS } from '../../../../electron/shared/validation/annotations'
import { startTestApp } from '../../../support/app'

describe('imports', () => {
  it('imports tags and notes by domain name, with a preview and a report of unmatched rows', async () => {
    const app = await startTestApp({ sandbox: { domains: 10 } })
    const csv =
      '\uFEFFDomain,Tags,Note\r\nEXAMPLE.COM,"a; b",hello\r\nmyapp.io,,\r\nnot-mine.com,x,y\r\nbad_name.com,x,y\r\n'
    const preview = await app.call('imports.annotationsPreview', app.accountId, csv)
    expect(preview.columns).toEqual({ tags: true, note: true })
    expect(preview.matched.map((m: { name: string; tags: string[] }) => [m.name, m.tags])).toEqual([
      ['example.com', ['a', 'b']],
      ['myapp.io', []],
    ])
    expect(preview.unmatched).toEqual([
      { line: 4, value: 'not-mine.com', reason: 'Not in this account.', code: 'notInAccount' },
      {
        line: 5,
        value: 'bad_name.com',
        reason: expect.stringMatching(/letters, digits and hyphens/),
        code: 'badName',
      },
    ])
    expect((await app.call('domain.get', app.accountId, 101)).tags).toEqual([])
    expect(await app.call('imports.annotationsApply', app.accountId, csv)).toEqual({
      applied: 2,
      unmatched: 2,
    })
    expect(await app.call('domain.get', app.accountId, 101)).toMatchObject({
      tags: ['a', 'b'],
      note: 'hello',
    })
  })

  it('reads tags exported by the portfolio CSV back as the same tags (one rule for commas)', async () => {
    const app = await startTestApp({ sandbox: { domains: 5 } })
    await expect(app.call('domain.setTags', app.accountId, 101, ['a, b'])).rejects.toThrow()
    await app.call('domain.setTags', app.accountId, 101, ['client "x"', 'prod'])
    const exported = await app.call('exports.portfolio', app.accountId)
    await app.call('domain.setTags', app.accountId, 101, [])
    await app.call('imports.annotationsApply', app.accountId, exported.content)
    expect((await app.call('domain.get', app.accountId, 101)).tags).toEqual(['client "x"', 'prod'])
  })

  it('refuses rows beyond the IPC limits (tag length and count, note length) with their line numbers', async () => {
    const app = await startTestApp({ sandbox: { domains: 10 } })
    const manyTags = Array.from({ length: ANNOTATION_LIMITS.maxTags + 1 }, (_, i) => `t${i}`)
    const rows = [
      'domain,tags,note',
      'example.com,ok-tag,fine',
      `myapp.io,${'x'.repeat(ANNOTATION_LIMITS.maxTagLength + 1)},`,
      // A quoted note over two lines: the next row starts on line 6, not 5.
      'example.com,,"first line',
      'second line"',
      `example.com,"${manyTags.join(';')}",`,
      `myapp.io,,${'n'.repeat(ANNOTATION_LIMITS.maxNoteLength + 1)}`,
      'not-mine.com,x,y',
    ]
    const csv = rows.join('\r\n') + '\r\n'
    const preview = await app.call('imports.annotationsPreview', app.accountId, csv)
    expect(preview.matched.map((m: { line: number }) => m.line)).toEqual([2, 4])
    expect(
      preview.unmatched.map((u: { line: number; code?: string; limit?: number }) => [
        u.line,
        u.code,
        u.limit,
      ]),
    ).toEqual([
      [3, 'tagTooLong', ANNOTATION_LIMITS.maxTagLength],
      [6, 'tooManyTags', ANNOTATION_LIMITS.maxTags],
      [7, 'noteTooLong', ANNOTATION_LIMITS.maxNoteLength],
      [8, 'notInAccount', undefined],
    ])
    expect(preview.unmatched[0].reason).toMatch(/longer than 64 characters/)
    const before = await app.call('domain.get', app.accountId, 102)
    expect(await app.call('imports.annotationsApply', app.accountId, csv)).toEqual({
      applied: 2,
      unmatched: 4,
    })
    // A refused row changes nothing; the accepted ones are applied.
    expect((await app.call('domain.get', app.accountId, 102)).tags).toEqual(before.tags)
    expect((await app.call('domain.get', app.accountId, 101)).note).toBe('first line\nsecond line')
  })

  it('leaves a column alone when the file does not have it, and reports a missing domain column', async () => {
    const app = await startTestApp({ sandbox: { domains: 5 } })
    await app.call('domain.setNote', app.accountId, 101, 'keep me')
    await app.call('imports.annotationsApply', app.accountId, 'domain,tags\nexample.com,x\n')
    expect(await app.call('domain.get', app.accountId, 101)).toMatchObject({
      tags: ['x'],
      note: 'keep me',
    })
    const bad = await app.call(
      'imports.annotationsPreview',
      app.accountId,
      'name_of_thing,tags\nexample.com,x\n',
    )
    expect(bad.unmatched[0].reason).toMatch(/no "domain" column/)
  })
})
