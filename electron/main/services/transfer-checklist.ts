/**
 * The reference's transfer requirements as a checklist: what the app can check from the cache
 * (registrar, age, lock) is passed or failed; what only the user can confirm is null.
 */
import type { TransferCheck } from '../../shared/ipc/models'

export const MIN_TRANSFER_AGE_DAYS = 60

/** The six items, in the reference's order of concern. */
export function transferChecklist(d: {
  registrar: string | null
  ageDays: number
  locked: boolean
}): TransferCheck['checks'] {
  return [
    {
      key: 'registeredElsewhere',
      passed: d.registrar === null ? null : d.registrar !== 'VPS.org',
      detail:
        d.registrar === null
          ? 'The current registrar is not known yet (refresh the domain).'
          : `Registered at ${d.registrar}.`,
    },
    {
      key: 'oldEnough',
      passed: d.ageDays >= MIN_TRANSFER_AGE_DAYS,
      detail: `Registered ${d.ageDays} days ago; at least ${MIN_TRANSFER_AGE_DAYS} days are required.`,
    },
    {
      key: 'unlocked',
      passed: !d.locked,
      detail: d.locked
        ? 'The domain is locked. Unlock it at the current registrar first.'
        : 'Not locked.',
    },
    { key: 'authCode', passed: null, detail: 'Get the EPP/auth code from the current registrar.' },
    {
      key: 'whoisEmail',
      passed: null,
      detail: 'The WHOIS e-mail address must receive the approval request.',
    },
    {
      key: 'includesRenewal',
      passed: true,
      detail: 'The transfer adds one year to the registration; the fee is charged when it starts.',
    },
  ]
}
