import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../../electron/main/shell/window-options'

const preloadPath = '/opt/domain-desk/out/preload/index.cjs'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath })
  const web = options.webPreferences ?? {}

  it('isolates the preload world from the page', () => {
    expect(web.contextIsolation).toBe(true)
  })

  it('sandboxes the renderer', () => {
    expect(web.sandbox).toBe(true)
  })

  it('gives the page, its workers and its frames no Node.js', () => {
    expect(web.nodeIntegration).toBe(false)
    expect(web.nodeIntegrationInWorker).toBe(false)
    expect(web.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps the same-origin policy and blocks insecure content and <webview>', () => {
    expect(web.webSecurity).toBe(true)
    expect(web.allowRunningInsecureContent).toBe(false)
    expect(web.webviewTag).toBe(false)
  })

  it('loads the preload script it is given', () => {
    expect(web.preload).toBe(preloadPath)
  })

  it('starts hidden, to be shown on ready-to-show', () => {
    expect(options.show).toBe(false)
  })
})
