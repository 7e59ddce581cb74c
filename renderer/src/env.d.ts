/// <reference types="vite/client" />

/** PrimeVue's confirmation bus (the one ConfirmationService emits on), shipped without types. */
declare module 'primevue/confirmationeventbus' {
  import type { ConfirmationOptions } from 'primevue/confirmationoptions'
  interface ConfirmationBus {
    on(event: 'confirm', listener: (options: ConfirmationOptions) => void): void
    on(event: 'close', listener: () => void): void
    off(event: 'confirm', listener: (options: ConfirmationOptions) => void): void
    off(event: 'close', listener: () => void): void
    emit(event: 'confirm', options: ConfirmationOptions): void
    emit(event: 'close'): void
    clear(): void
  }
  const bus: ConfirmationBus
  export default bus
}
