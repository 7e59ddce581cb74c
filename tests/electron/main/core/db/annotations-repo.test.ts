import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'

describe('AnnotationsRepo', () => {
  it("reads every tag of an account by tag, and no other account's", () => {
    const cache = Cache.open(':memory:')
    cache.annotations.setTags('a', 'one.com', ['work', 'client'])
    cache.annotations.setTags('a', 'two.com', ['archive'])
    cache.annotations.setTags('b', 'one.com', ['elsewhere'])
    expect(cache.annotations.allTags('a')).toEqual([
      { domainName: 'two.com', tag: 'archive' },
      { domainName: 'one.com', tag: 'client' },
      { domainName: 'one.com', tag: 'work' },
    ])
    expect(cache.annotations.allTags('c')).toEqual([])
  })

  it("reads every note of an account by domain name, and no other account's", () => {
    const cache = Cache.open(':memory:')
    cache.annotations.setNote('a', 'one.com', 'renew before launch', 'x')
    cache.annotations.setNote('a', 'two.com', 'Նշում', 'x')
    cache.annotations.setNote('b', 'one.com', 'not this one', 'x')
    expect(cache.annotations.allNotes('a')).toEqual(
      new Map([
        ['one.com', 'renew before launch'],
        ['two.com', 'Նշում'],
      ]),
    )
    expect(cache.annotations.allNotes('c').size).toBe(0)
  })
})
