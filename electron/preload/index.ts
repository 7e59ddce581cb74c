import { contextBridge } from 'electron'
import type { DomainDeskBridge } from './api'

const bridge: DomainDeskBridge = Object.freeze({
  platform: process.platform,
  versions: Object.freeze({
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
  }),
})

contextBridge.exposeInMainWorld('domainDesk', bridge)
