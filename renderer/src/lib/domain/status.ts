/** PrimeVue Tag severities for a domain's status, shared by the domain and register pages. */
import type { DomainStatus } from '@shared/vps-api/types'

/** active → green, pending → blue, expired → red, locked (by the registry) → amber. */
export const STATUS_SEVERITY: Record<DomainStatus, 'success' | 'info' | 'danger' | 'warn'> = {
  active: 'success',
  pending: 'info',
  expired: 'danger',
  locked: 'warn',
}
