import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { useAccountErrors, type AccountErrorView } from '@/composables/useAccountErrors'
import { createAppI18n, type AppLocale } from '@/i18n'
import { messages } from '@/i18n/all-messages'

type Describe = ReturnType<typeof useAccountErrors>['describe']

/** `describe` as a component in that language would get it. */
function describer(locale: AppLocale): Describe {
  let fn!: Describe
  mount(
    defineComponent({
      setup() {
        fn = useAccountErrors().describe
        return () => null
      },
    }),
    { global: { plugins: [createAppI18n(locale, messages)] } },
  )
  return fn
}

const URL = 'https://admin.vps.org/api/v1'

describe('useAccountErrors', () => {
  it('points at the VPS.org panel when the token is rejected', () => {
    const view = describer('en')({ code: 'Unauthorized', message: 'HTTP 401' }, { baseUrl: URL })
    expect(view.summary).toMatch(/rejected this token.*VPS\.org panel/)
  })

  it('names the URL that could not be reached', () => {
    const view = describer('en')(
      { code: 'Timeout', message: 'slow' },
      { baseUrl: 'https://x.test' },
    )
    expect(view.summary).toContain('https://x.test')
  })

  it('maps a positional argument to its field', () => {
    const view = describer('en')(
      { code: 'InvalidArgument', message: 'Bad.', fields: { '1': ['Paste the API token.'] } },
      { baseUrl: URL, positional: { '1': 'token' } },
    )
    expect(view).toEqual<AccountErrorView>({
      summary: 'Check the highlighted fields.',
      fields: { token: "This token can't be used. Paste it again from the VPS.org panel." },
    })
  })

  it('says main’s reason from the catalogue when the fields are none the form has', () => {
    const view = describer('hy')(
      {
        code: 'InvalidArgument',
        reason: 'demoHasNoToken',
        message: 'The demo account has no token to change.',
        fields: { _: ['x'] },
      },
      { baseUrl: URL },
    )
    expect(view).toEqual({ summary: 'Ցուցադրական հաշիվը փոխելու տոկեն չունի։', fields: {} })
  })

  it('marks the field main names as a dotted path', () => {
    const view = describer('hy')(
      { code: 'InvalidArgument', reason: 'invalidRequest', field: '0.baseUrl', message: 'Bad.' },
      { baseUrl: URL },
    )
    expect(Object.keys(view.fields)).toEqual(['baseUrl'])
  })

  it('translates field messages and never shows main’s English in Armenian', () => {
    const hy = describer('hy')
    expect(
      hy(
        { code: 'InvalidInput', message: 'Bad.', fields: { baseUrl: ['must be https'] } },
        { baseUrl: URL },
      ).fields.baseUrl,
    ).toContain('բազային URL')
    expect(hy({ code: 'Storage', message: 'Disk full.' }, { baseUrl: URL })).toEqual({
      summary: 'Անցանց պահոցում գրել հնարավոր չեղավ։',
      fields: {},
    })
  })
})
