import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, EVENT_CHANNEL } from '../../../electron/shared/ipc/channel-names'

const exposed = new Map<string, any>()
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, data: 'answer' }))
const listeners = new Map<string, (...args: unknown[]) => void>()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}))

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear()
    vi.resetModules()
    await import('../../../electron/preload/index')
  })

  it('exposes only window.domainDesk, with one named function per channel and on()', () => {
    expect([...exposed.keys()]).toEqual(['domainDesk'])
    const api = exposed.get('domainDesk')
    const names = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([area, fns]) => Object.keys(fns as object).map((fn) => `${area}.${fn}`))
    expect(names.sort()).toEqual([...CHANNEL_NAMES].sort())
    expect(Object.keys(api)).not.toContain('invoke')
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|process/)
  })

  it('invokes the named channel with the arguments', async () => {
    const api = exposed.get('domainDesk')
    await expect(api.domain.get('acct', 101)).resolves.toEqual({ ok: true, data: 'answer' })
    expect(invoke).toHaveBeenCalledWith('domain.get', 'acct', 101)
  })

  it('subscribes to known events only and returns an unsubscribe function', () => {
    const api = exposed.get('domainDesk')
    const seen: unknown[] = []
    const off = api.on('sync.progress', (payload: unknown) => seen.push(payload))
    listeners.get(EVENT_CHANNEL)!({}, { event: 'sync.progress', payload: { pagesDone: 1 } })
    listeners.get(EVENT_CHANNEL)!({}, { event: 'connectivity', payload: { state: 'offline' } })
    off()
    expect(seen).toEqual([{ pagesDone: 1 }])
    expect(listeners.has(EVENT_CHANNEL)).toBe(false)
    expect(() => api.on('steal.tokens', () => {})).toThrow(/Unknown Domain Desk event/)
  })
})
