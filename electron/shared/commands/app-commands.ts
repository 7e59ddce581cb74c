/**
 * The app's commands: one name each, shared by the application menu (main), the `menu.command`
 * event that carries a menu click to the page, and the renderer's command registry, which the
 * command palette and the keyboard shortcuts run too. No Node or Electron imports.
 */

/** Every command the menu or the palette can run. */
export const APP_COMMANDS = [
  'sync',
  'register',
  'find',
  'settings',
  'palette',
  'export',
  'overview',
  'portfolio',
  'calendar',
  'transfers',
  'notifications',
  'toggleTheme',
  'switchAccount',
] as const

/** One command's name. */
export type AppCommand = (typeof APP_COMMANDS)[number]

/**
 * The shortcuts, in Electron's accelerator syntax (`CmdOrCtrl` is Cmd on macOS, Ctrl elsewhere).
 * The menu shows them and the page handles the same keys, so they also work in the web preview.
 */
export const COMMAND_ACCELERATORS: Readonly<Partial<Record<AppCommand, string>>> = {
  sync: 'CmdOrCtrl+R',
  register: 'CmdOrCtrl+N',
  find: 'CmdOrCtrl+F',
  settings: 'CmdOrCtrl+,',
  palette: 'CmdOrCtrl+K',
}

/** Where the Help menu leads: VPS.org's API documentation (an allowed external link host). */
export const API_DOCS_URL = 'https://docs.vps.org/api/'
