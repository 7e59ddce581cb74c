import { describe, expect, it } from 'vitest'
import { message, renderMessage } from '../../../../electron/main/services/notification-text'

describe('notification text', () => {
  it('groups the digits of a count as the window does, in both languages', () => {
    expect(renderMessage('en', message('registrationsActive', 4744)).title).toBe(
      '4,744 registrations are active',
    )
    expect(renderMessage('en', message('transfersCompleted', 12_345)).title).toBe(
      '12,345 transfers completed',
    )
    expect(renderMessage('en', message('expiring', 1500, 30, 'Main')).title).toBe(
      '1,500 domains expire within 30 days',
    )
    // Armenian groups from five digits, with a no-break space.
    expect(renderMessage('hy', message('registrationsActive', 12_345)).title).toBe(
      '12\u00a0345 գրանցում ակտիվ է',
    )
    expect(renderMessage('hy', message('registrationsActive', 4744)).title).toBe(
      '4744 գրանցում ակտիվ է',
    )
  })
})
