/**
 * PrimeVue's Aura theme with the design tokens of only the components the renderer uses (Aura's
 * own index brings all ninety). tests/scripts/theme-tokens.test.ts fails when a PrimeVue component is
 * imported (directly or by another component) without its tokens here.
 */
import base from '@primeuix/themes/aura/base'
import css from '@primeuix/themes/aura/css'
import type { ExtendedCSS } from '@primeuix/themes/types'
import autocomplete from '@primeuix/themes/aura/autocomplete'
import badge from '@primeuix/themes/aura/badge'
import button from '@primeuix/themes/aura/button'
import card from '@primeuix/themes/aura/card'
import checkbox from '@primeuix/themes/aura/checkbox'
import chip from '@primeuix/themes/aura/chip'
import confirmdialog from '@primeuix/themes/aura/confirmdialog'
import contextmenu from '@primeuix/themes/aura/contextmenu'
import datatable from '@primeuix/themes/aura/datatable'
import dialog from '@primeuix/themes/aura/dialog'
import drawer from '@primeuix/themes/aura/drawer'
import iconfield from '@primeuix/themes/aura/iconfield'
import inputgroup from '@primeuix/themes/aura/inputgroup'
import inputnumber from '@primeuix/themes/aura/inputnumber'
import inputtext from '@primeuix/themes/aura/inputtext'
import menu from '@primeuix/themes/aura/menu'
import message from '@primeuix/themes/aura/message'
import multiselect from '@primeuix/themes/aura/multiselect'
import paginator from '@primeuix/themes/aura/paginator'
import progressbar from '@primeuix/themes/aura/progressbar'
import progressspinner from '@primeuix/themes/aura/progressspinner'
import radiobutton from '@primeuix/themes/aura/radiobutton'
import ripple from '@primeuix/themes/aura/ripple'
import select from '@primeuix/themes/aura/select'
import selectbutton from '@primeuix/themes/aura/selectbutton'
import tag from '@primeuix/themes/aura/tag'
import textarea from '@primeuix/themes/aura/textarea'
import timeline from '@primeuix/themes/aura/timeline'
import toast from '@primeuix/themes/aura/toast'
import togglebutton from '@primeuix/themes/aura/togglebutton'
import toggleswitch from '@primeuix/themes/aura/toggleswitch'
import tooltip from '@primeuix/themes/aura/tooltip'
import virtualscroller from '@primeuix/themes/aura/virtualscroller'

/** Aura: its base tokens, the used components' tokens and its global CSS. */
export const AuraUsed = {
  ...base,
  components: {
    autocomplete,
    badge,
    button,
    card,
    checkbox,
    chip,
    confirmdialog,
    contextmenu,
    datatable,
    dialog,
    drawer,
    iconfield,
    inputgroup,
    inputnumber,
    inputtext,
    menu,
    message,
    multiselect,
    paginator,
    progressbar,
    progressspinner,
    radiobutton,
    ripple,
    select,
    selectbutton,
    tag,
    textarea,
    timeline,
    toast,
    togglebutton,
    toggleswitch,
    tooltip,
    virtualscroller,
  },
  // The module's only export is its default (the CSS text); its typings name it `css`.
  css: css as unknown as ExtendedCSS,
}
