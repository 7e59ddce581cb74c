import { describe, expect, it } from 'vitest'
import { splitTags, TagSchema } from '../../../../electron/shared/validation/annotations'

describe('tags: one rule for commas', () => {
  it('splits on commas and semicolons, trims, drops empty pieces and repeats', () => {
    expect(splitTags(' client, prod;staging ,, prod; ')).toEqual(['client', 'prod', 'staging'])
    expect(splitTags('')).toEqual([])
  })

  it('never stores a tag holding a separator, which a CSV import would split', () => {
    expect(TagSchema.safeParse('client, prod').success).toBe(false)
    expect(TagSchema.safeParse('a;b').success).toBe(false)
    expect(TagSchema.safeParse('client "quoted"').success).toBe(true)
    // Every tag splitTags returns is one the schema accepts, and comes back the same.
    for (const tag of splitTags('a, b; c d')) expect(splitTags(tag)).toEqual([tag])
  })
  it('keeps tags in composed form, so a pasted decomposed accent is the same tag and found', () => {
    expect(splitTags('cafe\u0301, café')).toEqual(['café'])
    expect(TagSchema.parse(' Cafe\u0301 ')).toBe('Café')
  })
})
