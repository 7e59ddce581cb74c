/**
 * The settings form's draft: what the user has changed relative to the domain as last read, and
 * the SettingsChange that sends exactly those fields. A background refresh updates the fields the
 * user has not touched and leaves their edits alone.
 */
import { computed, reactive, watch, type Ref } from 'vue'
import type { DomainView, SettingsChange } from '@shared/ipc/models'
import { parseHostName } from '@shared/validation/host-name'
import { parseNameservers } from '@shared/validation/nameservers'

interface Draft {
  autoRenew: boolean
  privacy: boolean
  locked: boolean
  nameservers: string[]
}

function fromDomain(d: DomainView): Draft {
  return {
    autoRenew: d.autoRenew,
    privacy: d.privacy,
    locked: d.locked,
    nameservers: [...d.nameservers],
  }
}

/** A host name as VPS.org stores it, so "NS1.Example.net" counts as unchanged. */
function normal(host: string): string {
  const parsed = parseHostName(host)
  return parsed.ok ? parsed.ascii : host.trim().toLowerCase()
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => normal(v) === normal(b[i]!))

/** The draft for the open domain. */
export function useSettingsDraft(domain: Ref<DomainView | null>) {
  const draft = reactive<Draft>({
    autoRenew: false,
    privacy: false,
    locked: false,
    nameservers: [],
  })
  let baseline: Draft | null = null

  watch(
    domain,
    (next, previous) => {
      if (!next) return
      const fresh = fromDomain(next)
      const reopened = !baseline || next.id !== previous?.id
      const keys = Object.keys(fresh) as Array<keyof Draft>
      for (const key of keys) {
        const untouched = reopened || JSON.stringify(draft[key]) === JSON.stringify(baseline![key])
        if (untouched) Object.assign(draft, { [key]: fresh[key] })
      }
      baseline = fresh
    },
    { immediate: true },
  )

  const check = computed(() => parseNameservers(draft.nameservers))
  const nameserversChanged = computed(
    () => domain.value !== null && !sameList(draft.nameservers, domain.value.nameservers),
  )
  /** Only the fields that differ from the domain; nameservers in the validator's ASCII form. */
  const change = computed<Partial<SettingsChange>>(() => {
    const d = domain.value
    if (!d) return {}
    return {
      ...(draft.autoRenew !== d.autoRenew ? { autoRenew: draft.autoRenew } : {}),
      ...(draft.privacy !== d.privacy ? { privacy: draft.privacy } : {}),
      ...(draft.locked !== d.locked ? { locked: draft.locked } : {}),
      ...(nameserversChanged.value && check.value.ok
        ? { nameservers: check.value.nameservers }
        : {}),
    }
  })
  /** A switch differs from the domain (nameservers are counted on their own). */
  const togglesChanged = computed(() =>
    (['autoRenew', 'privacy', 'locked'] as const).some((key) => key in change.value),
  )
  const dirty = computed(() => Object.keys(change.value).length > 0 || nameserversChanged.value)
  const valid = computed(() => !nameserversChanged.value || check.value.ok)

  function reset(): void {
    if (domain.value) Object.assign(draft, fromDomain(domain.value))
  }

  return { draft, check, nameserversChanged, togglesChanged, change, dirty, valid, reset }
}
