import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Policy } from '@shared/policies/policy'
import { usePolicyText } from '@/composables/usePolicyText'
import { mountApp } from '../support/app'

const rules: Array<Pick<Policy, 'when' | 'require'>> = [
  { when: { kind: 'tag', tag: 'keep' }, require: { autoRenew: true, locked: true } },
  { when: { kind: 'all' }, require: { privacy: true } },
  { when: { kind: 'dns-vps' }, require: { nameservers: ['ns1.vps.org', 'ns2.vps.org'] } },
  { when: { kind: 'expiring', days: 1 }, require: { autoRenew: false } },
  { when: { kind: 'tld', tld: 'co.uk' }, require: { locked: false } },
]

async function read(locale: 'en' | 'hy'): Promise<string[]> {
  let lines: string[] = []
  const Probe = defineComponent(() => {
    const text = usePolicyText()
    lines = rules.map((r) => `${text.when(r)} ⇒ ${text.require(r)}`)
    return () => h('div')
  })
  await mountApp(Probe, { locale })
  return lines
}

describe('usePolicyText', () => {
  it('reads each kind of rule in English', async () => {
    expect(await read('en')).toEqual([
      'Tag keep ⇒ auto-renew on, transfer lock on',
      'Every domain ⇒ WHOIS privacy on',
      'DNS at VPS.org ⇒ nameservers ns1.vps.org, ns2.vps.org',
      'Expiring within 1 day ⇒ auto-renew off',
      'Under .co.uk ⇒ transfer lock off',
    ])
  })

  it('and in Armenian', async () => {
    const [tag, , , expiring] = await read('hy')
    expect(tag).toBe('Պիտակ keep ⇒ ավտոերկարաձգումը միացված, փոխանցման արգելափակումը միացված')
    expect(expiring).toBe('Ժամկետը լրանում է 1 օրվա ընթացքում ⇒ ավտոերկարաձգումը անջատված')
  })
})
