/**
 * One handler per channel, each a thin adapter from validated arguments to a service call.
 * The dispatcher validates arguments before a handler runs and shapes every answer.
 */
import type { ChannelArgs, ChannelName, ChannelResult } from '../../shared/ipc/contract'
import type { AppServices } from '../services/app-services'

/** A handler receives the parsed argument tuple of its channel. */
export type Handler<C extends ChannelName> = (
  ...args: ChannelArgs<C>
) => Promise<ChannelResult<C>> | ChannelResult<C>
export type Handlers = { [C in ChannelName]: Handler<C> }

/** The handlers, bound to the services. */
export function createHandlers(s: AppServices): Handlers {
  return {
    'app.info': () => s.info(),
    'app.updateState': () => s.updates.state(),
    'app.checkForUpdates': () => s.updates.check(),
    'app.downloadUpdate': () => s.updates.download(),
    'app.installUpdate': (when) => {
      if (when === 'on-quit') return s.updates.installOnQuit()
      const state = s.updates.state()
      s.updates.installNow()
      return state
    },
    'watch.settings': () => s.watch.settings(),
    'watch.setSettings': (settings) => s.watch.setSettings(settings),
    'accounts.list': () => s.accounts.list(),
    'accounts.add': (input) => s.accounts.add(input),
    'accounts.rename': (id, label) => s.accounts.rename(id, label),
    'accounts.changeToken': (id, token) => s.accounts.changeToken(id, token),
    'accounts.remove': async (id) => {
      await s.accounts.remove(id)
      return null
    },
    'accounts.connectDemo': () => s.accounts.connectDemo(),
    'sync.now': (id) => s.sync.syncNow(id),
    'sync.status': (id) => s.sync.status(id),
    'sync.checkConnection': async (id) => {
      await s.connectivity.check(id)
      return s.sync.status(id)
    },
    'portfolio.list': (id, query) => s.portfolio.list(id, query),
    'portfolio.registrars': (id) => s.cache.details.registrarCounts(id),
    'overview.get': (id, o) => s.overview.overview(id, o.timeZone),
    'bulk.preview': (id, selection, change) => s.bulkPreview(id, selection, change),
    'dns.check': (id, domainIds) => s.dns.check(id, domainIds),
    'dns.lastChecks': (id, domainIds) => s.dns.lastChecks(id, domainIds),
    'dns.resolvers': () => s.dns.resolvers(),
    'dns.setResolvers': (inputs) => s.dns.setResolvers(inputs),
    'policies.list': () => s.policies.list(),
    'policies.save': (input) => s.policies.save(input),
    'policies.remove': (policyId) => {
      s.policies.remove(policyId)
      return null
    },
    'policies.check': (id) => s.policies.check(id),
    'policies.violatingIds': (id, policyId) => s.policies.violatingIds(id, policyId),
    'policies.export': () => s.policies.exportJson(),
    'policies.import': (text) => s.policies.importJson(text),
    'views.list': (id) => s.views.list(id),
    'views.save': (id, input) => s.views.save(id, input),
    'views.rename': (id, viewId, name) => s.views.rename(id, viewId, name),
    'views.remove': (id, viewId) => {
      s.views.remove(id, viewId)
      return null
    },
    'views.layout': () => s.views.layout(),
    'views.setLayout': (layout) => s.views.setLayout(layout),
    'domain.get': (id, domainId) => s.portfolio.view(id, domainId),
    'domain.refresh': (id, domainId) => s.portfolio.refresh(id, domainId),
    'domain.update': (id, domainId, change) => s.portfolio.update(id, domainId, change),
    'domain.remove': async (id, domainId) => {
      await s.portfolio.remove(id, domainId)
      return null
    },
    'domain.setTags': (id, domainId, tags) => s.portfolio.setTags(id, domainId, tags),
    'domain.setNote': (id, domainId, note) => s.portfolio.setNote(id, domainId, note),
    'registration.estimate': (name, years) => s.registration.estimate(name, years),
    'registration.prepare': (id, request) => s.registration.prepare(id, request),
    'registration.confirm': (intentId) => s.registration.confirm(intentId),
    'registration.intents': (id) => s.registration.list(id),
    'transfer.check': (id, domainId) => s.transfers.check(id, domainId),
    'transfer.start': (id, domainId, input) => s.transfers.start(id, domainId, input),
    'transfer.list': (id) => s.transfers.list(id),
    'transfer.resolve': (id, transferId, outcome) => s.transfers.resolve(id, transferId, outcome),
    'transfer.setStep': (id, transferId, index, done) =>
      s.transfers.setStep(id, transferId, index, done),
    'planning.calendar': (id, range) => s.planning.calendar(id, range),
    'planning.forecast': (id, o) => s.planning.forecast(id, o.months, o.timeZone),
    'planning.charges': (id) => s.planning.charges(id),
    'budget.get': (id) => s.budgets.get(id),
    'budget.set': (id, budget) => {
      if (budget === null) s.budgets.clear(id)
      return budget === null ? null : s.budgets.set(id, budget)
    },
    'budget.plan': (id, o) => s.budgets.plan(id, o),
    'budget.lapseIds': (id, days) => s.budgets.lapseIds(id, days),
    'exports.calendar': (id, o) => s.exports.calendar(id, o),
    'exports.portfolio': (id) => s.exports.portfolio(id),
    'exports.forecast': (id, o) => s.exports.forecast(id, o.months, o.timeZone),
    'imports.annotationsPreview': (id, csv) => s.imports.previewAnnotations(id, csv),
    'imports.annotationsApply': (id, csv) => s.imports.applyAnnotations(id, csv),
    'notifications.settings': () => s.notifications.settings(),
    'notifications.setSettings': (settings) => s.notifications.setSettings(settings),
    'app.reportError': (report) => {
      s.logger.error('Error in the window', report)
      return null
    },
    'notifications.history': (q) => s.notifications.history(q.parentId),
    'notifications.markRead': () => {
      s.notifications.markRead()
      return null
    },
    'appearance.setLanguage': (language) => {
      s.appearance.setLanguage(language)
      return null
    },
    'appearance.setTheme': (theme) => {
      s.appearance.setTheme(theme)
      return null
    },
    'prices.get': () => s.prices.list(),
    'prices.set': (rows) => s.prices.set(rows),
  }
}
