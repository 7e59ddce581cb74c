/**
 * The page's side of the keyboard shortcuts: which command a key press means, and how a shortcut
 * is written for the user. The keys are the menu's accelerators (electron/shared/commands), so the
 * menu shows what the page handles, in Electron and in the web preview alike.
 */
import { COMMAND_ACCELERATORS, type AppCommand } from '@shared/commands/app-commands'

/** Whether the user is on macOS, where Cmd is the command key and Ctrl edits text. */
export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /^Mac/i.test(platform)
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

const BY_KEY = new Map(
  Object.entries(COMMAND_ACCELERATORS).map(([command, accelerator]) => [
    accelerator.replace('CmdOrCtrl+', '').toLowerCase(),
    command as AppCommand,
  ]),
)

/**
 * The command a key press runs, or null. Only Cmd+key on macOS and Ctrl+key elsewhere, without
 * Alt or Shift: on macOS Ctrl+F, Ctrl+K, Ctrl+N move the caret or cut in a text field, and
 * Shift or Alt variants belong to the OS and the browser, so those are left alone.
 */
export function commandForKey(event: KeyPress, mac: boolean): AppCommand | null {
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
  if (!modifier || event.altKey || event.shiftKey) return null
  // With an Armenian (or any non-Latin) layout the key is a letter of that script: the key's
  // place on the keyboard says which shortcut was meant, as it does for the menu.
  const latin = /^[\x20-\x7e]$/.test(event.key) ? event.key : keyOfCode(event.code)
  return BY_KEY.get(latin.toLowerCase()) ?? null
}

function keyOfCode(code: string): string {
  if (code === 'Comma') return ','
  return /^Key[A-Z]$/.test(code) ? code.slice(3) : ''
}

/** A shortcut as the user reads it: "⌘K" on macOS, "Ctrl+K" elsewhere. */
export function shortcutLabel(command: AppCommand, mac: boolean): string | undefined {
  const accelerator = COMMAND_ACCELERATORS[command]
  if (!accelerator) return undefined
  const key = accelerator.replace('CmdOrCtrl+', '').toUpperCase()
  return mac ? `⌘${key}` : `Ctrl+${key}`
}

/** The same shortcut for `aria-keyshortcuts` ("Meta+K" or "Control+K"). */
export function ariaShortcut(command: AppCommand, mac: boolean): string | undefined {
  const accelerator = COMMAND_ACCELERATORS[command]
  if (!accelerator) return undefined
  return `${mac ? 'Meta' : 'Control'}+${accelerator.replace('CmdOrCtrl+', '').toUpperCase()}`
}
