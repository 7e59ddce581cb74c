import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../../electron/main/core/vps-api/errors'
import {
  checkDomainId,
  prepareListQuery,
  prepareRegisterBody,
  prepareTransferBody,
  prepareUpdateBody,
} from '../../../../../electron/main/core/vps-api/request-checks'
import { rejectionOf } from './support/fixtures'

const TARGET = { method: 'POST', path: '/domains/' } as const

async function rejected(fn: () => unknown): Promise<ApiError> {
  const error = await rejectionOf(async () => fn())
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ code: 'InvalidInput', status: undefined, outcomeUnknown: false })
  return error as ApiError
}

describe('checkDomainId', () => {
  it('accepts positive safe integers', () => {
    expect(checkDomainId(101, TARGET)).toBe(101)
  })

  it.each([0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, '101', null])(
    'refuses %j',
    async (id) => {
      const error = await rejected(() => checkDomainId(id, TARGET))
      expect(error.fields?.id).toBeDefined()
    },
  )
})

describe('prepareRegisterBody', () => {
  it('sends the ASCII (punycode) name and only known keys', () => {
    const body = prepareRegisterBody(
      { domain_name: ' Bücher.example ', years: 2, auto_renew: false, admin: true },
      TARGET,
    )
    expect(body).toEqual({ domain_name: 'xn--bcher-kva.example', years: 2, auto_renew: false })
  })

  it('sends nameservers in ASCII form', () => {
    const body = prepareRegisterBody(
      { domain_name: 'example.com', nameservers: ['NS1.Nshost.net', 'ns.bücher.nshost.net'] },
      TARGET,
    )
    expect(body.nameservers).toEqual(['ns1.nshost.net', 'ns.xn--bcher-kva.nshost.net'])
  })

  it('collects every problem into fields, keyed like the server would', async () => {
    const error = await rejected(() =>
      prepareRegisterBody(
        {
          domain_name: 'not a domain',
          years: 11,
          privacy_protection: 'yes',
          nameservers: ['ns1.nshost.net', 'bad_ns'],
        },
        TARGET,
      ),
    )
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'domain_name',
      'nameservers[1]',
      'privacy_protection',
      'years',
    ])
    expect(error.message).toMatch(/^The registration was not sent:/)
  })

  it.each([0, 1.5, '2', 11])('refuses years = %j', async (years) => {
    const error = await rejected(() =>
      prepareRegisterBody({ domain_name: 'example.com', years }, TARGET),
    )
    expect(error.fields?.years).toBeDefined()
  })

  it('refuses too few nameservers and a subdomain', async () => {
    const few = await rejected(() =>
      prepareRegisterBody({ domain_name: 'example.com', nameservers: ['ns1.nshost.net'] }, TARGET),
    )
    expect(few.fields?.nameservers).toBeDefined()
    const sub = await rejected(() =>
      prepareRegisterBody({ domain_name: 'www.example.com' }, TARGET),
    )
    expect(sub.fields?.domain_name?.[0]).toMatch(/subdomain/)
  })
})

describe('prepareUpdateBody', () => {
  it('keeps only the keys given', () => {
    expect(prepareUpdateBody({ locked: false }, TARGET)).toEqual({ locked: false })
    expect(
      prepareUpdateBody(
        { auto_renew: true, nameservers: ['A.nshost.net', 'b.nshost.net'] },
        TARGET,
      ),
    ).toEqual({
      auto_renew: true,
      nameservers: ['a.nshost.net', 'b.nshost.net'],
    })
  })

  it('refuses an empty change set and non-boolean flags', async () => {
    const empty = await rejected(() => prepareUpdateBody({}, TARGET))
    expect(empty.message).toMatch(/nothing to change/)
    const flag = await rejected(() => prepareUpdateBody({ locked: 'false' }, TARGET))
    expect(flag.fields?.locked).toBeDefined()
  })

  it('refuses duplicate nameservers with the offending index', async () => {
    const error = await rejected(() =>
      prepareUpdateBody({ nameservers: ['ns1.nshost.net', 'NS1.nshost.net'] }, TARGET),
    )
    expect(error.fields?.['nameservers[1]']).toBeDefined()
  })
})

describe('prepareTransferBody', () => {
  it('sends the auth code exactly as given', () => {
    expect(prepareTransferBody({ auth_code: ' Xy9Kl2Mn#4pQ', auto_renew: false }, TARGET)).toEqual({
      auth_code: ' Xy9Kl2Mn#4pQ',
      auto_renew: false,
    })
  })

  it.each([
    ['missing', undefined],
    ['blank', '   '],
    ['too long', 'x'.repeat(256)],
    ['with a control character', 'abc\u0000def'],
    ['with a zero-width character', 'abc\u200Bdef'],
  ])('refuses a code that is %s without quoting it', async (_what, code) => {
    const error = await rejected(() => prepareTransferBody({ auth_code: code }, TARGET))
    expect(error.fields?.auth_code).toBeDefined()
    if (typeof code === 'string' && code.trim().length >= 4) {
      expect(JSON.stringify(error) + error.stack).not.toContain(code)
    }
  })
})

describe('prepareListQuery', () => {
  it('keeps valid filters and drops unknown keys', () => {
    expect(
      prepareListQuery({ status: 'expired', search: 'shop', page_size: 50, extra: 1 }, TARGET),
    ).toEqual({
      status: 'expired',
      search: 'shop',
      page_size: 50,
    })
  })

  it.each([
    [{ status: 'gone' }, 'status'],
    [{ page_size: 0 }, 'page_size'],
    [{ page_size: 1001 }, 'page_size'],
    [{ page: 0 }, 'page'],
    [{ search: 'a\nb' }, 'search'],
  ])('refuses %j', async (query, field) => {
    const error = await rejected(() => prepareListQuery(query, TARGET))
    expect(error.fields?.[field]).toBeDefined()
  })
})
