import { fileURLToPath } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { createMainWindow } from './shell/main-window'

const sources = {
  preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
  rendererIndexPath: fileURLToPath(new URL('../renderer/index.html', import.meta.url)),
  devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'],
}

function openMainWindow(): void {
  createMainWindow(sources)
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('activate', () => {
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
})

app
  .whenReady()
  .then(openMainWindow)
  .catch((error: unknown) => {
    console.error('Domain Desk could not start:', error)
    app.quit()
  })
