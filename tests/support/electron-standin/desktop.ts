/**
 * The desktop side of the stand-in: `shell`, `nativeTheme`, `Notification`, `screen`, `Menu`,
 * `MenuItem`, `Tray` and `session`. Nothing here touches the real desktop: links and
 * notifications are reported to the test instead of opened or shown, and there is one
 * 1920×1080 display.
 */
import { EventEmitter } from 'node:events'
import type { StandinState } from './state'

/** `shell`: openExternal is reported, never opened. */
export function createShell(state: StandinState) {
  return {
    async openExternal(url: string): Promise<void> {
      state.report({ type: 'open-external', url })
    },
    async openPath(): Promise<string> {
      return ''
    },
    showItemInFolder(): void {},
    beep(): void {},
  }
}

/**
 * `dialog`: a message box is reported to the test and answered with its cancel button (the
 * choice that changes least), as a user who dismisses it would; an error box is reported.
 */
export function createDialog(state: StandinState) {
  const showMessageBox = async (
    ...args: unknown[]
  ): Promise<{ response: number; checkboxChecked: boolean }> => {
    // Electron accepts (window, options) or (options).
    const options = (args.length > 1 ? args[1] : args[0]) as {
      message?: string
      buttons?: string[]
      cancelId?: number
    }
    const buttons = options.buttons ?? ['OK']
    state.report({ type: 'dialog', message: options.message ?? '', buttons })
    return { response: options.cancelId ?? buttons.length - 1, checkboxChecked: false }
  }
  return {
    showMessageBox,
    showErrorBox(title: string, content: string): void {
      state.report({ type: 'dialog', message: `${title}\n${content}`, buttons: [] })
    },
  }
}

/** `nativeTheme`: `themeSource` reaches every page's `prefers-color-scheme`. */
export function createNativeTheme(state: StandinState) {
  const systemScheme = state.colorScheme
  let source: 'system' | 'light' | 'dark' = 'system'
  const emitter = new EventEmitter()
  return Object.assign(emitter, {
    get themeSource() {
      return source
    },
    set themeSource(value: 'system' | 'light' | 'dark') {
      source = value
      state.colorScheme = value === 'system' ? systemScheme : value
      for (const page of state.pages) void page.emulateMedia({ colorScheme: state.colorScheme })
      emitter.emit('updated')
    },
    get shouldUseDarkColors() {
      return state.colorScheme === 'dark'
    },
    shouldUseHighContrastColors: false,
    shouldUseInvertedColorScheme: false,
  })
}

/** `Notification`: `show()` is reported to the test. */
export function createNotificationClass(state: StandinState) {
  return class StandinNotification extends EventEmitter {
    static isSupported(): boolean {
      return true
    }
    constructor(readonly options: { title?: string; body?: string } = {}) {
      super()
    }
    show(): void {
      state.report({
        type: 'notification',
        title: this.options.title ?? '',
        body: this.options.body ?? '',
      })
      this.emit('show')
    }
    close(): void {
      this.emit('close')
    }
  }
}

const DISPLAY = Object.freeze({
  id: 1,
  label: 'Stand-in display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
})

/** `screen`: one display. */
export function createScreen() {
  return Object.assign(new EventEmitter(), {
    getPrimaryDisplay: () => DISPLAY,
    getAllDisplays: () => [DISPLAY],
    getDisplayMatching: () => DISPLAY,
    getDisplayNearestPoint: () => DISPLAY,
    getCursorScreenPoint: () => ({ x: 0, y: 0 }),
  })
}

/** A menu item as built from a template. */
export interface StandinMenuItemOptions {
  id?: string
  label?: string
  role?: string
  type?: string
  accelerator?: string
  enabled?: boolean
  visible?: boolean
  checked?: boolean
  click?: (...args: unknown[]) => void
  submenu?: StandinMenuItemOptions[] | StandinMenu
}

/** `MenuItem`. */
export class StandinMenuItem {
  readonly id: string | undefined
  readonly label: string
  readonly role: string | undefined
  readonly type: string
  readonly accelerator: string | undefined
  enabled: boolean
  visible: boolean
  checked: boolean
  readonly click: (...args: unknown[]) => void
  readonly submenu: StandinMenu | undefined
  constructor(options: StandinMenuItemOptions) {
    this.id = options.id
    this.label = options.label ?? ''
    this.role = options.role
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal')
    this.accelerator = options.accelerator
    this.enabled = options.enabled ?? true
    this.visible = options.visible ?? true
    this.checked = options.checked ?? false
    this.click = options.click ?? (() => undefined)
    this.submenu =
      options.submenu instanceof StandinMenu
        ? options.submenu
        : options.submenu && StandinMenu.buildFromTemplate(options.submenu)
  }
}

