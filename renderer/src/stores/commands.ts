/**
 * The command registry: what each of the app's commands does in the page. The application menu
 * (through the `menu.command` event), the keyboard shortcuts and the command palette all run
 * commands through `run`, so each command has one implementation.
 */
import { defineStore } from 'pinia'
import { computed, nextTick, ref } from 'vue'
import type { Router } from 'vue-router'
import type { AppCommand } from '@shared/commands/app-commands'
import { onEvent } from '@/api/events'
import { commandForKey, isMac } from '@/commands/shortcuts'
import { useAccountsStore } from './accounts'
import { useConnectivityStore } from './connectivity'
import { useExportsStore } from './exports'
import { useNotificationCentreStore } from './notification-centre'
import { useSavedViewsStore } from './saved-views'
import { useSettingsStore } from './settings'

/** The id of the portfolio's search field, which Find focuses. */
export const PORTFOLIO_SEARCH_ID = 'portfolio-search'

/** The registry, the palette's open state, and the menu and keyboard wiring. */
export const useCommandsStore = defineStore('commands', () => {
  const paletteOpen = ref(false)
  let router: Router | undefined

  const go = async (path: string) => {
    await router?.push(path)
  }
  const accountId = () => useAccountsStore().current?.id

  async function find(): Promise<void> {
    if (router?.currentRoute.value.name !== 'portfolio') await go('/portfolio')
    await nextTick()
    const field = document.getElementById(PORTFOLIO_SEARCH_ID) as HTMLInputElement | null
    field?.focus()
    field?.select()
  }

  function switchAccount(): void {
    const accounts = useAccountsStore()
    const list = accounts.accounts
    if (list.length < 2) return
    const at = list.findIndex((a) => a.id === accounts.current?.id)
    accounts.select(list[(at + 1) % list.length]!.id)
  }

  const commands: Record<AppCommand, () => void | Promise<unknown>> = {
    sync: () => {
      const id = accountId()
      // Failures show in the status bar and the offline banner, as for the Sync button.
      return id
        ? useConnectivityStore()
            .sync(id)
            .catch(() => undefined)
        : undefined
    },
    register: () => go('/registration'),
    find,
    settings: () => go('/settings'),
    palette: () => {
      paletteOpen.value = true
    },
    export: () => (accountId() ? useExportsStore().exportPortfolio() : undefined),
    overview: () => go('/overview'),
    portfolio: () => go('/portfolio'),
    calendar: () => go('/calendar'),
    transfers: () => go('/transfers'),
    notifications: () => useNotificationCentreStore().openPanel(),
    toggleTheme: () => {
      const settings = useSettingsStore()
      settings.setTheme(settings.dark ? 'light' : 'dark')
    },
    switchAccount,
  }

  /**
   * One "open view" command per saved view of the current account (the palette lists them).
   * Each goes through the view's link, as the sidebar's entry does.
   */
  const viewCommands = computed(() =>
    useSavedViewsStore().views.map((view) => ({
      viewId: view.id,
      name: view.name,
      run: () => openView(view.id),
    })),
  )

  /** Opens the portfolio exactly as a saved view keeps it. */
  async function openView(viewId: number): Promise<void> {
    await router?.push({ path: '/portfolio', query: { view: String(viewId) } })
  }

  /** Runs a command; resolves when it has done its part (a sync, when the sync ended). */
  async function run(command: AppCommand): Promise<void> {
    await commands[command]()
  }

  /** Runs the command of a shortcut pressed anywhere in the page. */
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing) return
    const command = commandForKey(event, isMac())
    if (!command) return
    // The browser's own meaning (reload, new window, find in page) is replaced, as in the menu.
    event.preventDefault()
    void run(command)
  }

  /**
   * Runs menu clicks and shortcuts from now on; returns the stop function. In Electron the page
   * handles the keys first and prevents them, so the menu's accelerator does not run them twice.
   */
  function install(appRouter: Router): () => void {
    router = appRouter
    const stop = onEvent('menu.command', ({ command }) => void run(command))
    window.addEventListener('keydown', onKeydown)
    return () => {
      stop()
      window.removeEventListener('keydown', onKeydown)
    }
  }

  return { paletteOpen, run, viewCommands, openView, install, onKeydown }
})
