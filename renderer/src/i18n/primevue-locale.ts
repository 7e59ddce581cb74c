/** The PrimeVue component strings the app shows (and their accessible labels), per language. */
import type { AppLocale } from '.'

interface PrimeLocale {
  [key: string]: string | Record<string, string>
  aria: Record<string, string>
}

const STRINGS: Record<AppLocale, PrimeLocale> = {
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
    aria: {
      close: 'Close',
      selectAll: 'All items selected',
      unselectAll: 'All items unselected',
      selectRow: 'Row selected',
      unselectRow: 'Row unselected',
      previous: 'Previous',
      next: 'Next',
      navigation: 'Navigation',
      scrollTop: 'Scroll to top',
      trueLabel: 'True',
      falseLabel: 'False',
      nullLabel: 'Not selected',
      pageLabel: 'Page {page}',
      firstPageLabel: 'First page',
      lastPageLabel: 'Last page',
      nextPageLabel: 'Next page',
      prevPageLabel: 'Previous page',
    },
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
    aria: {
      close: 'Փակել',
      selectAll: 'Բոլոր տարրերը ընտրված են',
      unselectAll: 'Բոլոր տարրերի ընտրությունը հանված է',
      selectRow: 'Տողը ընտրված է',
      unselectRow: 'Տողի ընտրությունը հանված է',
      previous: 'Նախորդ',
      next: 'Հաջորդ',
      navigation: 'Նավիգացիա',
      scrollTop: 'Վեր ոլորել',
      trueLabel: 'Այո',
      falseLabel: 'Ոչ',
      nullLabel: 'Ընտրված չէ',
      pageLabel: 'Էջ {page}',
      firstPageLabel: 'Առաջին էջ',
      lastPageLabel: 'Վերջին էջ',
      nextPageLabel: 'Հաջորդ էջ',
      prevPageLabel: 'Նախորդ էջ',
    },
  },
}

/** PrimeVue's `locale` option for a language. */
export function primeVueLocale(locale: AppLocale): PrimeLocale {
  return structuredClone(STRINGS[locale])
}
