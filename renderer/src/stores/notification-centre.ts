/**
 * The notification centre: what main has notified, newest first, with the number not yet seen;
 * a grouped notification ("228 registrations are active") can be opened to show each event.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { NotificationLogEntry } from '@shared/ipc/models'
import * as api from '@/api/notifications'
import { onEvent } from '@/api/events'
import { errorText } from '@/format/error-text'

/** The notification history and its unread count. */
export const useNotificationCentreStore = defineStore('notification-centre', () => {
  const entries = ref<NotificationLogEntry[]>([])
  const unread = ref(0)
  const error = ref<string | null>(null)
  /** The events under each grouped notification the user opened, by the group's id. */
  const children = ref<Record<number, NotificationLogEntry[]>>({})
  /** Whether the centre's panel is open (the sidebar button, the menu or the palette open it). */
  const panelOpen = ref(false)

  /** Loads the newest entries and the unread count. */
  async function load(): Promise<void> {
    try {
      const history = await api.fetchNotificationHistory()
      entries.value = history.entries
      unread.value = history.unread
      error.value = null
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** Loads the events a grouped notification stands for. */
  async function expand(id: number): Promise<void> {
    try {
      const history = await api.fetchNotificationHistory(id)
      children.value = { ...children.value, [id]: history.entries }
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** The centre was opened: everything in it has been seen. */
  async function markRead(): Promise<void> {
    if (unread.value === 0) return
    unread.value = 0
    await api.markNotificationsRead().catch(() => {})
    entries.value = entries.value.map((e) => ({ ...e, read: true }))
  }

  /** Opens the panel; everything in it has been seen. */
  function openPanel(): void {
    panelOpen.value = true
    void markRead()
  }

  /** Reloads whenever main sends a notification; returns the stop function. */
  function listen(): () => void {
    return onEvent('notification', () => void load())
  }

  return { entries, unread, error, children, panelOpen, load, expand, markRead, openPanel, listen }
})
