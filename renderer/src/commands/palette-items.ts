/**
 * What the command palette lists for what the user typed: the matching domains (asked of main's
 * portfolio search, so 100,000 domains never come to the page) and the matching actions.
 */
import type { AppCommand } from '@shared/commands/app-commands'
import type { DomainRow } from '@shared/ipc/models'

/** One entry of the palette's list. */
export type PaletteItem =
  | { kind: 'domain'; key: string; label: string; detail?: string; domainId: number }
  | {
      kind: 'action'
      key: string
      label: string
      command?: AppCommand
      /** An account to switch to (the "switch account" action, one per other account). */
      accountId?: string
      /** A saved view to open (the "open view" action, one per saved view). */
      viewId?: number
    }

/** How many domains the palette shows for a search. */
export const PALETTE_DOMAIN_LIMIT = 8

/** The actions the palette offers, in this order; the palette itself is left out. */
export const PALETTE_COMMANDS: readonly AppCommand[] = [
  'sync',
  'register',
  'find',
  'export',
  'toggleTheme',
  'portfolio',
  'calendar',
  'transfers',
  'notifications',
  'settings',
]

/** Case- and accent-insensitive "contains every word of the query". */
export function matches(label: string, query: string): boolean {
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()
  const haystack = fold(label)
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

/** Domains as palette items. */
export function domainItems(rows: DomainRow[]): PaletteItem[] {
  return rows.map((row) => ({
    kind: 'domain',
    key: `domain-${row.id}`,
    label: row.unicodeName,
    ...(row.name !== row.unicodeName ? { detail: row.name } : {}),
    domainId: row.id,
  }))
}

/** The actions whose label contains the query (all of them for an empty query). */
export function actionItems(
  query: string,
  label: (command: AppCommand) => string,
  accounts: Array<{ id: string; label: string }>,
  switchLabel: (name: string) => string,
  views: Array<{ viewId: number; name: string }> = [],
  viewLabel: (name: string) => string = (name) => name,
): PaletteItem[] {
  const actions: PaletteItem[] = PALETTE_COMMANDS.map((command) => ({
    kind: 'action',
    key: `command-${command}`,
    label: label(command),
    command,
  }))
  for (const account of accounts)
    actions.push({
      kind: 'action',
      key: `account-${account.id}`,
      label: switchLabel(account.label),
      accountId: account.id,
    })
  for (const view of views)
    actions.push({
      kind: 'action',
      key: `view-${view.viewId}`,
      label: viewLabel(view.name),
      viewId: view.viewId,
    })
  return actions.filter((item) => matches(item.label, query))
}
