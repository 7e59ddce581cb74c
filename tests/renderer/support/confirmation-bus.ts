/**
 * PrimeVue's confirmation bus is shared by every mounted ConfirmDialog. Under happy-dom a routed
 * page's teleported dialog can fail to unmount and leave its listener there, where it would
 * swallow the next test's question; tests that ask questions clear it between tests.
 */
import ConfirmationEventBus from 'primevue/confirmationeventbus'

/** Drops every listener left on the bus. */
export function clearConfirmationBus(): void {
  ConfirmationEventBus.clear()
}
