import { describe, expect, it } from 'vitest'
import { detectLocale } from '@/i18n'
import { messages } from '@/i18n/all-messages'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  const en = leaves(messages.en as Tree)
  const hy = leaves(messages.hy as Tree)

  it('has an Armenian string for every English one, and no extras', () => {
    expect([...hy.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it('has no empty strings', () => {
    for (const [key, value] of [...en, ...hy]) expect(value.trim(), key).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of en)
      expect(placeholders(hy.get(key) ?? ''), key).toEqual(placeholders(value))
  })

  it('keeps plural forms aligned', () => {
    for (const [key, value] of en)
      expect((hy.get(key) ?? '').split(' | ').length, key).toBe(value.split(' | ').length)
  })
})

describe('detectLocale', () => {
  it('follows the first supported OS language, else English', () => {
    expect(detectLocale(['hy-AM', 'en-US'])).toBe('hy')
    expect(detectLocale(['fr-FR', 'en-GB'])).toBe('en')
    expect(detectLocale(['de-DE'])).toBe('en')
    expect(detectLocale([])).toBe('en')
  })
})

describe('languages loaded when needed', () => {
  it('starts with one language and loads the other when the user switches to it', async () => {
    const { createAppI18n, setAppLocale, loadMessages } = await import('@/i18n')
    const i18n = createAppI18n('en', { en: await loadMessages('en') })
    expect(i18n.global.availableLocales).toEqual(['en'])
    await setAppLocale(i18n, 'hy')
    expect(i18n.global.locale.value).toBe('hy')
    const { t } = i18n.global as unknown as { t: (key: string) => string }
    expect(t('shell.nav.portfolio')).toBe(messages.hy.shell.nav.portfolio)
    await setAppLocale(i18n, 'en')
    expect(t('shell.nav.portfolio')).toBe(messages.en.shell.nav.portfolio)
  })
})
