/** Notification texts in the user's language (main builds them; the renderer tells it which). */
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
}

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
    registrationsActive: (count) => ({
      title: `${count} registrations are active`,
      body: 'Their registrations are complete. Open the list to see them.',
    }),
    transfersCompleted: (count) => ({
      title: `${count} transfers completed`,
      body: 'The domains are now registered at VPS.org. Open the list to see them.',
    }),
    transferOverdue: (name) => ({
      title: `Transfer of ${name} is overdue`,
      body: 'It passed its estimated completion. Check the approval e-mail and the current registrar.',
    }),
    expiring: (count, days, account) => ({
      title:
        count === 1
          ? `1 domain expires within ${days} days`
          : `${count} domains expire within ${days} days`,
      body: `Auto-renew is off for them in "${account}". Renew them or turn auto-renew on.`,
    }),
    syncFailing: (account, hours) => ({
      title: `"${account}" has not synced for ${hours} hours`,
      body: 'Domain Desk cannot reach VPS.org. The portfolio shown may be out of date.',
    }),
  },
  hy: {
    registrationActive: (name) => ({ title: `${name}-ը ակտիվ է`, body: 'Գրանցումն ավարտված է։' }),
    transferCompleted: (name) => ({
      title: `${name}-ը փոխանցված է`,
      body: 'Դոմենն այժմ գրանցված է VPS.org-ում։',
    }),
    registrationsActive: (count) => ({
      title: `${count} գրանցում ակտիվ է`,
      body: 'Դրանց գրանցումն ավարտված է։ Բացեք ցանկը՝ դրանք տեսնելու համար։',
    }),
    transfersCompleted: (count) => ({
      title: `${count} փոխանցում ավարտված է`,
      body: 'Դոմեններն այժմ գրանցված են VPS.org-ում։ Բացեք ցանկը՝ դրանք տեսնելու համար։',
    }),
    transferOverdue: (name) => ({
      title: `${name}-ի փոխանցումը ուշանում է`,
      body: 'Կանխատեսված ավարտի ժամկետն անցել է։ Ստուգեք հաստատման նամակը և ներկայիս գրանցողին։',
    }),
    expiring: (count, days, account) => ({
      title: `${count} դոմենի ժամկետը լրանում է ${days} օրվա ընթացքում`,
      body: `«${account}» հաշվում դրանց ավտոմատ երկարաձգումն անջատված է։ Երկարաձգեք դրանք կամ միացրեք ավտոմատ երկարաձգումը։`,
    }),
    syncFailing: (account, hours) => ({
      title: `«${account}»-ը ${hours} ժամ չի համաժամեցվել`,
      body: 'Domain Desk-ը չի կարողանում միանալ VPS.org-ին։ Ցուցադրվող պորտֆելը կարող է հնացած լինել։',
    }),
  },
}
