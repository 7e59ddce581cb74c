/**
 * The app on the desktop: the background-watch settings (saved in main as soon as a switch
 * moves) and the update check, which main also moves on by itself (the download's progress, a
 * check started from the application menu) and reports as `update.state` events.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { UpdateState, WatchSettings } from '@shared/ipc/desktop-models'
import {
  checkForUpdates,
  downloadUpdate,
  fetchUpdateState,
  fetchWatchSettings,
  installUpdate,
  saveWatchSettings,
} from '@/api/desktop'
import { onEvent } from '@/api/events'
import { errorText } from '@/format/error-text'

const message = errorText

export const useDesktopStore = defineStore('desktop', () => {
  const watch = ref<WatchSettings | null>(null)
  const watchError = ref<string | null>(null)
  const savingWatch = ref(false)
  const update = ref<UpdateState>({ phase: 'idle', installOnQuit: false })
  const updateError = ref<string | null>(null)
  /** The dialog shows a check's outcome until the user closes it. */
  const dialogOpen = ref(false)

  onEvent('update.state', (state) => {
    // A check the application menu started shows its outcome here too.
    if (state.phase === 'checking') dialogOpen.value = true
    update.value = state
  })

  async function load(): Promise<void> {
    try {
      const [settings, state] = await Promise.all([fetchWatchSettings(), fetchUpdateState()])
      watch.value = settings
      update.value = state
      watchError.value = null
    } catch (e) {
      watchError.value = message(e)
    }
  }

  /** Saves one switch; on failure the switch goes back and the message stays. */
  async function setWatch(change: Partial<WatchSettings>): Promise<void> {
    if (!watch.value || savingWatch.value) return
    const before = watch.value
    watch.value = { ...before, ...change }
    savingWatch.value = true
    try {
      watch.value = await saveWatchSettings(watch.value)
      watchError.value = null
    } catch (e) {
      watch.value = before
      watchError.value = message(e)
    } finally {
      savingWatch.value = false
    }
  }

  async function run(action: () => Promise<UpdateState>): Promise<void> {
    updateError.value = null
    try {
      update.value = await action()
    } catch (e) {
      updateError.value = message(e)
    }
  }

  const busy = computed(() => ['checking', 'downloading'].includes(update.value.phase))

  return {
    watch,
    watchError,
    savingWatch,
    update,
    updateError,
    dialogOpen,
    busy,
    load,
    setWatch,
    check: () => {
      dialogOpen.value = true
      return run(checkForUpdates)
    },
    download: () => run(downloadUpdate),
    installOnQuit: () => run(() => installUpdate('on-quit')),
    installNow: () => run(() => installUpdate('now')),
    closeDialog: () => void (dialogOpen.value = false),
  }
})
