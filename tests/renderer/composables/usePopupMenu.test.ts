import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineAsyncComponent, defineComponent, h, type Component, type SetupContext } from 'vue'
import { usePopupMenu, type PopupMenuHandle } from '@/composables/usePopupMenu'

/** A stand-in for PrimeVue's Menu: counts its mounts and records where it was opened. */
function fakeMenu() {
  const seen = { mounts: 0, opened: [] as Array<HTMLElement | undefined>, open: false }
  const Menu: Component = {
    setup(_: unknown, { expose }: SetupContext) {
      seen.mounts++
      const handle: PopupMenuHandle = {
        toggle(_event, target) {
          seen.open = !seen.open
          seen.opened.push(target)
        },
      }
      expose(handle)
      return () => h('ul', { role: 'menu' })
    },
  }
  return { Menu, seen }
}

function host(Menu: Component) {
  return defineComponent({
    setup() {
      const { used, toggle } = usePopupMenu('menu')
      return () => [
        h('button', { id: 'opener', onClick: toggle }, 'Actions'),
        used.value ? h(Menu, { ref: 'menu' }) : null,
      ]
    },
  })
}

describe('usePopupMenu', () => {
  it('mounts the menu at its first opening, by the element that opened it', async () => {
    const { Menu, seen } = fakeMenu()
    const wrapper = mount(host(Menu), { attachTo: document.body })
    expect(seen.mounts).toBe(0)
    expect(wrapper.find('[role="menu"]').exists()).toBe(false)

    await wrapper.get('#opener').trigger('click')
    await flushPromises()
    expect(seen.mounts).toBe(1)
    expect(seen.open).toBe(true)
    expect(seen.opened).toEqual([wrapper.get('#opener').element])

    // Later clicks toggle the same menu.
    await wrapper.get('#opener').trigger('click')
    await flushPromises()
    expect(seen).toMatchObject({ mounts: 1, open: false })
    expect(seen.opened).toHaveLength(2)
    wrapper.unmount()
  })

  it('waits for a menu whose code loads on first use', async () => {
    const { Menu, seen } = fakeMenu()
    let loaded!: () => void
    const Lazy = defineAsyncComponent(
      () => new Promise<Component>((resolve) => (loaded = () => resolve(Menu))),
    )
    const wrapper = mount(host(Lazy), { attachTo: document.body })
    await wrapper.get('#opener').trigger('click')
    await flushPromises()
    expect(seen.opened).toEqual([])

    loaded()
    await flushPromises()
    expect(seen.open).toBe(true)
    expect(seen.opened).toEqual([wrapper.get('#opener').element])
    wrapper.unmount()
  })
})
