/** How a setting and its value read in the bulk preview (the plan keeps them as strings). */
import { useI18n } from 'vue-i18n'
import type { SettingsChange } from '@shared/ipc/models'

/** `label(field)` and `value(field, "true" | "false" | "ns1, ns2")`, translated. */
export function useSettingValue() {
  const { t } = useI18n()
  const LABELS: Record<keyof SettingsChange, string> = {
    autoRenew: 'portfolio.columns.autoRenew',
    locked: 'portfolio.columns.lock',
    privacy: 'portfolio.columns.privacy',
    nameservers: 'portfolio.columns.nameservers',
  }
  return {
    label: (field: keyof SettingsChange) => t(LABELS[field]),
    value(field: keyof SettingsChange, value: string): string {
      if (field === 'nameservers') return value
      const on = value === 'true'
      if (field === 'locked') return t(on ? 'portfolio.values.locked' : 'portfolio.values.unlocked')
      return t(on ? 'common.on' : 'common.off')
    },
  }
}
