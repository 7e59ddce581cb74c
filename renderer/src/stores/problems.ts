/**
 * Problems the user should know about: an error in this page's scripts (reported to main's log)
 * or in main or one of its helper processes (main's `app.problem` event). The notice says what
 * happened and offers a way on: reload the window, or restart Domain Desk.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { reportError, type PageErrorReport } from '@/api/app'
import { hasBridge } from '@/api/bridge'
import { onEvent } from '@/api/events'

/** What went wrong, as the notice tells it. */
export interface Problem {
  kind: 'window' | 'main' | 'child'
  process?: string
}

/** At most this many reports a minute, so that an error in a loop cannot flood the log. */
const MAX_REPORTS_PER_MINUTE = 10

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)

function reportOf(
  kind: PageErrorReport['kind'],
  error: unknown,
  fallback: string,
): PageErrorReport {
  const e = error instanceof Error ? error : undefined
  const message = e ? `${e.name}: ${e.message}` : String(error ?? fallback)
  return {
    kind,
    message: clip(message || fallback, 2_000),
    ...(e?.stack ? { stack: clip(e.stack, 10_000) } : {}),
  }
}

/** The current problem and the listeners that find problems. */
export const useProblemsStore = defineStore('problems', () => {
  const problem = ref<Problem | null>(null)
  let window0 = 0
  let sent = 0

  function send(report: PageErrorReport): void {
    const now = Date.now()
    if (now - window0 > 60_000) {
      window0 = now
      sent = 0
    }
    if (sent >= MAX_REPORTS_PER_MINUTE || !hasBridge()) return
    sent += 1
    void reportError(report).catch(() => {})
  }

  /** Listens for page errors and main's problems; returns the stop function. */
  function install(): () => void {
    const onError = (event: ErrorEvent) => {
      const report = reportOf('error', event.error, event.message)
      if (event.filename) report.source = clip(`${event.filename}:${event.lineno}`, 2_000)
      send(report)
      problem.value ??= { kind: 'window' }
    }
    const onRejection = (event: PromiseRejectionEvent) => {
      send(reportOf('unhandledrejection', event.reason, 'Unhandled rejection'))
      problem.value ??= { kind: 'window' }
    }
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
    const stopEvents = onEvent('app.problem', (p) => {
      problem.value = { kind: p.kind, ...(p.process ? { process: p.process } : {}) }
    })
    return () => {
      window.removeEventListener('error', onError)
      window.removeEventListener('unhandledrejection', onRejection)
      stopEvents()
    }
  }

  function dismiss(): void {
    problem.value = null
  }

  /** Reloads the window: the page starts afresh from main's cache. */
  function reload(): void {
    window.location.reload()
  }

  return { problem, install, dismiss, reload }
})
