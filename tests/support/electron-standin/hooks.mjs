/**
 * Module hooks for boot.mjs: `electron` (from anywhere) resolves to a generated module whose
 * named exports are the stand-in's, read from the global boot.mjs set. Everything else resolves
 * and loads exactly as Node does it.
 */
const URL_OF_STANDIN = 'electron-standin:electron'
let names = []

/** Receives the stand-in's export names from boot.mjs. */
export function initialize(data) {
  names = data.names
}

export function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') {
    return { url: URL_OF_STANDIN, shortCircuit: true }
  }
  return nextResolve(specifier, context)
}

export function load(url, context, nextLoad) {
  if (url !== URL_OF_STANDIN) return nextLoad(url, context)
  const source = [
    "const electron = globalThis[Symbol.for('domain-desk.electron-standin')]",
    ...names.map((name) => `export const ${name} = electron.${name}`),
    'export default electron',
  ].join('\n')
  return { format: 'module', source, shortCircuit: true }
}
