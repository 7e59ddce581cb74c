/** How a rule reads in the user's language: "Tag keep" ⇒ "Auto-renew on, transfer lock on". */
import { useI18n } from 'vue-i18n'
import type { Policy } from '@shared/policies/policy'

/** Words for a rule's condition and its requirement. */
export function usePolicyText() {
  const { t } = useI18n()
  const when = (p: Pick<Policy, 'when'>): string => {
    switch (p.when.kind) {
      case 'tag':
        return t('policies.when.tag', { tag: p.when.tag })
      case 'expiring':
        return t('policies.when.expiring', { days: p.when.days }, p.when.days)
      case 'tld':
        return t('policies.when.tld', { tld: p.when.tld })
      default:
        return t(`policies.when.${p.when.kind}`)
    }
  }
  const require = (p: Pick<Policy, 'require'>): string => {
    const parts: string[] = []
    const on = (v: boolean) => t(v ? 'policies.on' : 'policies.off')
    if (p.require.autoRenew !== undefined)
      parts.push(t('policies.require.autoRenew', { state: on(p.require.autoRenew) }))
    if (p.require.locked !== undefined)
      parts.push(t('policies.require.locked', { state: on(p.require.locked) }))
    if (p.require.privacy !== undefined)
      parts.push(t('policies.require.privacy', { state: on(p.require.privacy) }))
    if (p.require.nameservers)
      parts.push(t('policies.require.nameservers', { list: p.require.nameservers.join(', ') }))
    return parts.join(', ')
  }
  return { when, require }
}
