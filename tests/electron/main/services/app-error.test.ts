import { describe, expect, it } from 'vitest'
import { IpcErrorSchema } from '../../../../electron/shared/ipc/errors'
import { parseNameservers } from '../../../../electron/shared/validation/nameservers'
import {
  AppError,
  nameserverDetail,
  toIpcError,
} from '../../../../electron/main/services/app-error'

describe('toIpcError', () => {
  it('carries the reason, the field at fault and the params, in the contract’s shape', () => {
    const error = toIpcError(
      new AppError('Conflict', 'example.am is already in this account.', {
        reason: 'alreadyInAccount',
        field: 'domainName',
        params: { name: 'example.am' },
      }),
    )
    expect(error).toEqual({
      code: 'Conflict',
      reason: 'alreadyInAccount',
      field: 'domainName',
      params: { name: 'example.am' },
      message: 'example.am is already in this account.',
    })
    expect(IpcErrorSchema.safeParse(error).success).toBe(true)
  })

  it('gives an unexpected failure a reason but none of its details', () => {
    const logged: unknown[] = []
    const error = toIpcError(new Error('secret internals'), (e) => logged.push(e))
    expect(error).toEqual({
      code: 'Internal',
      reason: 'unexpected',
      message: expect.not.stringContaining('secret'),
    })
    expect(logged).toHaveLength(1)
  })

  it('refuses a reason outside the closed list at the contract', () => {
    expect(
      IpcErrorSchema.safeParse({ code: 'Conflict', reason: 'made-up', message: '' }).success,
    ).toBe(false)
  })
})

describe('nameserverDetail', () => {
  it('points at the first bad entry as a dotted path and counts the problems', () => {
    const parsed = parseNameservers(['ns1.good.com', 'ns1.example.com', 'ns1.good.com'])
    if (parsed.ok) throw new Error('expected a refusal')
    expect(nameserverDetail(parsed, 'nameservers')).toEqual({
      reason: 'invalidNameservers',
      field: 'nameservers.1',
      params: { count: 2 },
    })
  })
})
