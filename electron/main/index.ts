/**
 * Electron lifecycle and wiring only: the app:// scheme, the single-instance lock, guards on
 * every web contents, the services (plain Node, see services/app-services.ts), IPC and the main
 * window. Everything with logic lives in shell/, ipc/, services/ and core/.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type WebContents,
} from 'electron'
import { API_DOCS_URL, type AppCommand } from '../shared/commands/app-commands'
import { createDispatcher } from './ipc/dispatcher'
import { forwardEvents, registerIpcHandlers } from './ipc/electron-ipc'
import { createHandlers } from './ipc/handlers'
import { createAppServices, type AppServices } from './services/app-services'
import { createVaultWithLog } from './services/main-log'
import { deliverMenuCommand, installAppMenu, type AppMenuHandle } from './shell/app-menu'
import { registerAppScheme, serveRendererOverAppProtocol } from './shell/app-protocol'
import { attachTextContextMenu } from './shell/context-menu'
import { APP_USER_MODEL_ID } from './shell/app-identity'
import { startBackgroundWatch, type BackgroundWatch } from './shell/background-watch'
import { installCrashHandlers } from './shell/crash-handling'
import { applyTheme, createMainWindow } from './shell/main-window'
import { externalLinkToOpen } from './shell/navigation-policy'
import { osNotificationPort } from './shell/os-notifications'
import { denyAllPermissions } from './shell/permissions'
import { receiveDeepLinks } from './shell/deep-links'
import { bringToFront, claimSingleInstance } from './shell/single-instance'
import { isTrustedSenderUrl } from './shell/trusted-sender'
import { createElectronUpdater } from './shell/updates'
import { installUnloadGuard } from './shell/unload-guard'
import { guardAllWebContents } from './shell/web-contents-guards'
import { windowStateFileIn } from './shell/window-state-store'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url))
let mainWindow: BrowserWindow | undefined
let services: AppServices | undefined
let appMenu: AppMenuHandle | undefined
let links: ReturnType<typeof receiveDeepLinks> | undefined
let watch: BackgroundWatch | undefined

function openMainWindow(route?: string): void {
  mainWindow = createMainWindow({
    route,
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
    language: () => services?.appearance.language() ?? 'en',
    ask: (options) => dialog.showMessageBoxSync(window, options),
  })
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  appMenu = installAppMenu(
    Menu,
    { platform: process.platform, isDev: !app.isPackaged },
    {
      // A menu click reaches the page's command registry over the event bus.
      command: (command) =>
        void deliverMenuCommand(command, {
          window: () => mainWindow,
          open: () => (openMainWindow(), mainWindow!),
          loaded: (w) => new Promise((resolve) => w.webContents.once('did-finish-load', resolve)),
          emit: (c) => services?.bus.emit('menu.command', { command: c as AppCommand }),
        }),
      openApiDocs: () => {
        const link = externalLinkToOpen(API_DOCS_URL)
        if (link) void shell.openExternal(link)
      },
    },
  )
  serveRendererOverAppProtocol(rendererRoot)
  const dataDir = join(app.getPath('userData'), 'data')
  const { vault, logger } = createVaultWithLog(dataDir)
  services = await createAppServices({
    dataDir,
    vault,
    logger,
    version: app.getVersion(),
    // The demo registrar's test controls are for development only.
    demo: { controls: !app.isPackaged },
    // Clicking an OS notification opens its page in the renderer.
    notificationPort: osNotificationPort(() => mainWindow, showRoute),
    onThemeChange: (theme) => applyTheme(theme, mainWindow),
    onLanguageChange: (language) => appMenu?.setLanguage(language),
    createUpdater: createElectronUpdater,
  })
  const dispatch = createDispatcher(createHandlers(services), services.logger)
  registerIpcHandlers(ipcMain, dispatch, (url) => isTrustedSenderUrl(url, { devServerUrl }))
  forwardEvents(services.bus, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  watch = startBackgroundWatch(services, () => showRoute())
  links?.start()
  if (!mainWindow && !watch.startsHidden()) openMainWindow()
}

/** Shows the main window (opening it if closed), at `route` when given. */
function showRoute(route?: string): void {
  if (!mainWindow) return openMainWindow(route)
  bringToFront(mainWindow)
  if (route) services?.bus.emit('navigate', { route })
}

/** Opens the page a `domaindesk://` link asks for, if the link is valid. */
function openLink(link: string): void {
  const route = services?.deepLinks.route(link)
  if (route) showRoute(route)
}

const language = () => services?.appearance.language() ?? 'en'

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
    language,
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
  const launch = { argv: process.argv, execPath: process.execPath }
  links = receiveDeepLinks(
    app,
    { ...launch, defaultApp: Boolean(process.defaultApp) },
    openLink,
    () => showRoute(),
  )
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) =>
    attachTextContextMenu(contents, (template) => Menu.buildFromTemplate(template), language),
  )
  guardAllWebContents(app, {
    devServerUrl,
    openExternal: (url) => shell.openExternal(url),
    log: (message, fields) =>
      services ? services.logger.warn(message, fields) : console.warn(message, fields),
  })
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  app.on('window-all-closed', () => {
    // Watching in the tray keeps the services' sync and notifications going.
    if (watch?.keepsRunning()) return
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
