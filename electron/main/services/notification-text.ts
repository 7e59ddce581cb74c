/**
 * Notification texts in the user's language (main builds them; the renderer tells it which).
 * Each notification is also kept as its message key and arguments, so that the history shows
 * notifications sent earlier in the language the user reads now.
 */
import type { AppNotification } from '../../shared/ipc/models'
import type { ExportLanguage } from './export-text'

type Texts = {
  registrationActive: (name: string) => Pick<AppNotification, 'title' | 'body'>
  transferCompleted: (name: string) => Pick<AppNotification, 'title' | 'body'>
  registrationsActive: (count: number) => Pick<AppNotification, 'title' | 'body'>
  transfersCompleted: (count: number) => Pick<AppNotification, 'title' | 'body'>
  transferOverdue: (name: string) => Pick<AppNotification, 'title' | 'body'>
  expiring: (
    count: number,
    days: number,
    account: string,
  ) => Pick<AppNotification, 'title' | 'body'>
  syncFailing: (account: string, hours: number) => Pick<AppNotification, 'title' | 'body'>
  budgetOver: (
    account: string,
    days: number,
    expectedCents: number,
    budgetCents: number,
  ) => Pick<AppNotification, 'title' | 'body'>
}

/** A count with the language's digit grouping ("4,744"), as the window shows counts. */
const count = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n)

/** Cents as US dollars, the way the costs page shows them. */
const usd = (locale: string, cents: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(cents / 100)

export const NOTIFICATION_TEXT: Record<ExportLanguage, Texts> = {
  en: {
    registrationActive: (name) => ({
      title: `${name} is active`,
      body: 'The registration is complete.',
    }),
    transferCompleted: (name) => ({
      title: `${name} transferred`,
      body: 'The domain is now registered at VPS.org.',
    }),
    registrationsActive: (n) => ({
      title: `${count('en-US', n)} registrations are active`,
      body: 'Their registrations are complete. Open the list to see them.',
    }),
    transfersCompleted: (n) => ({
      title: `${count('en-US', n)} transfers completed`,
      body: 'The domains are now registered at VPS.org. Open the list to see them.',
    }),
    transferOverdue: (name) => ({
      title: `Transfer of ${name} is overdue`,
      body: 'It passed its estimated completion. Check the approval e-mail and the current registrar.',
    }),
    expiring: (n, days, account) => ({
      title:
        n === 1
          ? `1 domain expires within ${days} days`
          : `${count('en-US', n)} domains expire within ${days} days`,
      body: `Auto-renew is off for them in "${account}". Renew them or turn auto-renew on.`,
    }),
    syncFailing: (account, hours) => ({
      title: `"${account}" has not synced for ${hours} hours`,
      body: 'Domain Desk cannot reach VPS.org. The portfolio shown may be out of date.',
    }),
    budgetOver: (account, days, expected, budget) => ({
      title: `Renewals in the next ${days} days are over budget`,
      body: `Auto-renew will charge about ${usd('en-US', expected)} in "${account}", over the ${usd('en-US', budget)} budgeted for those days. The costs page lists which renewals to turn off to fit.`,
    }),
  },
  hy: {
    registrationActive: (name) => ({ title: `${name}-ը ակտիվ է`, body: 'Գրանցումն ավարտված է։' }),
    transferCompleted: (name) => ({
      title: `${name}-ը փոխանցված է`,
      body: 'Դոմենն այժմ գրանցված է VPS.org-ում։',
    }),
    registrationsActive: (n) => ({
      title: `${count('hy-AM', n)} գրանցում ակտիվ է`,
      body: 'Դրանց գրանցումն ավարտված է։ Բացեք ցանկը՝ դրանք տեսնելու համար։',
    }),
    transfersCompleted: (n) => ({
      title: `${count('hy-AM', n)} փոխանցում ավարտված է`,
      body: 'Դոմեններն այժմ գրանցված են VPS.org-ում։ Բացեք ցանկը՝ դրանք տեսնելու համար։',
    }),
    transferOverdue: (name) => ({
      title: `${name}-ի փոխանցումը ուշանում է`,
      body: 'Կանխատեսված ավարտի ժամկետն անցել է։ Ստուգեք հաստատման նամակը և ներկայիս գրանցողին։',
    }),
    expiring: (n, days, account) => ({
      title: `${count('hy-AM', n)} դոմենի ժամկետը լրանում է ${days} օրվա ընթացքում`,
      body: `«${account}» հաշվում դրանց ավտոմատ երկարաձգումն անջատված է։ Երկարաձգեք դրանք կամ միացրեք ավտոմատ երկարաձգումը։`,
    }),
    syncFailing: (account, hours) => ({
      title: `«${account}»-ը ${hours} ժամ չի համաժամեցվել`,
      body: 'Domain Desk-ը չի կարողանում միանալ VPS.org-ին։ Ցուցադրվող պորտֆելը կարող է հնացած լինել։',
    }),
    budgetOver: (account, days, expected, budget) => ({
      title: `Առաջիկա ${days} օրվա երկարաձգումները գերազանցում են բյուջեն`,
      body: `«${account}» հաշվում ավտոմատ երկարաձգումը կգանձի մոտ ${usd('hy-AM', expected)}, մինչդեռ այդ օրերի բյուջեն ${usd('hy-AM', budget)} է։ Ծախսերի էջը ցույց է տալիս, թե որ երկարաձգումներն անջատել՝ բյուջեում մնալու համար։`,
    }),
  },
}

type TextKey = keyof Texts

/** A notification's words as a key of {@link NOTIFICATION_TEXT} and its arguments. */
export type NotificationMessage = {
  [K in TextKey]: { key: K; args: Parameters<Texts[K]> }
}[TextKey]

/** The message `key` with `args`, typed against the texts. */
export function message<K extends TextKey>(
  key: K,
  ...args: Parameters<Texts[K]>
): NotificationMessage {
  return { key, args } as NotificationMessage
}

/** The title and body of `m` in `language`. */
export function renderMessage(
  language: ExportLanguage,
  m: NotificationMessage,
): Pick<AppNotification, 'title' | 'body'> {
  const text = NOTIFICATION_TEXT[language][m.key] as (
    ...args: unknown[]
  ) => ReturnType<Texts[TextKey]>
  return text(...m.args)
}

/** A stored message, or null when there is none or it is not one this version knows. */
export function parseMessage(stored: string | null): NotificationMessage | null {
  if (!stored) return null
  try {
    const m = JSON.parse(stored) as { key?: unknown; args?: unknown }
    if (typeof m.key !== 'string' || !Object.hasOwn(NOTIFICATION_TEXT.en, m.key)) return null
    return Array.isArray(m.args) ? (m as NotificationMessage) : null
  } catch {
    return null
  }
}
