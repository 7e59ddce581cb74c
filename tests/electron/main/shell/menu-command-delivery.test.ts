import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { deliverMenuCommand } from '../../../../electron/main/shell/app-menu'

/** A window whose page reports `did-finish-load` when the test says so. */
class FakeWindow {
  readonly webContents = new EventEmitter()
}

function setup(open: FakeWindow | undefined) {
  let window = open
  const emitted: string[] = []
  const delivery = {
    window: () => window,
    open: () => (window = new FakeWindow()),
    loaded: (w: FakeWindow) =>
      new Promise<void>((resolve) => w.webContents.once('did-finish-load', () => resolve())),
    emit: (command: string) => emitted.push(command),
  }
  return { delivery, emitted, current: () => window }
}

describe('deliverMenuCommand', () => {
  it('sends at once to an open window', async () => {
    const { delivery, emitted } = setup(new FakeWindow())
    await deliverMenuCommand('sync', delivery)
    expect(emitted).toEqual(['sync'])
  })

  it('with no window, opens one and sends only after its page has loaded', async () => {
    const { delivery, emitted, current } = setup(undefined)
    const delivered = deliverMenuCommand('register', delivery)
    await Promise.resolve()
    expect(current()).toBeInstanceOf(FakeWindow)
    expect(emitted).toEqual([])
    current()!.webContents.emit('did-finish-load')
    await delivered
    expect(emitted).toEqual(['register'])
  })
})
