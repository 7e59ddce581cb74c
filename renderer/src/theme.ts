/**
 * PrimeVue's Aura theme (the components used, see theme-components.ts), dark when the root
 * element has `dd-dark` (set from the settings store, which follows the OS unless the user chose
 * otherwise). The build turns it into CSS (scripts/primevue-theme-css.ts, imported as
 * `virtual:primevue-theme.css`), so this module is not part of the page's code.
 */
import { definePreset } from '@primeuix/themes'
import { DARK_CLASS } from './dark-class'
import { AuraUsed } from './theme-components'

/** Message/toast text in a darker shade on its pale tint (Aura's 600 shades fall below 4.5:1). */
const readableTint = (color: string) => ({
  color: `{${color}.800}`,
  simple: { color: `{${color}.800}` },
  outlined: { color: `{${color}.800}` },
})

export const DomainDeskPreset = definePreset(AuraUsed, {
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
    // Aura's default primary (500) is too light for white text and links on white (WCAG AA
    // needs 4.5:1); a darker shade in light mode and a lighter one in dark mode pass.
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
      },
      dark: {
        primary: {
          color: '{primary.300}',
          contrastColor: '{surface.950}',
          hoverColor: '{primary.200}',
          activeColor: '{primary.100}',
        },
      },
    },
    focusRing: { width: '2px', style: 'solid', color: '{primary.color}', offset: '2px' },
  },
  components: {
    // Unselected options of SelectButton/ToggleButton: Aura's surface.500 text is below 4.5:1.
    togglebutton: {
      colorScheme: {
        light: {
          root: { color: '{surface.600}', hoverColor: '{surface.800}' },
          icon: { color: '{surface.600}', hoverColor: '{surface.800}' },
        },
      },
    },
    message: {
      colorScheme: {
        light: {
          info: readableTint('blue'),
          success: readableTint('green'),
          warn: readableTint('yellow'),
          error: readableTint('red'),
        },
      },
    },
    toast: {
      colorScheme: {
        light: {
          info: { color: '{blue.800}' },
          success: { color: '{green.800}' },
          warn: { color: '{yellow.800}' },
          error: { color: '{red.800}' },
        },
      },
    },
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
            },
            success: {
              background: '{green.700}',
              hoverBackground: '{green.800}',
              activeBackground: '{green.900}',
              borderColor: '{green.700}',
              hoverBorderColor: '{green.800}',
              activeBorderColor: '{green.900}',
            },
          },
          outlined: {
            danger: { color: '{red.700}', borderColor: '{red.300}' },
            success: { color: '{green.700}', borderColor: '{green.300}' },
          },
          text: { danger: { color: '{red.700}' }, success: { color: '{green.700}' } },
        },
      },
    },
  },
})

/** PrimeVue's theme option ({ preset, options }) the build makes the CSS from. */
export const primeVueTheme = {
  preset: DomainDeskPreset,
  options: { darkModeSelector: `.${DARK_CLASS}`, cssLayer: false },
}
