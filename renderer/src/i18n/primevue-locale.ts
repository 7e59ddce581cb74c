/** The PrimeVue component strings the app shows, per language. */
import type { AppLocale } from '.'

const STRINGS: Record<AppLocale, Record<string, string>> = {
  en: {
    accept: 'Yes',
    reject: 'No',
    emptyMessage: 'No results found',
    emptySearchMessage: 'No results found',
    emptySelectionMessage: 'No selected item',
    searchMessage: '{0} results are available',
    selectionMessage: '{0} items selected',
    choose: 'Choose',
    cancel: 'Cancel',
  },
  hy: {
    accept: 'Այո',
    reject: 'Ոչ',
    emptyMessage: 'Արդյունքներ չկան',
    emptySearchMessage: 'Արդյունքներ չկան',
    emptySelectionMessage: 'Ընտրված տարր չկա',
    searchMessage: 'Առկա է {0} արդյունք',
    selectionMessage: 'Ընտրված է {0} տարր',
    choose: 'Ընտրել',
    cancel: 'Չեղարկել',
  },
}

/** PrimeVue's `locale` option for a language. */
export function primeVueLocale(locale: AppLocale): Record<string, string> {
  return { ...STRINGS[locale] }
}
