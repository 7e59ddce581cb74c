import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, EVENT_CHANNEL } from '../../../../electron/shared/ipc/channel-names'
import { forwardEvents, registerIpcHandlers } from '../../../../electron/main/ipc/electron-ipc'
import { EventBus } from '../../../../electron/main/services/event-bus'
import { isTrustedSenderUrl } from '../../../../electron/main/shell/trusted-sender'
import type { Dispatch } from '../../../../electron/main/ipc/dispatcher'

type Listener = (
  event: { senderFrame?: { url: string; parent?: unknown } | null },
  ...args: unknown[]
) => unknown

function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  return {
    handlers,
    handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
    removeHandler: (channel: string) => void handlers.delete(channel),
  }
}

describe('Electron IPC transport', () => {
  it('registers every contract channel and removes them again', () => {
    const ipc = fakeIpcMain()
    const unregister = registerIpcHandlers(
      ipc as never,
      async () => ({ ok: true, data: null }),
      () => true,
    )
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort())
    unregister()
    expect(ipc.handlers.size).toBe(0)
  })

  it('passes the arguments and whether the sender frame is the app’s own page', async () => {
    const ipc = fakeIpcMain()
    const calls: unknown[] = []
    const dispatch: Dispatch = async (channel, args, sender) => {
      calls.push({ channel, args, sender })
      return { ok: true, data: null }
    }
    registerIpcHandlers(ipc as never, dispatch, (url) =>
      isTrustedSenderUrl(url, { devServerUrl: undefined }),
    )
    await ipc.handlers.get('domain.get')!(
      { senderFrame: { url: 'app://domain-desk/index.html', parent: null } },
      'acct',
      101,
    )
    await ipc.handlers.get('domain.get')!(
      { senderFrame: { url: 'https://evil.example/' } },
      'acct',
      101,
    )
    await ipc.handlers.get('domain.get')!({ senderFrame: null }, 'acct', 101)
    expect(calls).toEqual([
      {
        channel: 'domain.get',
        args: ['acct', 101],
        sender: { trusted: true, url: 'app://domain-desk/index.html' },
      },
      {
        channel: 'domain.get',
        args: ['acct', 101],
        sender: { trusted: false, url: 'https://evil.example/' },
      },
      { channel: 'domain.get', args: ['acct', 101], sender: { trusted: false, url: undefined } },
    ])
  })

  it('trusts only the main frame: an app page inside a subframe is refused', async () => {
    const ipc = fakeIpcMain()
    const trusted: boolean[] = []
    registerIpcHandlers(
      ipc as never,
      async (_channel, _args, sender) => {
        trusted.push(sender.trusted)
        return { ok: true, data: null }
      },
      (url) => isTrustedSenderUrl(url, { devServerUrl: undefined }),
    )
    const url = 'app://domain-desk/index.html'
    const main = { url, parent: null }
    await ipc.handlers.get('domain.get')!({ senderFrame: main }, 'acct', 101)
    await ipc.handlers.get('domain.get')!({ senderFrame: { url, parent: main } }, 'acct', 101)
    await ipc.handlers.get('domain.get')!({ senderFrame: { url } }, 'acct', 101)
    expect(trusted).toEqual([true, false, false])
  })

  it('forwards bus events to every live window on one channel', () => {
    const bus = new EventBus()
    const sent: unknown[] = []
    const live = {
      isDestroyed: () => false,
      send: (channel: string, message: unknown) => void sent.push({ channel, message }),
    }
    const dead = { isDestroyed: () => true, send: () => sent.push('dead') }
    const stop = forwardEvents(bus, () => [live, dead] as never)
    bus.emit('accounts.changed', { accountId: 'a' })
    stop()
    bus.emit('accounts.changed', { accountId: 'b' })
    expect(sent).toEqual([
      {
        channel: EVENT_CHANNEL,
        message: { event: 'accounts.changed', payload: { accountId: 'a' } },
      },
    ])
  })
})
