/**
 * What happens when something breaks: an uncaught exception or unhandled rejection in main, a
 * window's page process gone, a helper process gone. Each is logged (the logger scrubs secrets),
 * and the user learns what happened and a way on: the windows are told (and show a notice with
 * Reload), and a crashed page gets a dialog offering to reload it or quit. Electron objects are
 * passed in, so the decisions are tested with fakes.
 */
import type { App, MessageBoxOptions, RenderProcessGoneDetails, WebContents } from 'electron'
import type { AppLogger } from '../services/logger'
import { CRASH_TEXT, type CrashLanguage } from './crash-text'

/** What the windows are told (the `app.problem` event). */
export interface AppProblem {
  kind: 'main' | 'child'
  process?: string
}

export interface CrashDeps {
  logger: Pick<AppLogger, 'error'>
  announce: (problem: AppProblem) => void
  language: () => CrashLanguage
  /** Shows a message box for the window of `contents`; resolves the chosen button's index. */
  showDialog: (contents: Pick<WebContents, 'reload'>, options: MessageBoxOptions) => Promise<number>
}

type GoneDetails = Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>

/** The dialog for a window whose page process is gone, or null when it ended normally. */
export function rendererGoneDialog(
  details: GoneDetails,
  language: CrashLanguage,
): (MessageBoxOptions & { buttons: string[] }) | null {
  if (details.reason === 'clean-exit') return null
  const text = CRASH_TEXT[language]
  return {
    type: 'error',
    title: text.title,
    message: text.rendererGone,
    detail: text.rendererGoneDetail(details.reason),
    buttons: [text.reload, text.quit],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}

/** Never lets reporting a failure become another failure. */
function safely(run: () => void): void {
  try {
    run()
  } catch {
    // Nothing sensible is left to do; the process keeps going.
  }
}

/** Installs the process- and app-level handlers. */
export function installCrashHandlers(
  targets: {
    process: Pick<NodeJS.Process, 'on'>
    app: Pick<App, 'on' | 'quit'>
  },
  deps: CrashDeps,
): void {
  const mainProblem = (message: string, error: unknown) => {
    safely(() => deps.logger.error(message, { error }))
    safely(() => deps.announce({ kind: 'main' }))
  }
  targets.process.on('uncaughtException', (error) => mainProblem('Uncaught exception', error))
  targets.process.on('unhandledRejection', (reason) =>
    mainProblem('Unhandled promise rejection', reason ?? 'undefined'),
  )
  targets.app.on('render-process-gone', (_event, contents, details) => {
    safely(() =>
      deps.logger.error('Window page process gone', {
        reason: details.reason,
        exitCode: details.exitCode,
      }),
    )
    const dialog = rendererGoneDialog(details, deps.language())
    if (!dialog) return
    deps
      .showDialog(contents, dialog)
      .then((choice) => {
        if (choice === 1) targets.app.quit()
        else if (!contents.isDestroyed()) contents.reload()
      })
      .catch((error: unknown) =>
        safely(() => deps.logger.error('Could not offer to reload', { error })),
      )
  })
  targets.app.on('child-process-gone', (_event, details) => {
    safely(() =>
      deps.logger.error('Helper process gone', {
        type: details.type,
        reason: details.reason,
        exitCode: details.exitCode,
      }),
    )
    if (details.reason !== 'clean-exit')
      safely(() => deps.announce({ kind: 'child', process: details.type }))
  })
}
