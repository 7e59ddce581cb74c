/** A rectangle on screen, in device-independent pixels. */
export interface ScreenRect {
  x: number
  y: number
  width: number
  height: number
}

/** Where the main window was and how big. Without `x`/`y` the window is centred. */
export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

/** What is remembered of the main window between runs. */
export interface WindowState {
  bounds: WindowBounds
  maximized: boolean
  /** Whether the window was full screen (over its maximised or normal bounds). */
  fullScreen: boolean
}

/** The smallest the main window may be (also its `minWidth`/`minHeight`). */
export const MINIMUM_WINDOW_SIZE = Object.freeze({ width: 720, height: 480 })

/** The first-run window: 1200×800, centred, neither maximised nor full screen. */
export const DEFAULT_WINDOW_STATE: WindowState = Object.freeze({
  bounds: Object.freeze({ width: 1200, height: 800 }),
  maximized: false,
  fullScreen: false,
}) as WindowState

/** A copy of the defaults, so callers can never change the shared object. */
function defaults(): WindowState {
  return { bounds: { ...DEFAULT_WINDOW_STATE.bounds }, maximized: false, fullScreen: false }
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/**
 * Reads the saved state file's text. Anything that is not the expected shape (not JSON,
 * missing or non-numeric sizes, sizes of zero or less, a half-given position) gives the
 * defaults: a damaged file must never stop the app from starting.
 */
export function parseWindowState(text: string | undefined): WindowState {
  if (text === undefined) return defaults()
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return defaults()
  }
  if (typeof data !== 'object' || data === null) return defaults()
  const { bounds, maximized, fullScreen } = data as {
    bounds?: unknown
    maximized?: unknown
    fullScreen?: unknown
  }
  if (typeof bounds !== 'object' || bounds === null) return defaults()
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) {
    return defaults()
  }
  const size = { width: Math.round(width), height: Math.round(height) }
  const position =
    isFiniteNumber(x) && isFiniteNumber(y) ? { x: Math.round(x), y: Math.round(y) } : {}
  return {
    bounds: { ...position, ...size },
    maximized: maximized === true,
    fullScreen: fullScreen === true,
  }
}

/** The text written to the state file. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`
}

/** How many square pixels two rectangles share. */
function overlapArea(a: ScreenRect, b: ScreenRect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high))

/** A size no bigger than the work area and, where the work area allows, no smaller than the minimum. */
function fitSize(bounds: WindowBounds, area: ScreenRect): { width: number; height: number } {
  return {
    width: clamp(bounds.width, Math.min(MINIMUM_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(bounds.height, Math.min(MINIMUM_WINDOW_SIZE.height, area.height), area.height),
  }
}

/**
 * Makes a saved state fit the displays there are now: the window goes on the display it
 * overlaps most, shrunk to that display's work area if needed and moved fully inside it. A
 * window that overlaps no display (a monitor was unplugged) is centred on the primary one.
 *
 * `workAreas` are the displays' work areas with the primary display first; with none known the
 * state is only stripped of its position.
 */
export function fitWindowStateToDisplays(state: WindowState, workAreas: ScreenRect[]): WindowState {
  const primary = workAreas[0]
  const { x, y } = state.bounds
  if (!primary) {
    return {
      bounds: { width: state.bounds.width, height: state.bounds.height },
      maximized: state.maximized,
      fullScreen: state.fullScreen,
    }
  }
  let best: ScreenRect | undefined
  if (x !== undefined && y !== undefined) {
    const placed = { x, y, width: state.bounds.width, height: state.bounds.height }
    let bestArea = 0
    for (const area of workAreas) {
      const shared = overlapArea(placed, area)
      if (shared > bestArea) {
        bestArea = shared
        best = area
      }
    }
  }
  if (!best || x === undefined || y === undefined) {
    return {
      bounds: fitSize(state.bounds, primary),
      maximized: state.maximized,
      fullScreen: state.fullScreen,
    }
  }
  const size = fitSize(state.bounds, best)
  return {
    bounds: {
      x: clamp(x, best.x, best.x + best.width - size.width),
      y: clamp(y, best.y, best.y + best.height - size.height),
      ...size,
    },
    maximized: state.maximized,
    fullScreen: state.fullScreen,
  }
}

/** What is done to a restored window once it can be shown. */
export type RestoreStep = 'maximize' | 'fullScreen'

/**
 * How to bring a window back to its saved state: maximise it if it was, then enter full screen
 * if it was, so that leaving full screen returns it to maximised when it had been.
 */
export function restoreSteps(state: WindowState): RestoreStep[] {
  const steps: RestoreStep[] = []
  if (state.maximized) steps.push('maximize')
  if (state.fullScreen) steps.push('fullScreen')
  return steps
}
