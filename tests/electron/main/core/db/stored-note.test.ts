import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'

function claimed(cache: Cache, domainId: number, sent: boolean): number {
  const id = cache.transfers.claim({
    accountId: 'a',
    domainId,
    domainName: `d${domainId}.com`,
    feeEstimateCents: null,
    at: '2026-12-01T10:00:00Z',
  })!
  if (sent) cache.transfers.markSent(id, '2026-12-01T10:00:01Z')
  return id
}

describe('stored notes', () => {
  it('notes why a closed app left a transfer failed or unknown, as reasons', () => {
    const cache = Cache.open(':memory:')
    const unsent = claimed(cache, 1, false)
    const sent = claimed(cache, 2, true)
    expect(cache.transfers.recoverInterrupted()).toEqual({ unsent: 1, unknown: 1 })
    expect(cache.transfers.get(unsent)).toMatchObject({
      state: 'failed',
      note: { reason: 'transferClosedBeforeSending' },
      message: null,
    })
    expect(cache.transfers.get(sent)).toMatchObject({
      state: 'unknown',
      note: { reason: 'transferClosedWhileSending' },
      message: null,
    })
  })

  it("replaces a transfer's note, params and all, and keeps VPS.org's words unless new ones come", () => {
    const cache = Cache.open(':memory:')
    const id = claimed(cache, 1, true)
    cache.transfers.setState(id, 'unknown', {
      note: { reason: 'transferSettled', params: { state: 'x' } },
      message: 'Received.',
    })
    cache.transfers.setState(id, 'completed', { note: { reason: 'transferFoundCompleted' } })
    expect(cache.transfers.get(id)).toMatchObject({
      note: { reason: 'transferFoundCompleted' },
      message: 'Received.',
    })
    expect(cache.transfers.get(id)!.note).not.toHaveProperty('params')
  })

  it('notes a registration a closed app left sending, and reads a code it does not know as none', () => {
    const cache = Cache.open(':memory:')
    cache.intents.create({
      id: 'i1',
      accountId: 'a',
      domainName: 'x.com',
      unicodeName: 'x.com',
      years: 1,
      autoRenew: true,
      privacy: true,
      nameservers: null,
      estimateCents: null,
      createdAt: '2026-12-01T10:00:00Z',
    })
    cache.intents.startSending('i1', '2026-12-01T10:00:01Z')
    expect(cache.intents.recoverInterrupted('2026-12-01T10:05:00Z')).toBe(1)
    expect(cache.intents.get('i1')).toMatchObject({
      errorCode: 'Interrupted',
      note: { reason: 'registrationInterrupted' },
      errorMessage: null,
    })
    cache.db.prepare("UPDATE registration_intents SET message_code = 'fromANewerVersion'").run()
    expect(cache.intents.get('i1')!.note).toBeNull()
  })
})
