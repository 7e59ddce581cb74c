import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  mainWindowOptions,
  WINDOW_BACKGROUND,
} from '../../../../electron/main/shell/window-options'

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

  it('does not navigate to files dropped on the window', () => {
    expect(web.navigateOnDragDrop).toBe(false)
  })

  it('turns the spell checker off, so no dictionaries are downloaded', () => {
    expect(web.spellcheck).toBe(false)
  })

  it('lets the user stop a page that loops dialogs', () => {
    expect(web.safeDialogs).toBe(true)
  })

  it('loads the preload script it is given', () => {
    expect(web.preload).toBe(preloadPath)
  })

  it('starts hidden, to be shown on ready-to-show', () => {
    expect(options.show).toBe(false)
  })

  it('has no DevTools unless asked for (a packaged app never asks)', () => {
    expect(web.devTools).toBe(false)
    expect(mainWindowOptions({ preloadPath, devTools: true }).webPreferences?.devTools).toBe(true)
  })

  it('opens centred at 1200×800 by default, no smaller than 720×480', () => {
    expect(options).toMatchObject({ width: 1200, height: 800, minWidth: 720, minHeight: 480 })
    expect(options.x).toBeUndefined()
    expect(options.y).toBeUndefined()
  })

  it('opens where it is told', () => {
    const bounds = { x: 30, y: 40, width: 900, height: 650 }
    expect(mainWindowOptions({ preloadPath, bounds })).toMatchObject(bounds)
  })

  it('paints the page background before the page, light or dark', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light)
    const dark = mainWindowOptions({ preloadPath, prefersDarkColors: true })
    expect(dark.backgroundColor).toBe(WINDOW_BACKGROUND.dark)
  })

  it('uses the same background colours as the page itself', () => {
    const styles = readFileSync(
      new URL('../../../../renderer/src/styles.css', import.meta.url),
      'utf8',
    )
    const backgrounds = [...styles.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1])
    expect(backgrounds).toEqual([WINDOW_BACKGROUND.light, WINDOW_BACKGROUND.dark])
  })
})
