/**
 * "Check for updates…": asks the release feed (electron-updater, configured by `publish` in
 * electron-builder.yml) only when the user asks, shows what is new, and downloads only after the
 * user said so; the download is checked against the feed's sha512 by electron-updater. A
 * downloaded update is installed when the app quits only once the user accepted that.
 * No Electron here: the shell passes a factory for electron-updater's `autoUpdater`.
 */
import type { UpdateProblem, UpdateState } from '../../shared/ipc/desktop-models'
import { AppError } from './app-error'
import type { AppLogger } from './logger'

/** The part of electron-updater's AppUpdater this service drives. */
export interface Updater {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  logger: unknown
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown
  checkForUpdates(): Promise<{ isUpdateAvailable?: boolean; updateInfo: UpdateInfo } | null>
  downloadUpdate(): Promise<unknown>
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void
}

/** What a feed says about a version (electron-updater's UpdateInfo, the part used). */
interface UpdateInfo {
  version: string
  releaseDate?: unknown
  releaseNotes?: string | Array<{ version: string; note: string | null }> | null
}

/** The service's collaborators. */
export interface UpdateServiceDeps {
  /** Called once, at the first check (so nothing update-related runs before the user asks). */
  createUpdater(): Updater
  logger: Pick<AppLogger, 'info' | 'warn' | 'error'>
  /** Every state change, for the windows. */
  onState?(state: UpdateState): void
}

const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
])

/** Which problem an error from electron-updater (or Electron's net) is. */
export function updateProblemOf(error: unknown): UpdateProblem {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  const text = typeof message === 'string' ? message : ''
  if (code === 'ERR_CHECKSUM_MISMATCH' || /checksum mismatch/i.test(text)) return 'checksum'
  if (
    (typeof code === 'string' && OFFLINE_CODES.has(code)) ||
    /net::ERR_(INTERNET|NAME|CONN|NETWORK|TIMED|ADDRESS)/.test(text)
  )
    return 'offline'
  if (
    code === 'ERR_UPDATER_INVALID_UPDATE_INFO' ||
    /HttpError|status code|Cannot find channel/i.test(text)
  )
    return 'feed'
  return 'failed'
}

/** Release notes as plain text, whatever shape the feed gave them in. */
function notesText(notes: UpdateInfo['releaseNotes']): string | undefined {
  if (!notes) return undefined
  const text = typeof notes === 'string' ? notes : notes.map((n) => n.note ?? '').join('\n\n')
  return text.slice(0, 20_000)
}

/** The release date as ISO text; a hand-written feed's unquoted date arrives as a Date. */
function dateText(date: unknown): string | undefined {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
  return typeof date === 'string' && date.length <= 64 ? date : undefined
}

/** The update check, one per app. */
export class UpdateService {
  #state: UpdateState = { phase: 'idle', installOnQuit: false }
  #updater: Updater | undefined
  /** The version the last check offered, which a download fetches. */
  #offered: Pick<UpdateState, 'version' | 'notes' | 'releaseDate'> | undefined

  constructor(private readonly deps: UpdateServiceDeps) {}

  /** Where the check is now. */
  state(): UpdateState {
    return this.#state
  }

  /** Asks the feed for a newer version; downloads nothing. */
  async check(): Promise<UpdateState> {
    const busy = ['checking', 'downloading', 'downloaded'] as const
    if ((busy as readonly string[]).includes(this.#state.phase)) return this.#state
    this.#set({ phase: 'checking' })
    try {
      const result = await this.#updaterOnce().checkForUpdates()
      if (!result) return this.#set({ phase: 'failed', problem: 'not-installed' })
      const info = result.updateInfo
      if (!result.isUpdateAvailable) return this.#set({ phase: 'current', version: info.version })
      this.#offered = {
        version: info.version,
        notes: notesText(info.releaseNotes),
        releaseDate: dateText(info.releaseDate),
      }
      return this.#set({ phase: 'available', ...this.#offered })
    } catch (error) {
      return this.#failed(error, 'update check failed')
    }
  }

  /** Downloads the offered version: only ever called from the user's "Download" button. */
  async download(): Promise<UpdateState> {
    if (!this.#offered || this.#state.phase === 'checking')
      throw new AppError('Conflict', 'Check for updates first.', { reason: 'updateNotChecked' })
    if (this.#state.phase === 'downloading' || this.#state.phase === 'downloaded')
      return this.#state
    this.#set({ phase: 'downloading', version: this.#offered.version, percent: 0 })
    try {
      await this.#updaterOnce().downloadUpdate()
      return this.#set({ phase: 'downloaded', ...this.#offered })
    } catch (error) {
      return this.#failed(error, 'update download failed')
    }
  }

  /** The user accepted installing the downloaded update when the app quits. */
  installOnQuit(): UpdateState {
    const updater = this.#downloaded()
    updater.autoInstallOnAppQuit = true
    return this.#set({ ...this.#state, installOnQuit: true })
  }

  /** The user chose to restart now and install. */
  installNow(): void {
    this.#downloaded().quitAndInstall(false, true)
  }

  #downloaded(): Updater {
    if (this.#state.phase !== 'downloaded' || !this.#updater)
      throw new AppError('Conflict', 'There is no downloaded update to install.', {
        reason: 'noUpdateDownloaded',
      })
    return this.#updater
  }

  #updaterOnce(): Updater {
    if (this.#updater) return this.#updater
    const updater = this.deps.createUpdater()
    // Never without the user: no download on a check, no install on quit until accepted.
    updater.autoDownload = false
    updater.autoInstallOnAppQuit = false
    updater.logger = this.deps.logger
    updater.on('download-progress', ({ percent }) => {
      if (this.#state.phase === 'downloading')
        this.#set({ ...this.#state, percent: Math.min(100, Math.max(0, percent)) })
    })
    this.#updater = updater
    return updater
  }

  #failed(error: unknown, what: string): UpdateState {
    const problem = updateProblemOf(error)
    this.deps.logger.warn(what, { problem })
    return this.#set({ phase: 'failed', problem, version: this.#offered?.version })
  }

  #set(next: Omit<UpdateState, 'installOnQuit'> & { installOnQuit?: boolean }): UpdateState {
    const state: UpdateState = { ...next, installOnQuit: next.installOnQuit ?? false }
    for (const key of Object.keys(state) as Array<keyof UpdateState>)
      if (state[key] === undefined) delete state[key]
    this.#state = state
    this.deps.onState?.(state)
    return state
  }
}

/** An updater for a copy that is not installed: every check answers null, as electron-updater's. */
export function notInstalledUpdater(): Updater {
  return {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null,
    on: () => undefined,
    checkForUpdates: async () => null,
    downloadUpdate: async () => {
      throw new AppError('Conflict', 'Check for updates first.', { reason: 'updateNotChecked' })
    },
    quitAndInstall: () => undefined,
  }
}
