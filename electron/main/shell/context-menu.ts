/**
 * The context menu of text fields (cut, copy, paste, select all), in the user's language, with
 * each item enabled as Chromium's edit flags say. Portfolio rows have their own menu in the
 * page. Spelling suggestions are not offered.
 */
import type { ContextMenuParams, Menu, MenuItemConstructorOptions, WebContents } from 'electron'
import { MENU_TEXT, type MenuLanguage } from './menu-text'

type EditFlags = Pick<
  ContextMenuParams['editFlags'],
  'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'
>

/**
 * The menu for a right click at `params`, or undefined where the app shows none (outside text
 * fields and selections, so the page's own menus are not covered up).
 */
export function textContextMenuTemplate(
  params: { isEditable: boolean; selectionText: string; editFlags: EditFlags },
  language: MenuLanguage,
): MenuItemConstructorOptions[] | undefined {
  const text = MENU_TEXT[language]
  const flags = params.editFlags
  if (params.isEditable)
    return [
      { role: 'cut', label: text.cut, enabled: flags.canCut },
      { role: 'copy', label: text.copy, enabled: flags.canCopy },
      { role: 'paste', label: text.paste, enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: text.selectAll, enabled: flags.canSelectAll },
    ]
  if (params.selectionText.trim() !== '')
    return [{ role: 'copy', label: text.copy, enabled: flags.canCopy }]
  return undefined
}

/** Shows the text-field menu on every right click (or menu key) in `contents`. */
export function attachTextContextMenu(
  contents: Pick<WebContents, 'on'>,
  buildMenu: (template: MenuItemConstructorOptions[]) => Pick<Menu, 'popup'>,
  language: () => MenuLanguage,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = textContextMenuTemplate(params, language())
    if (template) buildMenu(template).popup()
  })
}
