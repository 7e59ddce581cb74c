/** The words inside exported calendar files, in the user's language. */
export type ExportLanguage = 'en' | 'hy'

interface IcsText {
  calendarName: string
  summary: (name: string) => string
  domain: string
  autoRenew: string
  on: string
  off: string
  willRenew: (price: string) => string
  willLapse: string
  estimate: string
  noPrice: string
}

export const ICS_TEXT: Record<ExportLanguage, IcsText> = {
  en: {
    calendarName: 'Domain renewals (Domain Desk)',
    summary: (name) => `${name} expires`,
    domain: 'Domain',
    autoRenew: 'Auto-renew',
    on: 'on',
    off: 'off',
    willRenew: (price) => `VPS.org will renew it automatically (about ${price} a year).`,
    willLapse: 'It will lapse unless you renew it or turn auto-renew on.',
    estimate: 'Renewal estimate',
    noPrice: 'no price in your price table',
  },
  hy: {
    calendarName: 'Դոմենների երկարաձգումներ (Domain Desk)',
    summary: (name) => `${name}-ի ժամկետը լրանում է`,
    domain: 'Դոմեն',
    autoRenew: 'Ավտոմատ երկարաձգում',
    on: 'միացված',
    off: 'անջատված',
    willRenew: (price) => `VPS.org-ը այն ավտոմատ կերկարաձգի (մոտ ${price} տարեկան)։`,
    willLapse: 'Այն կլրանա, եթե չերկարաձգեք կամ չմիացնեք ավտոմատ երկարաձգումը։',
    estimate: 'Երկարաձգման նախահաշիվ',
    noPrice: 'ձեր գնացուցակում գին չկա',
  },
}
