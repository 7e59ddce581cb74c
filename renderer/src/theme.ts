/**
 * PrimeVue's Aura theme, dark when the root element has `dd-dark` (set from the settings store,
 * which follows the OS unless the user chose otherwise).
 */
import Aura from '@primeuix/themes/aura'
import { definePreset } from '@primeuix/themes'

export const DARK_CLASS = 'dd-dark'

export const DomainDeskPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{sky.50}',
      100: '{sky.100}',
      200: '{sky.200}',
      300: '{sky.300}',
      400: '{sky.400}',
      500: '{sky.500}',
      600: '{sky.600}',
      700: '{sky.700}',
      800: '{sky.800}',
      900: '{sky.900}',
      950: '{sky.950}',
    },
  },
})

/** Options for `app.use(PrimeVue, …)`. */
export const primeVueTheme = {
  preset: DomainDeskPreset,
  options: { darkModeSelector: `.${DARK_CLASS}`, cssLayer: false },
}
