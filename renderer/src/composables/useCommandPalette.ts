/**
 * The command palette's state: the query, the items for it (domains from main's search, newest
 * query wins) and the active item, with the keys of a combobox over a listbox.
 */
import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { DomainRow } from '@shared/ipc/models'
import { fetchPortfolioPage } from '@/api/portfolio'
import {
  actionItems,
  domainItems,
  PALETTE_DOMAIN_LIMIT,
  type PaletteItem,
} from '@/commands/palette-items'
import { useAccountsStore } from '@/stores/accounts'
import { useCommandsStore } from '@/stores/commands'
import { useSettingsStore } from '@/stores/settings'
import { errorText } from '@/format/error-text'

/** The palette's query, items, active item and what choosing one does. */
export function useCommandPalette(open: Ref<boolean>) {
  const { t } = useI18n()
  const router = useRouter()
  const accounts = useAccountsStore()
  const settings = useSettingsStore()
  const commands = useCommandsStore()
  const query = ref('')
  const domains = ref<DomainRow[]>([])
  const searchError = ref<string | null>(null)
  const active = ref(0)
  let generation = 0

  const actionLabel = (command: string) =>
    command === 'toggleTheme'
      ? t(settings.dark ? 'commands.names.toggleThemeLight' : 'commands.names.toggleThemeDark')
      : t(`commands.names.${command}`)
  const domainList = computed(() => domainItems(domains.value))
  const actionList = computed(() =>
    actionItems(
      query.value,
      actionLabel,
      accounts.accounts.filter((a) => a.id !== accounts.current?.id),
      (name) => t('commands.names.switchTo', { name }),
      commands.viewCommands,
      (name) => t('views.command', { name }),
    ),
  )
  const items = computed<PaletteItem[]>(() => [...domainList.value, ...actionList.value])

  async function search(text: string): Promise<void> {
    const gen = ++generation
    const id = accounts.current?.id
    if (!id || text.trim() === '') {
      domains.value = []
      searchError.value = null
      return
    }
    try {
      const page = await fetchPortfolioPage(id, {
        search: text.trim(),
        sort: { by: 'name', dir: 'asc' },
        offset: 0,
        limit: PALETTE_DOMAIN_LIMIT,
      })
      if (gen !== generation) return
      domains.value = page.rows
      searchError.value = null
    } catch (error) {
      if (gen !== generation) return
      domains.value = []
      searchError.value = errorText(error)
    }
  }

  watch(query, (text) => {
    active.value = 0
    void search(text)
  })
  watch(items, (list) => {
    if (active.value >= list.length) active.value = Math.max(0, list.length - 1)
  })
  watch(open, (isOpen) => {
    if (isOpen) return
    query.value = ''
    domains.value = []
  })

  /** Runs an item: opens the domain, switches the account or runs the command. */
  async function choose(item: PaletteItem | undefined): Promise<void> {
    if (!item) return
    open.value = false
    if (item.kind === 'domain') await router.push({ name: 'domain', params: { id: item.domainId } })
    else if (item.accountId) accounts.select(item.accountId)
    else if (item.viewId) await commands.openView(item.viewId)
    else if (item.command) await commands.run(item.command)
  }

  /** Arrow keys move, Home and End jump when the list is focused by keys, Enter chooses. */
  function onKeydown(event: KeyboardEvent): void {
    const count = items.value.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (count === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      active.value = (active.value + step + count) % count
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault()
      void choose(items.value[active.value])
    }
  }

  return { query, items, domainList, actionList, active, searchError, choose, onKeydown }
}
