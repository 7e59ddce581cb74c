/**
 * `node --import ./boot.mjs out/main/index.js`: runs a built main process under plain Node with
 * `electron` resolved to the stand-in. The stand-in is TypeScript, loaded through tsx in its own
 * namespace, so the built bundle itself is loaded by Node as it is, untransformed. Node 20 only
 * has off-thread module hooks, so the hooks (hooks.mjs) hand `electron` a tiny generated module
 * that re-exports the stand-in from a global set here.
 */
import { register } from 'node:module'
import { tsImport } from 'tsx/esm/api'

const { createElectronStandin } = await tsImport('./index.ts', import.meta.url)
const electron = createElectronStandin()
globalThis[Symbol.for('domain-desk.electron-standin')] = electron
register('./hooks.mjs', import.meta.url, { data: { names: Object.keys(electron) } })
