/** The tray icon's texts in the user's language (the renderer tells main which). */
import type { ExportLanguage } from './export-text'

type TrayTexts = {
  /** The tooltip (and the macOS menu-bar title's long form). */
  toolTip: (count: number) => string
  /** The count as a menu line. */
  count: (count: number) => string
  open: string
  syncNow: string
  quit: string
}

export const TRAY_TEXT: Record<ExportLanguage, TrayTexts> = {
  en: {
    toolTip: (n) =>
      n === 0
        ? 'Domain Desk: nothing needs attention'
        : `Domain Desk: ${n} ${n === 1 ? 'item needs' : 'items need'} attention`,
    count: (n) =>
      n === 0
        ? 'Nothing needs attention'
        : `${n} ${n === 1 ? 'item needs' : 'items need'} attention`,
    open: 'Open Domain Desk',
    syncNow: 'Sync now',
    quit: 'Quit Domain Desk',
  },
  hy: {
    toolTip: (n) =>
      n === 0
        ? 'Domain Desk. ուշադրության կարիք ունեցող ոչինչ չկա'
        : `Domain Desk. ուշադրության կարիք ունի՝ ${n}`,
    count: (n) =>
      n === 0 ? 'Ուշադրության կարիք ունեցող ոչինչ չկա' : `Ուշադրության կարիք ունի՝ ${n}`,
    open: 'Բացել Domain Desk-ը',
    syncNow: 'Համաժամեցնել հիմա',
    quit: 'Փակել Domain Desk-ը',
  },
}
