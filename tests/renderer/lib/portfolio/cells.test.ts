import { describe, expect, it } from 'vitest'
import { expiryTone, flagView } from '@/lib/portfolio/cells'

describe('flagView', () => {
  it('tints only the risky states: auto-renew off and the lock open', () => {
    expect(flagView('autoRenew', false)).toMatchObject({ label: 'off', tone: 'is-warn' })
    expect(flagView('lock', false)).toMatchObject({ icon: 'pi-lock-open', tone: 'is-warn' })
    expect(flagView('privacy', false)).toMatchObject({ label: 'off', tone: 'is-muted' })
  })

  it('names the lock by its state and the other settings on/off', () => {
    expect(flagView('lock', true)).toEqual({ icon: 'pi-lock', label: 'locked', tone: 'is-ok' })
    expect(flagView('autoRenew', true).label).toBe('on')
    expect(flagView('privacy', true).label).toBe('on')
  })
})

describe('expiryTone', () => {
  it('is danger once lapsed, a warning within 30 days, plain after', () => {
    expect([-1, 0, 30, 31].map(expiryTone)).toEqual(['is-danger', 'is-warn', 'is-warn', ''])
  })
})
