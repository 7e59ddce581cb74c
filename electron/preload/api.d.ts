import type { DomainDeskApi } from '../shared/ipc/bridge'

declare global {
  interface Window {
    /**
     * The bridge to the main process: the preload provides it in the app, the web preview's
     * script in a browser. Absent on a page opened any other way.
     */
    domainDesk?: DomainDeskApi
  }
}
