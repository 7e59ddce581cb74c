/**
 * The channel and event names alone, for the preload (which must stay small and schema-free).
 * A test keeps these lists equal to the keys of contract.ts.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'accounts.list',
  'accounts.add',
  'accounts.rename',
  'accounts.changeToken',
  'accounts.remove',
  'accounts.connectDemo',
  'sync.now',
  'sync.status',
  'portfolio.list',
  'portfolio.registrars',
  'bulk.preview',
  'domain.get',
  'domain.refresh',
  'domain.update',
  'domain.remove',
  'domain.setTags',
  'domain.setNote',
  'register.estimate',
  'register.prepare',
  'register.confirm',
  'register.intents',
  'transfer.check',
  'transfer.start',
  'transfer.list',
  'transfer.resolve',
  'transfer.setStep',
  'planning.calendar',
  'planning.forecast',
  'planning.charges',
  'export.calendar',
  'export.portfolio',
  'export.forecast',
  'import.annotationsPreview',
  'import.annotationsApply',
  'settings.notifications',
  'settings.setNotifications',
  'notifications.history',
  'notifications.markRead',
  'settings.setLanguage',
  'pricing.get',
  'pricing.set',
] as const

export const EVENT_NAMES = [
  'sync.progress',
  'sync.finished',
  'connectivity',
  'registration.active',
  'transfer.completed',
  'accounts.changed',
  'notification',
  'navigate',
] as const

/** IPC channel used to push events to the renderer (one channel, name in the payload). */
export const EVENT_CHANNEL = 'domain-desk:event'