let applicationMenu: StandinMenu | null = null
let popupReporter: ((menu: StandinMenu) => void) | undefined

/** Where `Menu.popup()` is reported (the stand-in's state). */
export function reportPopupsTo(state: StandinState): void {
  popupReporter = (menu) => state.report({ type: 'popup-menu', menu: outlineOf(menu) })
}

/** `Menu`: kept in memory, so tests can read the menus the app built and click their items. */
export class StandinMenu {
  readonly items: StandinMenuItem[] = []
  static buildFromTemplate(template: Array<StandinMenuItemOptions | StandinMenuItem>) {
    const menu = new StandinMenu()
    for (const item of template)
      menu.append(item instanceof StandinMenuItem ? item : new StandinMenuItem(item))
    return menu
  }
  static setApplicationMenu(menu: StandinMenu | null): void {
    applicationMenu = menu
  }
  static getApplicationMenu(): StandinMenu | null {
    return applicationMenu
  }
  append(item: StandinMenuItem): void {
    this.items.push(item)
  }
  /** As Electron's: the item with this id, searched through every submenu. */
  getMenuItemById(id: string): StandinMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item
      const inner = item.submenu?.getMenuItemById(id)
      if (inner) return inner
    }
    return null
  }
  /** Reported to the test with the menu's outline (nothing is drawn). */
  popup(): void {
    popupReporter?.(this)
  }
  closePopup(): void {}
}

/** What a test is told about a menu: each item's label, role, id and shortcut, nested. */
export interface MenuOutline {
  label: string
  role?: string
  id?: string
  accelerator?: string
  enabled: boolean
  submenu?: MenuOutline[]
}

/** The menu's outline, separators left out. */
export function outlineOf(menu: StandinMenu): MenuOutline[] {
  return menu.items
    .filter((item) => item.type !== 'separator' && item.visible)
    .map((item) => ({
      label: item.label,
      enabled: item.enabled,
      ...(item.role ? { role: item.role } : {}),
      ...(item.id ? { id: item.id } : {}),
      ...(item.accelerator ? { accelerator: item.accelerator } : {}),
      ...(item.submenu ? { submenu: outlineOf(item.submenu) } : {}),
    }))
}

/**
 * `Tray`: its state (tooltip, macOS title, the context menu's labels) is reported to the test on
 * every change; the test can click the icon or a menu item through stdin (see index.ts).
 */
export function createTrayClass(state: StandinState) {
  return class StandinTray extends EventEmitter {
    static readonly all = new Set<StandinTray>()
    #destroyed = false
    toolTip = ''
    title = ''
    contextMenu: StandinMenu | null = null
    constructor(public image: unknown) {
      super()
      if (typeof image !== 'string' && (typeof image !== 'object' || image === null))
        throw new TypeError('Tray needs an image or the path of one')
      StandinTray.all.add(this)
      this.#report()
    }
    setImage(image: unknown): void {
      this.image = image
    }
    setToolTip(text: string): void {
      this.toolTip = text
      this.#report()
    }
    setTitle(title: string): void {
      this.title = title
      this.#report()
    }
    setContextMenu(menu: StandinMenu | null): void {
      this.contextMenu = menu
      this.#report()
    }
    destroy(): void {
      this.#destroyed = true
      StandinTray.all.delete(this)
      this.#report()
    }
    isDestroyed(): boolean {
      return this.#destroyed
    }
    /** Clicks the enabled menu item with this label, as a user would. */
    clickMenuItem(label: string): void {
      const item = this.contextMenu?.items.find((i) => i.label === label && i.enabled)
      if (!item) throw new Error(`electron-standin: no enabled tray menu item "${label}"`)
      item.click(item, undefined, {})
    }
    #report(): void {
      state.report({
        type: 'tray',
        toolTip: this.toolTip,
        title: this.title,
        items: (this.contextMenu?.items ?? []).map((i) => (i.type === 'separator' ? '-' : i.label)),
        destroyed: this.#destroyed,
      })
    }
  }
}

type PermissionHandler = (...args: unknown[]) => unknown

/** `session`: the default session keeps the app's permission handlers for tests to call. */
export function createSession() {
  const handlers: Record<string, PermissionHandler | null> = {}
  const defaultSession = {
    handlers,
    setPermissionRequestHandler(handler: PermissionHandler | null) {
      handlers['request'] = handler
    },
    setPermissionCheckHandler(handler: PermissionHandler | null) {
      handlers['check'] = handler
    },
    setDevicePermissionHandler(handler: PermissionHandler | null) {
      handlers['device'] = handler
    },
  }
  return { defaultSession, fromPartition: () => defaultSession }
}
