/**
 * Copies text for the user. The async Clipboard API first; where the page may not use it (the
 * app grants the page no permissions), the copy command on a hidden text area, which needs
 * none and runs within the user's click or key press.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    const focused = document.activeElement as HTMLElement | null
    document.body.append(area)
    area.select()
    try {
      return document.execCommand('copy')
    } finally {
      area.remove()
      focused?.focus()
    }
  }
}
