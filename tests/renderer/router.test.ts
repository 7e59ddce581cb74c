import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, prefetchStartPage, routes } from '@/router'
import { installFakeBridge } from './support/app'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => delete window.domainDesk)

const router = () => createAppRouter(createMemoryHistory())

describe('router', () => {
  it('has the hash routes of the app', () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/welcome',
        '/overview',
        '/portfolio',
        '/domains/:id(\\d+)',
        '/registration',
        '/costs',
        '/settings',
      ]),
    )
  })

  it('keeps the registration page’s earlier address, /register, with its query', async () => {
    installFakeBridge({ 'accounts.list': async () => [{ id: 'a1' }] })
    const r = router()
    await r.push('/register?name=new-idea.net')
    expect(r.currentRoute.value.name).toBe('registration')
    expect(r.currentRoute.value.fullPath).toBe('/registration?name=new-idea.net')
  })

  it('sends a user without accounts to the welcome page', async () => {
    installFakeBridge({ 'accounts.list': async () => [] })
    const r = router()
    await r.push('/portfolio')
    expect(r.currentRoute.value.name).toBe('welcome')
  })

  it('opens the portfolio and domain pages once an account exists, with a numeric id', async () => {
    installFakeBridge({ 'accounts.list': async () => [{ id: 'a1' }] })
    const r = router()
    await r.push('/domains/101')
    expect(r.currentRoute.value.name).toBe('domain')
    const match = r.currentRoute.value.matched[0]!
    expect((match.props.default as (route: unknown) => unknown)(r.currentRoute.value)).toEqual({
      id: 101,
    })
    await r.push('/portfolio')
    expect(r.currentRoute.value.name).toBe('portfolio')
    await r.push('/nowhere')
    expect(r.currentRoute.value.name).toBe('overview')
  })

  it('lands on the Overview once an account exists, and on the welcome page before', async () => {
    installFakeBridge({ 'accounts.list': async () => [{ id: 'a1' }] })
    const r = router()
    await r.push('/')
    expect(r.currentRoute.value.name).toBe('overview')
    delete window.domainDesk
    setActivePinia(createPinia())
    installFakeBridge({ 'accounts.list': async () => [] })
    const fresh = router()
    await fresh.push('/')
    expect(fresh.currentRoute.value.name).toBe('welcome')
  })

  it("starts loading the page's code while the guard still waits for the accounts", async () => {
    let answer!: (accounts: unknown[]) => void
    installFakeBridge({ 'accounts.list': () => new Promise((resolve) => (answer = resolve)) })
    const r = router()
    const page = vi.fn(async () => ({ render: () => null }))
    r.addRoute({ path: '/slow-page', name: 'slow', component: page })
    const done = r.push('/slow-page')
    await vi.waitFor(() => expect(answer).toBeDefined())
    // The accounts have not answered, and the page's code is already on its way.
    expect(page).toHaveBeenCalled()
    answer([{ id: 'a1' }])
    await done
    expect(r.currentRoute.value.name).toBe('slow')
  })

  it('starts loading the code of the page the window opens on, a plain redirect followed', () => {
    const r = router()
    const portfolio = vi.fn(async () => ({ render: () => null }))
    const landing = vi.fn(async () => ({ render: () => null }))
    r.addRoute({ path: '/first-page', component: portfolio })
    r.addRoute({ path: '/old-landing', redirect: '/landing' })
    r.addRoute({ path: '/landing', component: landing })
    prefetchStartPage(r, '#/first-page?search=x')
    expect(portfolio).toHaveBeenCalledOnce()
    prefetchStartPage(r, '#/old-landing')
    expect(landing).toHaveBeenCalledOnce()
    // No navigation has started: nothing asked main for the accounts.
    expect(r.currentRoute.value.path).toBe('/')
  })
})
