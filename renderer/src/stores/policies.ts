/**
 * Portfolio policies: the user's rules (kept by main), each rule's last check against the current
 * account, and the selection that fixes a rule's violations through the bulk change.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Policy, PolicyInput, PolicyReport } from '@shared/policies/policy'
import * as api from '@/api/policies'
import { onEvent } from '@/api/events'
import { saveFile } from '@/api/exports'
import { useAccountsStore } from './accounts'
import { errorText } from '@/format/error-text'

/** The rules and their reports. */
export const usePoliciesStore = defineStore('policies', () => {
  const rules = ref<Policy[]>([])
  const reports = ref<Record<string, PolicyReport>>({})
  const loaded = ref(false)
  const checking = ref(false)
  const error = ref<string | null>(null)

  const accountId = () => useAccountsStore().current?.id ?? null

  async function load(): Promise<void> {
    error.value = null
    try {
      rules.value = await api.fetchPolicies()
      loaded.value = true
      await check()
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** Checks every enabled rule against the current account's cached portfolio. */
  async function check(): Promise<void> {
    const id = accountId()
    if (!id) return
    checking.value = true
    try {
      reports.value = Object.fromEntries((await api.checkPolicies(id)).map((r) => [r.policyId, r]))
    } finally {
      checking.value = false
    }
  }

  /** Saves a rule (new without id); main's error, with its field, reaches the form. */
  async function save(input: PolicyInput & { id?: string }): Promise<Policy> {
    const saved = await api.savePolicy(input)
    const at = rules.value.findIndex((r) => r.id === saved.id)
    if (at >= 0) rules.value.splice(at, 1, saved)
    else rules.value.push(saved)
    await check().catch(() => {})
    return saved
  }

  async function remove(id: string): Promise<void> {
    await api.removePolicy(id)
    rules.value = rules.value.filter((r) => r.id !== id)
    delete reports.value[id]
  }

  async function exportFile(): Promise<void> {
    saveFile({
      filename: 'domain-desk-policies.json',
      mimeType: 'application/json',
      content: await api.exportPolicies(),
    })
  }

  /** Replaces the rules with a file's (all or nothing: main refuses a file with a bad rule). */
  async function importFile(text: string): Promise<void> {
    rules.value = await api.importPolicies(text)
    await check().catch(() => {})
  }

  /** The ids a fix acts on. */
  function violatingIds(policyId: string): Promise<number[]> {
    const id = accountId()
    return id ? api.policyViolatingIds(id, policyId) : Promise.resolve([])
  }

  // A sync checks the rules in main; the page's counts follow.
  onEvent('policies.checked', ({ accountId: checked }) => {
    if (loaded.value && checked === accountId()) void check().catch(() => {})
  })

  return {
    rules,
    reports,
    loaded,
    checking,
    error,
    load,
    check,
    save,
    remove,
    exportFile,
    importFile,
    violatingIds,
  }
})
