import { describe, expect, it } from 'vitest'
import {
  validateRegister,
  validateTransfer,
  validateUpdate,
} from '../../../electron/sandbox/request-validation'

const TLDS = ['com', 'io']

describe('validateRegister', () => {
  it('applies the documented defaults and stores the ASCII form of an IDN', () => {
    expect(validateRegister({ domain_name: 'Bücher.com' }, TLDS)).toEqual({
      ok: true,
      value: {
        name: 'xn--bcher-kva.com',
        tld: 'com',
        years: 1,
        autoRenew: true,
        privacy: true,
        nameservers: undefined,
      },
    })
  })

  it('reports every bad field at once, DRF-style', () => {
    const result = validateRegister(
      {
        domain_name: 'x.xyz',
        years: 11,
        auto_renew: 'yes',
        privacy_protection: 1,
        nameservers: ['ns.a.com'],
      },
      TLDS,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual([
      'auto_renew',
      'domain_name',
      'nameservers',
      'privacy_protection',
      'years',
    ])
    expect(result.errors.years).toEqual(['Ensure this value is less than or equal to 10.'])
  })

  it.each([
    [{}, 'domain_name', 'This field is required.'],
    [
      { domain_name: 'a.com', years: 0 },
      'years',
      'Ensure this value is greater than or equal to 1.',
    ],
    [{ domain_name: 'a.com', years: 2.5 }, 'years', 'A valid integer is required.'],
    [{ domain_name: 'a.com', years: '2' }, 'years', 'A valid integer is required.'],
    [
      { domain_name: 'a.com', nameservers: 'ns1.a.com' },
      'nameservers',
      'Nameservers must be a list of host names.',
    ],
  ])('rejects %j on %s', (body, field, message) => {
    expect(validateRegister(body, TLDS)).toEqual({ ok: false, errors: { [field]: [message] } })
  })

  it('refuses a body that is not an object', () => {
    expect(validateRegister([1], TLDS)).toMatchObject({
      ok: false,
      errors: { non_field_errors: [expect.stringContaining('list')] },
    })
  })
})

describe('validateUpdate', () => {
  it('keeps only the given keys and normalises nameservers', () => {
    expect(
      validateUpdate({
        auto_renew: false,
        nameservers: ['NS1.Cloudflare.com', 'ns2.cloudflare.com'],
        status: 'x',
      }),
    ).toEqual({
      ok: true,
      value: {
        autoRenew: false,
        privacy: undefined,
        locked: undefined,
        nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
      },
    })
  })

  it('insists on real booleans and 2–4 nameservers', () => {
    expect(
      validateUpdate({ locked: 'false', nameservers: ['a.b.c', 'a.b.c', 'd.e.f'] }),
    ).toMatchObject({
      ok: false,
      errors: { locked: [expect.any(String)], nameservers: [expect.stringContaining('repeats')] },
    })
  })
})

describe('validateTransfer', () => {
  it('requires a non-blank auth code and defaults auto-renew on', () => {
    expect(validateTransfer({ auth_code: ' Xy9Kl2Mn#4pQ ' })).toEqual({
      ok: true,
      value: { authCode: 'Xy9Kl2Mn#4pQ', autoRenew: true },
    })
    expect(validateTransfer({})).toEqual({
      ok: false,
      errors: { auth_code: ['This field is required.'] },
    })
    expect(validateTransfer({ auth_code: '  ' })).toEqual({
      ok: false,
      errors: { auth_code: ['This field may not be blank.'] },
    })
    expect(validateTransfer({ auth_code: 7 })).toMatchObject({
      ok: false,
      errors: { auth_code: ['Not a valid string.'] },
    })
  })
})
