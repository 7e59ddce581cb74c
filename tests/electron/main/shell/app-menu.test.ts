import { describe, expect, it, vi } from 'vitest'
import { installAppMenu, type MenuApi } from '../../../../electron/main/shell/app-menu'
import { textContextMenuTemplate } from '../../../../electron/main/shell/context-menu'

function fakeMenu() {
  const set: unknown[][] = []
  const api = {
    buildFromTemplate: (template: unknown[]) => template,
    setApplicationMenu: (menu: unknown) => set.push(menu as unknown[]),
  } as unknown as MenuApi
  return { api, set }
}
const labelsOf = (menu: unknown) => (menu as Array<{ label?: string }>).map((item) => item.label)

describe('installAppMenu', () => {
  it('sets the menu in English and rebuilds it only when the language changes', () => {
    const { api, set } = fakeMenu()
    const handle = installAppMenu(
      api,
      { platform: 'linux', isDev: false },
      { command: vi.fn(), openApiDocs: vi.fn() },
    )
    expect(set).toHaveLength(1)
    expect(labelsOf(set[0])).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    handle.setLanguage('hy')
    expect(set).toHaveLength(2)
    expect(labelsOf(set[1])[0]).toBe('Ֆայլ')
    handle.setLanguage('hy')
    expect(set).toHaveLength(2)
  })
})

describe('textContextMenuTemplate', () => {
  const flags = { canCut: false, canCopy: true, canPaste: true, canSelectAll: true }

  it('offers cut, copy, paste and select all in a text field, enabled as Chromium says', () => {
    const menu = textContextMenuTemplate(
      { isEditable: true, selectionText: '', editFlags: flags },
      'en',
    )!
    expect(menu.map((item) => [item.role ?? item.type, item.label, item.enabled])).toEqual([
      ['cut', 'Cut', false],
      ['copy', 'Copy', true],
      ['paste', 'Paste', true],
      ['separator', undefined, undefined],
      ['selectAll', 'Select All', true],
    ])
  })

  it('offers copy for selected text, in Armenian too, and nothing elsewhere', () => {
    const selected = textContextMenuTemplate(
      { isEditable: false, selectionText: 'example.com', editFlags: flags },
      'hy',
    )
    expect(selected).toEqual([{ role: 'copy', label: 'Պատճենել', enabled: true }])
    expect(
      textContextMenuTemplate({ isEditable: false, selectionText: ' ', editFlags: flags }, 'en'),
    ).toBeUndefined()
  })
})
