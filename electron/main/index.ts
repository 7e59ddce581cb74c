/**
 * Electron lifecycle and wiring only: the app:// scheme, the single-instance lock, guards on
 * every web contents, the services (plain Node, see services/app-services.ts), IPC and the main
 * window. Everything with logic lives in shell/, ipc/, services/ and core/.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell, type WebContents } from 'electron'
import { createTokenVault } from './core/vault/index'
import { createDispatcher } from './ipc/dispatcher'
import { forwardEvents, registerIpcHandlers } from './ipc/electron-ipc'
import { createHandlers } from './ipc/handlers'
import { createAppServices, type AppServices } from './services/app-services'
import { registerAppScheme, serveRendererOverAppProtocol } from './shell/app-protocol'
import { installCrashHandlers } from './shell/crash-handling'
import { applyTheme, createMainWindow } from './shell/main-window'
import { osNotificationPort } from './shell/os-notifications'
import { denyAllPermissions } from './shell/permissions'
import { claimSingleInstance } from './shell/single-instance'
import { isTrustedSenderUrl } from './shell/trusted-sender'
import { installUnloadGuard } from './shell/unload-guard'
import { guardAllWebContents } from './shell/web-contents-guards'
import { windowStateFileIn } from './shell/window-state-store'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url))
let mainWindow: BrowserWindow | undefined
let services: AppServices | undefined

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath,
    devServerUrl,
    devTools: !app.isPackaged,
    windowStateFile: windowStateFileIn(app.getPath('userData')),
    savedTheme: services?.appearance.theme(),
  })
  mainWindow.on('closed', () => (mainWindow = undefined))
  const window = mainWindow
  // The domain page refuses to unload with unsaved edits; the user decides.
  installUnloadGuard(window.webContents, {
    language: () => services?.notifications.currentLanguage() ?? 'en',
    ask: (options) => dialog.showMessageBoxSync(window, options),
  })
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  serveRendererOverAppProtocol(rendererRoot)
  const dataDir = app.getPath('userData')
  const vault = createTokenVault()
  services = await createAppServices({
    dataDir: join(dataDir, 'data'),
    vault,
    version: app.getVersion(),
    // The demo registrar's test controls are for development only.
    demo: { controls: !app.isPackaged },
    // Clicking an OS notification opens its page in the renderer.
    notificationPort: osNotificationPort(
      () => mainWindow,
      (route) => services?.bus.emit('navigate', { route }),
    ),
    onThemeChange: (theme) => applyTheme(theme, mainWindow),
  })
  const dispatch = createDispatcher(createHandlers(services), services.logger)
  registerIpcHandlers(ipcMain, dispatch, (url) => isTrustedSenderUrl(url, { devServerUrl }))
  forwardEvents(services.bus, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  openMainWindow()
}

registerAppScheme()
installCrashHandlers(
  { process, app },
  {
    logger: {
      // Before the services (and their scrubbing log) exist, only the message goes out.
      error: (message, fields) =>
        services ? services.logger.error(message, fields) : console.error(message),
    },
    announce: (problem) => services?.bus.emit('app.problem', problem),
    language: () => services?.notifications.currentLanguage() ?? 'en',
    showDialog: async (contents, options) => {
      const window = BrowserWindow.fromWebContents(contents as WebContents)
      const answer = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options)
      return answer.response
    },
  },
)
if (claimSingleInstance(app, () => mainWindow)) {
  app.enableSandbox()
  guardAllWebContents(app, {
    devServerUrl,
    openExternal: (url) => shell.openExternal(url),
    log: (message, fields) =>
      services ? services.logger.warn(message, fields) : console.warn(message, fields),
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  app.on('will-quit', (event) => {
    if (!services) return
    event.preventDefault()
    const closing = services
    services = undefined
    void closing.dispose().finally(() => app.quit())
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(
        'Domain Desk could not start:',
        error instanceof Error ? error.message : 'unknown error',
      )
      app.quit()
    })
}
