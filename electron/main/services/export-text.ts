/** The words inside exported calendar files, in the user's language. */
export type ExportLanguage = 'en' | 'hy'

/** The calendar's risk of an expiry (see planning-service's riskOf). */
type Risk = 'renew' | 'lapse' | 'expired' | 'pending'

interface IcsText {
  calendarName: string
  summary: (name: string) => string
  expiredSummary: (name: string) => string
  /** What happens at the expiry, by risk; an expired domain is never said to renew by itself. */
  outcome: Record<Risk, (price: string) => string>
  domain: string
  autoRenew: string
  on: string
  off: string
  estimate: string
  noPrice: string
}

export const ICS_TEXT: Record<ExportLanguage, IcsText> = {
  en: {
    calendarName: 'Domain renewals (Domain Desk)',
    summary: (name) => `${name} expires`,
    expiredSummary: (name) => `${name} has expired`,
    outcome: {
      renew: (price) => `VPS.org will renew it automatically (about ${price} a year).`,
      lapse: () => 'It will lapse unless you renew it or turn auto-renew on.',
      expired: () =>
        'It has already expired, and auto-renew no longer renews it. Renew it at VPS.org to keep it.',
      pending: () => 'It is still being registered.',
    },
    domain: 'Domain',
    autoRenew: 'Auto-renew',
    on: 'on',
    off: 'off',
    estimate: 'Renewal estimate',
    noPrice: 'no price in your price table',
  },
  hy: {
    calendarName: 'Դոմենների երկարաձգումներ (Domain Desk)',
    summary: (name) => `${name}-ի ժամկետը լրանում է`,
    expiredSummary: (name) => `${name}-ի ժամկետը լրացել է`,
    outcome: {
      renew: (price) => `VPS.org-ը այն ավտոմատ կերկարաձգի (մոտ ${price} տարեկան)։`,
      lapse: () => 'Այն կլրանա, եթե չերկարաձգեք կամ չմիացնեք ավտոմատ երկարաձգումը։',
      expired: () =>
        'Դրա ժամկետն արդեն լրացել է, և ավտոմատ երկարաձգումն այլևս չի երկարաձգում այն։ Երկարաձգեք այն VPS.org-ում՝ պահելու համար։',
      pending: () => 'Այն դեռ գրանցվում է։',
    },
    domain: 'Դոմեն',
    autoRenew: 'Ավտոմատ երկարաձգում',
    on: 'միացված',
    off: 'անջատված',
    estimate: 'Երկարաձգման նախահաշիվ',
    noPrice: 'ձեր գնացուցակում գին չկա',
  },
}
