import { flushPromises } from '@vue/test-utils'
import Toast from 'primevue/toast'
import { afterEach, describe, expect, it } from 'vitest'
import { h, ref } from 'vue'
import ImportDialog from '@/components/imports/ImportDialog.vue'
import { installFakeBridge, mountApp } from '../../support/app'
import { accountState } from '../domain/fixtures'
import { CSV, PREVIEW } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountDialog(preview = PREVIEW, locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({
    'imports.annotationsPreview': async () => preview,
    'imports.annotationsApply': async () => ({ applied: 1, unmatched: 2 }),
    'portfolio.list': async () => ({
      rows: [],
      total: 0,
      offset: 0,
      syncedAt: null,
      syncing: false,
    }),
  })
  const visible = ref(true)
  const Host = {
    render: () => [
      h(ImportDialog, {
        visible: visible.value,
        'onUpdate:visible': (v: boolean) => (visible.value = v),
      }),
      h(Toast),
    ],
  }
  await mountApp(Host, { pinia: { initialState: accountState() }, locale })
  await flushPromises()
  return { fake, visible }
}

async function pick(text: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#import-file')!
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'tags.csv', { type: 'text/csv' })],
    configurable: true,
  })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
  await new Promise((r) => setTimeout(r, 0))
  await flushPromises()
}

describe('ImportDialog', () => {
  it('explains the format and has a labelled CSV file picker', async () => {
    await mountDialog()
    const dialog = document.querySelector('[role="dialog"]')!
    expect(dialog.textContent).toContain('separated by ; or ,')
    expect(dialog.textContent).toContain('A column the file does not have is left alone')
    const input = document.querySelector<HTMLInputElement>('#import-file')!
    expect(input.accept).toBe('.csv,text/csv')
    expect(document.querySelector('label[for="import-file"]')?.textContent).toBe('CSV file')
  })

  it('previews the changes and lists unmatched rows with line, value and reason', async () => {
    const { fake } = await mountDialog()
    await pick(CSV)
    expect(fake.calls.find(([c]) => c === 'imports.annotationsPreview')?.[1]).toEqual(['a1', CSV])
    const preview = document.querySelector('[data-testid="import-preview"]')!
    expect(preview.textContent).toContain('1 row matches a domain.')
    expect(preview.textContent).toContain('Tags column: tags will be replaced')
    expect(preview.textContent).toContain('No note column: notes stay as they are')
    expect(preview.textContent).toMatch(/client-a\s*becomes\s*client-a, vip/)
    const rows = [...document.querySelectorAll('[data-testid="import-unmatched"] tbody tr')].map(
      (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    )
    expect(rows).toEqual([
      ['3', 'nope.com', 'Not in this account.'],
      ['4', 'not a name', 'A domain name cannot contain spaces.'],
    ])
  })

  it('lists rows refused by a limit with their line and the limit, in English and Armenian', async () => {
    const refused = {
      ...PREVIEW,
      unmatched: [
        { line: 3, value: 'a.com', reason: 'x', code: 'tagTooLong' as const, limit: 64 },
        { line: 7, value: 'b.com', reason: 'x', code: 'tooManyTags' as const, limit: 50 },
        { line: 9, value: 'c.com', reason: 'x', code: 'noteTooLong' as const, limit: 10000 },
      ],
    }
    const cells = () =>
      [...document.querySelectorAll('[data-testid="import-unmatched"] tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
      )
    await mountDialog(refused)
    await pick(CSV)
    expect(cells()).toEqual([
      ['3', 'a.com', 'A tag is longer than 64 characters.'],
      ['7', 'b.com', 'More than 50 tags for one domain.'],
      ['9', 'c.com', 'The note is longer than 10,000 characters.'],
    ])
    document.body.innerHTML = ''
    await mountDialog(refused, 'hy')
    await pick(CSV)
    const hy = cells()
    expect(hy.map((r) => r[0])).toEqual(['3', '7', '9'])
    for (const row of hy) expect(row[2]).toMatch(/[\u0531-\u058F]/)
    expect(hy[0]![2]).toContain('64')
  })

  it('applies the file, says what happened and closes', async () => {
    const { fake, visible } = await mountDialog()
    await pick(CSV)
    const apply = document.querySelector<HTMLButtonElement>('[data-testid="import-apply"]')!
    expect(apply.textContent).toContain('Apply to 1 domain')
    apply.click()
    await flushPromises()
    expect(fake.calls.filter(([c]) => c === 'imports.annotationsApply')).toHaveLength(1)
    expect(document.body.textContent).toContain('Tags and notes updated for 1 domain.')
    expect(document.body.textContent).toContain('2 rows that matched no domain were skipped.')
    expect(visible.value).toBe(false)
  })
})
