/**
 * The portfolio's CSV export: built by main from the cache, saved as a download. (The calendar
 * and forecast exports belong to their own pages' stores.)
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '@/api/exports'
import { useAccountsStore } from './accounts'
import { appError, errorText } from '@/format/error-text'

/** Whether the portfolio export is running, and why the last one failed. */
export const useExportsStore = defineStore('exports', () => {
  const exporting = ref(false)
  const exportError = ref<string | null>(null)

  /** Saves the whole portfolio (tags and notes included) as a CSV download. */
  async function exportPortfolio(): Promise<void> {
    if (exporting.value) return
    exporting.value = true
    exportError.value = null
    try {
      const id = useAccountsStore().current?.id
      if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
      api.saveFile(await api.exportPortfolio(id))
    } catch (e) {
      exportError.value = errorText(e)
      throw e
    } finally {
      exporting.value = false
    }
  }

  return { exporting, exportError, exportPortfolio }
})
