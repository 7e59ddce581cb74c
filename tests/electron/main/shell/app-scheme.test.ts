import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../../electron/main/shell/app-origin'
import { appSchemeDefinition } from '../../../../electron/main/shell/app-scheme'

describe('appSchemeDefinition', () => {
  const definition = appSchemeDefinition()

  it('registers the app scheme', () => {
    expect(definition.scheme).toBe('app')
    expect(APP_ORIGIN).toBe('app://domain-desk')
    expect(APP_ENTRY_URL).toBe('app://domain-desk/index.html')
  })

  it('makes it a standard, secure scheme the fetch API can use', () => {
    expect(definition.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    })
  })

  it('neither bypasses the CSP nor opens it to CORS or service workers', () => {
    expect(definition.privileges?.bypassCSP).not.toBe(true)
    expect(definition.privileges?.corsEnabled).not.toBe(true)
    expect(definition.privileges?.allowServiceWorkers).not.toBe(true)
  })
})
