/**
 * The submit routine both account dialogs (rename, change token) share: a local check first,
 * then main's answer, described in the user's terms, with the field at fault marked; a success
 * toast on the way out. One try at a time.
 */
import { useToast } from 'primevue/usetoast'
import { ref } from 'vue'
import type { AccountView } from '@shared/ipc/models'
import { useAccountErrors, type AccountErrorView, type AccountField } from './useAccountErrors'

/** `field` is the one input the dialog has; main reports it as positional argument `1`. */
export function useAccountDialog(field: AccountField) {
  const toast = useToast()
  const { describe } = useAccountErrors()
  const busy = ref(false)
  const failure = ref<AccountErrorView | null>(null)
  const fieldError = ref<string | null>(null)

  /** Clears what the last try left, for a fresh opening. */
  function reset(): void {
    failure.value = null
    fieldError.value = null
  }

  /**
   * Runs `action` unless `localProblem` (already translated) says the input is wrong. Resolves
   * true after a success, which has been announced with `done`.
   */
  async function submit(
    account: AccountView,
    localProblem: string | null,
    action: () => Promise<void>,
    done: string,
  ): Promise<boolean> {
    if (busy.value) return false
    failure.value = null
    fieldError.value = localProblem
    if (localProblem) return false
    busy.value = true
    try {
      await action()
      toast.add({ severity: 'success', summary: done, life: 4000 })
      return true
    } catch (error) {
      const view = describe(error, { baseUrl: account.baseUrl, positional: { '1': field } })
      failure.value = view
      fieldError.value = view.fields[field] ?? null
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, failure, fieldError, reset, submit }
}
