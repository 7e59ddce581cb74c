/**
 * What crosses IPC about the app's life on the desktop: the update check's state and the
 * background-watch settings. Shared by main (which validates against them) and the renderer.
 */
import { z } from 'zod'

/** Where an update check is: nothing yet, asked, answered, downloading, ready, or failed. */
export const UPDATE_PHASES = [
  'idle',
  'checking',
  'current',
  'available',
  'downloading',
  'downloaded',
  'failed',
] as const

/** Why a check or download failed; the renderer says it in the user's language. */
export const UPDATE_PROBLEMS = ['offline', 'checksum', 'feed', 'not-installed', 'failed'] as const

export const UpdateStateSchema = z.object({
  phase: z.enum(UPDATE_PHASES),
  /** The newest version the feed offers (or the installed one, when that is the newest). */
  version: z.string().max(64).optional(),
  /** The release notes as plain text: never rendered as HTML. */
  notes: z.string().max(20_000).optional(),
  releaseDate: z.string().max(64).optional(),
  /** Download progress, 0–100. */
  percent: z.number().min(0).max(100).optional(),
  problem: z.enum(UPDATE_PROBLEMS).optional(),
  /** Whether the user accepted installing the downloaded update when the app quits. */
  installOnQuit: z.boolean(),
})
export type UpdateState = z.infer<typeof UpdateStateSchema>
export type UpdateProblem = (typeof UPDATE_PROBLEMS)[number]

/** Background watch: both off until the user turns them on. */
export const WatchSettingsSchema = z.object({
  /** Keep running with a tray icon when the last window is closed. */
  keepWatching: z.boolean(),
  /** Start with the OS session (without a window while watching). */
  startAtLogin: z.boolean(),
})
export type WatchSettings = z.infer<typeof WatchSettingsSchema>
