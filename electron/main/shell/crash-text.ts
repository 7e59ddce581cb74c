/** What the user reads when part of Domain Desk stops, in their language. */
export type CrashLanguage = 'en' | 'hy'

interface CrashText {
  title: string
  rendererGone: string
  rendererGoneDetail: (reason: string) => string
  reload: string
  quit: string
}

export const CRASH_TEXT: Record<CrashLanguage, CrashText> = {
  en: {
    title: 'Domain Desk',
    rendererGone: 'The Domain Desk window stopped unexpectedly.',
    rendererGoneDetail: (reason) =>
      `Reason: ${reason}. Your portfolio and settings are safe; nothing was sent to VPS.org on its own. Reload the window to carry on, or quit and start Domain Desk again. The details are in the log file.`,
    reload: 'Reload the window',
    quit: 'Quit Domain Desk',
  },
  hy: {
    title: 'Domain Desk',
    rendererGone: 'Domain Desk-ի պատուհանն անսպասելիորեն դադարեց աշխատել։',
    rendererGoneDetail: (reason) =>
      `Պատճառը՝ ${reason}։ Ձեր պորտֆելը և կարգավորումներն անվնաս են, ինքնուրույն ոչինչ չի ուղարկվել VPS.org։ Վերաբեռնեք պատուհանը՝ շարունակելու համար, կամ փակեք և նորից գործարկեք Domain Desk-ը։ Մանրամասները մատյանի ֆայլում են։`,
    reload: 'Վերաբեռնել պատուհանը',
    quit: 'Փակել Domain Desk-ը',
  },
}
