import { EventEmitter } from 'node:events'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { receiveDeepLinks } from '../../../../electron/main/shell/deep-links'

function fakeApp() {
  const app = new EventEmitter() as EventEmitter & Record<string, any>
  app.setAsDefaultProtocolClient = vi.fn(() => true)
  return app
}

const packaged = { argv: ['/opt/Domain Desk/domain-desk'], defaultApp: false, execPath: '/x' }

describe('receiveDeepLinks', () => {
  it('registers the scheme, with the app folder when run from a checkout', () => {
    const app = fakeApp()
    receiveDeepLinks(app as any, packaged, () => undefined)
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('domaindesk')
    const dev = fakeApp()
    receiveDeepLinks(
      dev as any,
      { argv: ['/e/electron', 'out/main/index.js'], defaultApp: true, execPath: '/e/electron' },
      () => undefined,
    )
    expect(dev.setAsDefaultProtocolClient).toHaveBeenCalledWith('domaindesk', '/e/electron', [
      resolve('out/main/index.js'),
    ])
  })

  it('keeps the links of the first start and of early events until started, in order', () => {
    const app = fakeApp()
    const delivered: string[] = []
    const receiver = receiveDeepLinks(
      app as any,
      { ...packaged, argv: [...packaged.argv, 'domaindesk://domain/a.com'] },
      (link) => delivered.push(link),
    )
    const openUrl = { preventDefault: vi.fn() }
    app.emit('open-url', openUrl, 'domaindesk://domain/b.com')
    expect(openUrl.preventDefault).toHaveBeenCalled()
    expect(delivered).toEqual([])
    receiver.start()
    expect(delivered).toEqual(['domaindesk://domain/a.com', 'domaindesk://domain/b.com'])
  })

  it('delivers a link from a later launch, and says when a later launch brought none', () => {
    const app = fakeApp()
    const delivered: string[] = []
    const relaunched = vi.fn()
    const receiver = receiveDeepLinks(
      app as any,
      packaged,
      (link) => delivered.push(link),
      relaunched,
    )
    app.emit('second-instance', {}, ['/opt/dd'], '/')
    expect(relaunched).not.toHaveBeenCalled()
    receiver.start()
    app.emit('second-instance', {}, ['/opt/dd', '--x', 'domaindesk://register?name=c.com'], '/')
    app.emit('second-instance', {}, ['/opt/dd'], '/')
    expect(delivered).toEqual(['domaindesk://register?name=c.com'])
    expect(relaunched).toHaveBeenCalledOnce()
  })
})
