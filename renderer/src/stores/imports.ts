/**
 * The import of tags and notes from a CSV the user picked — read here, previewed by main against
 * the account (what would change, which rows match nothing and why), then applied in one go.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AnnotationImport } from '@shared/ipc/models'
import { ANNOTATION_LIMITS } from '@shared/validation/annotations'
import * as api from '@/api/imports'
import { useAccountsStore } from './accounts'
import { usePortfolioStore } from './portfolio'
import { appError, errorText } from '@/format/error-text'

/** Far beyond any real tags file, and what main accepts. */
export const MAX_IMPORT_BYTES = ANNOTATION_LIMITS.maxCsvLength

/** The import of tags and notes: the picked file, main's preview, and the result of Apply. */
export const useImportsStore = defineStore('imports', () => {
  const fileName = ref<string | null>(null)
  const csv = ref<string | null>(null)
  const preview = ref<AnnotationImport | null>(null)
  const previewing = ref(false)
  const applying = ref(false)
  const importError = ref<string | null>(null)
  /** The picked file is bigger than main accepts; it was not read. */
  const tooLarge = ref(false)
  const result = ref<{ applied: number; unmatched: number } | null>(null)
  let readTicket = 0

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
    return id
  }

  /** Matched rows whose tags or note would actually change. */
  const changes = computed(
    () =>
      preview.value?.matched.filter(
        (m) =>
          (m.tags !== null && m.tags.join('\u0000') !== m.currentTags.join('\u0000')) ||
          (m.note !== null && m.note !== m.currentNote),
      ).length ?? 0,
  )
  const canApply = computed(
    () =>
      preview.value !== null &&
      preview.value.matched.length > 0 &&
      !applying.value &&
      !previewing.value,
  )

  /** Reads the picked file and asks main for the preview (a newer pick wins). */
  async function readFile(file: File): Promise<void> {
    clearImport()
    const ticket = ++readTicket
    fileName.value = file.name
    if (file.size > MAX_IMPORT_BYTES) {
      tooLarge.value = true
      return
    }
    previewing.value = true
    try {
      const text = await file.text()
      const answer = await api.previewAnnotationImport(accountId(), text)
      if (ticket !== readTicket) return
      csv.value = text
      preview.value = answer
    } catch (e) {
      if (ticket === readTicket) importError.value = errorText(e)
    } finally {
      if (ticket === readTicket) previewing.value = false
    }
  }

  /** Applies the previewed file; the portfolio is reloaded so that the new tags show. */
  async function apply(): Promise<{ applied: number; unmatched: number } | null> {
    if (!canApply.value || csv.value === null) return null
    applying.value = true
    importError.value = null
    try {
      result.value = await api.applyAnnotationImport(accountId(), csv.value)
      void usePortfolioStore()
        .reload()
        .catch(() => {})
      return result.value
    } catch (e) {
      importError.value = errorText(e)
      return null
    } finally {
      applying.value = false
    }
  }

  /** Forgets the picked file and its preview. */
  function clearImport(): void {
    readTicket++
    fileName.value = null
    csv.value = null
    preview.value = null
    previewing.value = false
    importError.value = null
    tooLarge.value = false
    result.value = null
  }

  return {
    fileName,
    csv,
    preview,
    previewing,
    applying,
    importError,
    tooLarge,
    result,
    changes,
    canApply,
    readFile,
    apply,
    clearImport,
  }
})
