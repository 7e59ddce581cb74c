import { describe, expect, it, vi } from 'vitest'
import {
  installUnloadGuard,
  unsavedChangesDialog,
} from '../../../../electron/main/shell/unload-guard'

/** A web contents that can fire `will-prevent-unload` and tells whether it was let through. */
function fakeContents() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined
  return {
    on: (_name: string, l: typeof listener) => (listener = l),
    preventUnload() {
      const event = { preventDefault: vi.fn() }
      listener!(event)
      return event.preventDefault.mock.calls.length > 0
    },
  }
}

describe('unload guard', () => {
  it('lets the window close only when the user discards the changes', () => {
    const contents = fakeContents()
    const ask = vi.fn().mockReturnValueOnce(1).mockReturnValueOnce(0)
    installUnloadGuard(contents, { language: () => 'en', ask })
    expect(contents.preventUnload()).toBe(false)
    expect(contents.preventUnload()).toBe(true)
    expect(ask).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Leave without saving?',
        buttons: ['Discard and leave', 'Stay'],
      }),
    )
  })

  it('keeps the changes on Escape, and asks in Armenian', () => {
    const en = unsavedChangesDialog('en')
    expect(en.cancelId).toBe(1)
    expect(en.defaultId).toBe(1)
    expect(unsavedChangesDialog('hy')).toMatchObject({
      message: 'Դուրս գա՞լ առանց պահպանելու',
      buttons: ['Չեղարկել և դուրս գալ', 'Մնալ'],
    })
  })
})
