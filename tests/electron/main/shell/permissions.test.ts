import { describe, expect, it } from 'vitest'
import {
  denyAllPermissions,
  isPermissionGranted,
} from '../../../../electron/main/shell/permissions'

/** A session that records the handlers it is given. */
function fakeSession() {
  const handlers: { request?: any; check?: any; device?: any } = {}
  return {
    handlers,
    setPermissionRequestHandler: (handler: any) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: any) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: any) => (handlers.device = handler),
  }
}

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'hid',
  'openExternal',
]

describe('denyAllPermissions', () => {
  it('refuses every permission request', () => {
    const session = fakeSession()
    denyAllPermissions(session as any)
    for (const permission of permissions) {
      const answers: boolean[] = []
      session.handlers.request({}, permission, (granted: boolean) => answers.push(granted), {})
      expect(answers, permission).toEqual([false])
    }
  })

  it('reports every permission check as denied, even from the app origin', () => {
    const session = fakeSession()
    denyAllPermissions(session as any)
    for (const permission of permissions) {
      expect(session.handlers.check(null, permission, 'app://domain-desk', {}), permission).toBe(
        false,
      )
    }
  })

  it('refuses device access', () => {
    const session = fakeSession()
    denyAllPermissions(session as any)
    expect(session.handlers.device({ deviceType: 'usb', origin: 'app://domain-desk' })).toBe(false)
  })
})

describe('isPermissionGranted', () => {
  it('is always no', () => {
    expect(isPermissionGranted()).toBe(false)
  })
})
