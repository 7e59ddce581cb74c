/**
 * The DNS check after a nameserver change: the last check per domain (kept by main, so it shows
 * offline and after a restart), a check on demand, and the resolvers the check asks.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { MAX_DNS_CHECK_DOMAINS, type DnsCheck } from '@shared/ipc/dns-models'
import * as api from '@/api/dns'
import { useAccountsStore } from './accounts'
import { appError, errorText } from '@/format/error-text'

/** DNS checks by domain id, and the resolver setting. */
export const useDnsCheckStore = defineStore('dnsCheck', () => {
  const checks = ref<Record<number, DnsCheck>>({})
  /** Domains being checked right now. */
  const checking = ref<Record<number, boolean>>({})
  /** Why the last check of a domain could not run (not the DNS's answer: that is in `checks`). */
  const errors = ref<Record<number, string>>({})
  const resolvers = ref<string[]>([])

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
    return id
  }

  const keep = (found: DnsCheck[]) => {
    for (const c of found) checks.value[c.domainId] = c
  }

  /** Loads the stored checks of these domains. */
  async function load(domainIds: number[]): Promise<void> {
    if (domainIds.length > 0) keep(await api.lastDnsChecks(accountId(), domainIds))
  }

  /** Checks these domains now. */
  async function check(domainIds: number[]): Promise<void> {
    for (const id of domainIds) {
      checking.value[id] = true
      delete errors.value[id]
    }
    try {
      // Main takes a bounded number per request: a bulk change's thousands go in parts.
      for (let i = 0; i < domainIds.length; i += MAX_DNS_CHECK_DOMAINS)
        keep(await api.checkDns(accountId(), domainIds.slice(i, i + MAX_DNS_CHECK_DOMAINS)))
    } catch (e) {
      for (const id of domainIds) errors.value[id] = errorText(e)
    } finally {
      for (const id of domainIds) delete checking.value[id]
    }
  }

  async function loadResolvers(): Promise<void> {
    resolvers.value = await api.fetchDnsResolvers()
  }

  /** Saves the resolvers; main refuses invalid entries (the error carries each one). */
  async function saveResolvers(inputs: string[]): Promise<void> {
    resolvers.value = await api.saveDnsResolvers(inputs)
  }

  return { checks, checking, errors, resolvers, load, check, loadResolvers, saveResolvers }
})
