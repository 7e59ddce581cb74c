/**
 * Notification settings as main keeps them (on or off, how many days ahead to warn about domains
 * that will lapse, how many hours of failing syncs to tolerate). The form edits a draft; Save
 * sends it and shows what main stored.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { NotificationSettings } from '@shared/ipc/models'
import * as api from '@/api/notifications'
import { errorText } from '@/format/error-text'

/** The limits main enforces (NotificationSettingsSchema). */
export const EXPIRING_DAYS = { min: 1, max: 365 } as const
export const SYNC_FAILING_HOURS = { min: 1, max: 168 } as const

const within = (value: number | null, range: { min: number; max: number }) =>
  value !== null && Number.isInteger(value) && value >= range.min && value <= range.max

/** The draft may hold an emptied number field until the user types a value again. */
export type NotificationDraft = Omit<
  NotificationSettings,
  'expiringWithinDays' | 'syncFailingHours'
> & { expiringWithinDays: number | null; syncFailingHours: number | null }

/** Notification settings and their form. */
export const useNotificationsStore = defineStore('notifications', () => {
  const saved = ref<NotificationSettings | null>(null)
  const draft = ref<NotificationDraft | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const error = ref<string | null>(null)
  /** Set after a successful save, until the draft changes again. */
  const justSaved = ref(false)

  const valid = computed(
    () =>
      draft.value !== null &&
      within(draft.value.expiringWithinDays, EXPIRING_DAYS) &&
      within(draft.value.syncFailingHours, SYNC_FAILING_HOURS),
  )
  const dirty = computed(
    () =>
      draft.value !== null &&
      saved.value !== null &&
      (draft.value.enabled !== saved.value.enabled ||
        draft.value.expiringWithinDays !== saved.value.expiringWithinDays ||
        draft.value.syncFailingHours !== saved.value.syncFailingHours),
  )

  /** Loads the stored settings into the draft. */
  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      saved.value = await api.fetchNotificationSettings()
      draft.value = { ...saved.value }
    } catch (e) {
      error.value = errorText(e)
    } finally {
      loading.value = false
    }
  }

  /** Changes one field of the draft. */
  function edit(change: Partial<NotificationDraft>): void {
    if (!draft.value) return
    draft.value = { ...draft.value, ...change }
    justSaved.value = false
  }

  /** Sends the draft; main answers with what it stored. */
  async function save(): Promise<void> {
    if (!valid.value || saving.value || !draft.value) return
    saving.value = true
    error.value = null
    try {
      saved.value = await api.saveNotificationSettings({
        enabled: draft.value.enabled,
        expiringWithinDays: draft.value.expiringWithinDays!,
        syncFailingHours: draft.value.syncFailingHours!,
      })
      draft.value = { ...saved.value }
      justSaved.value = true
    } catch (e) {
      error.value = errorText(e)
    } finally {
      saving.value = false
    }
  }

  return { saved, draft, loading, saving, error, justSaved, valid, dirty, load, edit, save }
})
