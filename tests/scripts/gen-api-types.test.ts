import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { generatedPath, renderApiTypes } from '../../scripts/gen-api-types'

describe('gen-api-types', () => {
  it('has written schema.gen.ts from the current openapi.yaml (run `npm run gen:api` if this fails)', async () => {
    const committed = await readFile(generatedPath, 'utf8')
    expect(committed).toBe(await renderApiTypes())
  })

  it('renders the types of every documented schema', async () => {
    const text = await renderApiTypes()
    for (const name of [
      'Domain',
      'DomainDetail',
      'DomainList',
      'RegisterRequest',
      'RegisterResponse',
      'UpdateResponse',
      'TransferResponse',
    ]) {
      expect(text).toMatch(new RegExp(`\\b${name}: `))
    }
  })
})
