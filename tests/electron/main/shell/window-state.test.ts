import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_STATE,
  fitWindowStateToDisplays,
  parseWindowState,
  restoreSteps,
  serializeWindowState,
  type WindowState,
} from '../../../../electron/main/shell/window-state'

const defaults = { bounds: { width: 1200, height: 800 }, maximized: false, fullScreen: false }

describe('parseWindowState', () => {
  it('reads back what serializeWindowState wrote', () => {
    const state: WindowState = {
      bounds: { x: 40, y: 60, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    }
    expect(parseWindowState(serializeWindowState(state))).toEqual(state)
  })

  it('gives the defaults for a missing file', () => {
    expect(parseWindowState(undefined)).toEqual(defaults)
  })

  it('gives the defaults for a corrupt or foreign file instead of throwing', () => {
    for (const text of [
      '',
      '{',
      'null',
      '42',
      '"bounds"',
      '[]',
      '{}',
      '{"bounds":null}',
      '{"bounds":{"width":"1200","height":800}}',
      '{"bounds":{"width":0,"height":800}}',
      '{"bounds":{"width":-5,"height":800}}',
      '{"bounds":{"width":1e999,"height":800}}',
      '{"bounds":{"width":1200}}',
      '\u0000\u0001binary',
    ]) {
      expect(parseWindowState(text), JSON.stringify(text)).toEqual(defaults)
    }
  })

  it('drops a position that is only half given or not numeric, keeping the size', () => {
    expect(parseWindowState('{"bounds":{"x":10,"width":900,"height":600}}')).toEqual({
      bounds: { width: 900, height: 600 },
      maximized: false,
      fullScreen: false,
    })
    expect(parseWindowState('{"bounds":{"x":"10","y":5,"width":900,"height":600}}').bounds).toEqual(
      { width: 900, height: 600 },
    )
  })

  it('rounds to whole pixels, as Electron requires', () => {
    expect(parseWindowState('{"bounds":{"x":1.4,"y":2.6,"width":900.5,"height":600.2}}')).toEqual({
      bounds: { x: 1, y: 3, width: 901, height: 600 },
      maximized: false,
      fullScreen: false,
    })
  })

  it('reads back a full-screen window, maximised underneath or not', () => {
    const state: WindowState = {
      bounds: { x: 40, y: 60, width: 1000, height: 700 },
      maximized: true,
      fullScreen: true,
    }
    expect(parseWindowState(serializeWindowState(state))).toEqual(state)
    expect(
      parseWindowState('{"bounds":{"width":900,"height":600},"fullScreen":1}').fullScreen,
    ).toBe(false)
    // A file written before full screen was remembered.
    expect(
      parseWindowState('{"bounds":{"width":900,"height":600},"maximized":true}').fullScreen,
    ).toBe(false)
  })

  it('treats anything but true as not maximised', () => {
    const text = '{"bounds":{"width":900,"height":600},"maximized":"yes"}'
    expect(parseWindowState(text).maximized).toBe(false)
  })

  it('never hands out the shared defaults object', () => {
    const state = parseWindowState(undefined)
    state.bounds.width = 1
    expect(DEFAULT_WINDOW_STATE.bounds.width).toBe(1200)
  })
})

describe('fitWindowStateToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 }
  const external = { x: 1440, y: -200, width: 2560, height: 1400 }

  const at = (x: number, y: number, width = 1000, height = 700): WindowState => ({
    bounds: { x, y, width, height },
    maximized: false,
    fullScreen: false,
  })

  it('keeps a window that already fits where it is', () => {
    expect(fitWindowStateToDisplays(at(100, 50), [laptop, external])).toEqual(at(100, 50))
  })

  it('keeps a window on a secondary display, negative coordinates included', () => {
    expect(fitWindowStateToDisplays(at(1600, -150), [laptop, external])).toEqual(at(1600, -150))
  })

  it('pulls a window hanging off the edge fully back onto its display', () => {
    expect(fitWindowStateToDisplays(at(1000, 500), [laptop]).bounds).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
    })
  })

  it('moves a window to the display it overlaps most', () => {
    // 40 px on the laptop, 960 px on the external display.
    const fitted = fitWindowStateToDisplays(at(1400, 0), [laptop, external])
    expect(fitted.bounds.x).toBe(1440)
    expect(fitted.bounds.y).toBe(0)
  })

  it('centres a window whose display is gone on the primary display', () => {
    const fitted = fitWindowStateToDisplays(at(5000, 3000), [laptop])
    expect(fitted.bounds).toEqual({ width: 1000, height: 700 })
  })

  it('shrinks a window larger than its display to the work area', () => {
    const fitted = fitWindowStateToDisplays(at(0, 0, 3000, 2000), [laptop])
    expect(fitted.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('grows a window below the minimum size back to it', () => {
    expect(fitWindowStateToDisplays(at(0, 0, 100, 50), [laptop]).bounds).toMatchObject({
      width: 720,
      height: 480,
    })
  })

  it('fits a position-less state to the primary display', () => {
    const state = { bounds: { width: 4000, height: 3000 }, maximized: true, fullScreen: false }
    expect(fitWindowStateToDisplays(state, [laptop, external])).toEqual({
      bounds: { width: 1440, height: 875 },
      maximized: true,
      fullScreen: false,
    })
  })

  it('keeps the maximised flag', () => {
    const state = { ...at(10, 10), maximized: true, fullScreen: false }
    expect(fitWindowStateToDisplays(state, [laptop]).maximized).toBe(true)
  })

  it('keeps the full-screen flag, with or without displays', () => {
    const state = { ...at(10, 10), fullScreen: true }
    expect(fitWindowStateToDisplays(state, [laptop]).fullScreen).toBe(true)
    expect(fitWindowStateToDisplays(state, []).fullScreen).toBe(true)
  })

  it('only strips the position when no display is known', () => {
    expect(fitWindowStateToDisplays(at(10, 10), [])).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: false,
      fullScreen: false,
    })
  })
})

describe('restoreSteps', () => {
  const state = (maximized: boolean, fullScreen: boolean): WindowState => ({
    bounds: { width: 1000, height: 700 },
    maximized,
    fullScreen,
  })

  it('does nothing for a normal window', () => {
    expect(restoreSteps(state(false, false))).toEqual([])
  })

  it('maximises a maximised window', () => {
    expect(restoreSteps(state(true, false))).toEqual(['maximize'])
  })

  it('enters full screen, after maximising so that leaving it returns to maximised', () => {
    expect(restoreSteps(state(false, true))).toEqual(['fullScreen'])
    expect(restoreSteps(state(true, true))).toEqual(['maximize', 'fullScreen'])
  })
})
