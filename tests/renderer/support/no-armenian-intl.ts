/**
 * Intl as a Chromium build without Armenian locale data has it (Debian's, for one): asked for
 * `hy`, it formats as American English ("11/29/2026, 10:00 AM"). Runs `body` so, then restores.
 */
export async function withoutArmenianIntl<T>(body: () => Promise<T> | T): Promise<T> {
  const Real = Intl.DateTimeFormat
  const fallback = (locales?: string | string[]) =>
    [locales ?? []].flat().some((l) => l.toLowerCase().startsWith('hy')) ? 'en-US' : locales
  class WithoutArmenian extends Real {
    constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super(fallback(locales), options)
    }
  }
  Intl.DateTimeFormat = WithoutArmenian as typeof Intl.DateTimeFormat
  try {
    return await body()
  } finally {
    Intl.DateTimeFormat = Real
  }
}
