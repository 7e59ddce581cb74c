/**
 * Closing or reloading a window whose page holds unsaved changes: the page cancels its
 * `beforeunload`, which Electron reports as `will-prevent-unload` without asking anyone. Here
 * the user is asked, in their language, and the window closes only when they choose to discard.
 * Electron objects are passed in, so the decision is tested with fakes.
 */
import type { MessageBoxSyncOptions } from 'electron'
import type { CrashLanguage } from './crash-text'

const TEXT: Record<
  CrashLanguage,
  { message: string; detail: string; leave: string; stay: string }
> = {
  en: {
    message: 'Leave without saving?',
    detail: 'This window has changes that are not saved yet. Leaving now discards them.',
    leave: 'Discard and leave',
    stay: 'Stay',
  },
  hy: {
    message: 'Դուրս գա՞լ առանց պահպանելու',
    detail: 'Այս պատուհանում կան դեռ չպահպանված փոփոխություններ։ Հիմա դուրս գալիս դրանք կկորչեն։',
    leave: 'Չեղարկել և դուրս գալ',
    stay: 'Մնալ',
  },
}

/** The question for a page that holds unsaved changes; button 0 discards them. */
export function unsavedChangesDialog(language: CrashLanguage): MessageBoxSyncOptions {
  const text = TEXT[language]
  return {
    type: 'question',
    title: 'Domain Desk',
    message: text.message,
    detail: text.detail,
    buttons: [text.leave, text.stay],
    // Escape and the window's close button keep the changes.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
}

/** A web contents as far as the guard needs it. */
export interface UnloadGuardTarget {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown
}

/** Asks on every prevented unload; `ask` shows the dialog and returns the chosen button. */
export function installUnloadGuard(
  contents: UnloadGuardTarget,
  deps: { language: () => CrashLanguage; ask: (options: MessageBoxSyncOptions) => number },
): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here overrides the page's refusal, so the window closes or reloads.
    if (deps.ask(unsavedChangesDialog(deps.language())) === 0) event.preventDefault()
  })
}
