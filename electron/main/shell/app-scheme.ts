import type { CustomScheme } from 'electron'
import { APP_SCHEME } from './app-origin'

/**
 * How `app://` is registered with `protocol.registerSchemesAsPrivileged`. `standard` gives it
 * real origins and relative URL resolution (Vite's `/assets/…`), `secure` makes it a secure
 * context like https, `supportFetchAPI` lets the page `fetch()` its own files and `codeCache`
 * lets V8 cache compiled scripts. It does not bypass CSP, enable CORS or allow service workers.
 */
export function appSchemeDefinition(): CustomScheme {
  return {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      codeCache: true,
      bypassCSP: false,
      corsEnabled: false,
      allowServiceWorkers: false,
      stream: false,
    },
  }
}
