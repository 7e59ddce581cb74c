/**
 * Renderer test helpers: mount a component the way the app runs it (Pinia, i18n, PrimeVue with
 * toasts and confirmations, a memory router with the app's routes), and a fake `window.domainDesk`
 * built from plain async handlers (answers are wrapped as `{ ok: true, data }`; a thrown
 * `{ code, reason?, field?, params?, message }` becomes `{ ok: false, error }`).
 */
import { createTestingPinia, type TestingOptions } from '@pinia/testing'
import { afterEach, vi } from 'vitest'
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import Tooltip from 'primevue/tooltip'
import { isVNode, type Component, type ComponentInternalInstance, type EffectScope } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/ipc/channel-names'
import { buildBridge, type DomainDeskApi } from '@shared/ipc/bridge'
import type { EventName } from '@shared/ipc/contract'
import type { IpcError } from '@shared/ipc/errors'
import { createAppI18n, type AppLocale } from '@/i18n'
import { messages } from '@/i18n/all-messages'
import { primeVueLocale } from '@/i18n/primevue-locale'
import { routes } from '@/router'

type Handler = (...args: any[]) => unknown

/** What the cleanup needs of a mounted wrapper. */
interface Mounted {
  unmount(): void
  vm: { $: ComponentInternalInstance }
}
const mounted = new Set<Mounted>()

/**
 * Stops the effects (watchers, renders) of every component under `instance`. After an unmount
 * that failed half-way, the components it did not reach would otherwise keep reacting in later
 * tests, and the stores they look up would make their old Pinia the active one again.
 */
function stopEffects(instance: ComponentInternalInstance | null | undefined): void {
  if (!instance) return
  // Every component has its own effect scope (internal in Vue's types).
  ;(instance as ComponentInternalInstance & { scope: EffectScope }).scope.stop()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (isVNode(node)) {
      if (node.component) stopEffects(node.component)
      else visit(node.children)
    }
  }
  visit(instance.subTree)
}

// Mounted components (and PrimeVue's shared dialog and toast buses they listen to) never outlive
// a test. Registered at import, so it runs before a test file's own cleanup empties the document
// (after-each hooks run in registration order in this project, see vitest.config.mts).
afterEach(() => {
  for (const wrapper of mounted) {
    try {
      wrapper.unmount()
    } catch {
      // Already detached by the test itself, or part of the tree was (a PrimeVue overlay's
      // portal can be, in happy-dom): what the unmount did not reach is stopped here.
      stopEffects(wrapper.vm.$)
    }
  }
  mounted.clear()
})

/** A fake bridge: `handlers['domain.get'] = async (accountId, id) => view`. `emit` pushes events. */
export function installFakeBridge(handlers: Record<string, Handler>): {
  calls: Array<[string, unknown[]]>
  emit(event: EventName, payload: unknown): void
  api: DomainDeskApi
} {
  const calls: Array<[string, unknown[]]> = []
  const listeners = new Set<(event: EventName, payload: unknown) => void>()
  const api = buildBridge(
    CHANNEL_NAMES,
    EVENT_NAMES,
    async (channel, args) => {
      calls.push([channel, args])
      const handler = handlers[channel]
      if (!handler)
        return { ok: false, error: { code: 'Internal', message: `no fake for ${channel}` } }
      try {
        return { ok: true, data: await handler(...args) }
      } catch (e) {
        // The contract's error shape: whatever of it the fake threw.
        const { code, ...rest } = e as IpcError
        return { ok: false, error: { ...rest, code: code ?? 'Internal' } }
      }
    },
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  )
  window.domainDesk = api
  return { calls, api, emit: (event, payload) => listeners.forEach((l) => l(event, payload)) }
}

/** Mounts with the app's plugins. `pinia` options go to createTestingPinia (stubActions false by default). */
export async function mountApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & {
    pinia?: TestingOptions
    locale?: AppLocale
    path?: string
  } = {},
) {
  const { pinia, locale = 'en', path = '/portfolio', ...rest } = options
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    attachTo: document.body,
    ...rest,
    global: {
      plugins: [
        createTestingPinia({ stubActions: false, createSpy: vi.fn, ...pinia }),
        createAppI18n(locale, messages),
        [PrimeVue, { theme: 'none', locale: primeVueLocale(locale) }],
        ToastService,
        ConfirmationService,
        router,
      ],
      directives: { tooltip: Tooltip },
      ...rest.global,
    },
  })
  mounted.add(wrapper as unknown as Mounted)
  return { wrapper, router }
}
