/**
 * The app's own failures, and what it notes on a transfer or registration (kept in the cache as
 * the reason and its params, so that it is said in the language read now), each with the names
 * of the values its text is filled with. The
 * renderer's catalogue (`i18n/{en,hy}/errors.json` under `reasons`) has one text per reason, and
 * a test holds both languages to this list and these parameters.
 */

/** Every reason and the params main sends with it. */
export const REASON_PARAMS = {
  // Requests and storage.
  invalidRequest: [],
  untrustedSender: [],
  unverifiedAnswer: [],
  diskFull: [],
  cacheUnreadable: [],
  unexpected: [],
  notConnected: [],
  // Connectivity and accounts.
  offline: ['since'],
  tokenRejected: [],
  tokenNotKept: ['account'],
  accountGone: [],
  demoHasNoToken: [],
  noAccount: [],
  // Updates.
  updateNotChecked: [],
  noUpdateDownloaded: [],
  // Price table, rules, DNS checks.
  duplicateTld: ['tld'],
  tooManyRules: ['max'],
  ruleGone: [],
  fileNotJson: [],
  notPoliciesFile: ['path'],
  invalidRule: ['path'],
  invalidResolvers: ['count'],
  domainNotInAccount: ['id'],
  // Saved views.
  viewNameRequired: [],
  viewNameTooLong: ['max'],
  viewNameTaken: [],
  // Names and nameservers.
  invalidDomainName: ['name'],
  invalidNameservers: ['count'],
  // Domains.
  domainNotCached: [],
  domainBusy: [],
  // Registrations.
  alreadyInAccount: ['name'],
  registeredEarlier: ['name'],
  registrationSending: ['name'],
  registrationMayHaveReached: ['name'],
  registrationUnchecked: ['name'],
  registrationGone: [],
  registrationBusy: ['name'],
  registeredNotSaved: ['name'],
  // Transfers.
  transferRefused: [],
  transferInProgress: ['name'],
  transferSending: ['name'],
  transferMayHaveReached: ['name'],
  transferNotSaved: ['name'],
  transferGone: [],
  transferSettled: ['state'],
  noSuchStep: ['count', 'step'],
  // Noted on a stored transfer (why it is in its state).
  transferAnswerLost: [],
  transferNotRecorded: [],
  transferMarkedNotStarted: [],
  transferConfirmedStarted: [],
  transferFoundCompleted: [],
  transferClosedBeforeSending: [],
  transferClosedWhileSending: [],
  transferDuplicate: [],
  // Noted on a stored registration.
  registrationInterrupted: [],
  registrationNotRecorded: ['name'],
  registrationProcessing: ['name', 'after'],
  registrationNotFound: [],
  registrationLateSuccess: ['name'],
} as const satisfies Record<string, readonly string[]>

export type ErrorReason = keyof typeof REASON_PARAMS

/** The reasons as a list (zod's enum wants a tuple). */
export const ERROR_REASONS = Object.keys(REASON_PARAMS) as [ErrorReason, ...ErrorReason[]]
