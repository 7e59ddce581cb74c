/**
 * The sandbox's domain record and how it is written out in the API's shapes (the generated
 * OpenAPI types keep those shapes honest).
 */
import { toUnicode } from 'tr46'
import type {
  DnsManagedBy,
  Domain,
  DomainDetail,
  DomainStatus,
  UpdateResponse,
} from '../shared/vps-api/types'
import { DAY, isoDate, isoSeconds } from './clock'

export const VPS_ORG = 'VPS.org'
export const VPS_NAMESERVERS = ['ns1.vps.org', 'ns2.vps.org']
export const PRIVACY_CONTACT = 'Privacy Protected'

/** A transfer in progress (the API has no endpoint for it; the sandbox tracks it). */
export interface TransferState {
  initiatedAt: number
  /** When it completes, or when it is cancelled if the WHOIS e-mail never answers. */
  settlesAt: number
  estimatedCompletion: number
  autoRenew: boolean
  chargedCents: number
}

/** One domain as the sandbox keeps it. Times are epoch ms of the simulated clock. */
export interface SandboxDomain {
  id: number
  /** ASCII (punycode) name, lower case. */
  name: string
  status: DomainStatus
  registeredAt: number
  expiresAt: number
  autoRenew: boolean
  locked: boolean
  nameservers: string[]
  privacy: boolean
  registrar: string
  registrant: string
  whoisUpdatedAt: number
  dnsRecords: number
  /** EPP code as the current registrar would hand it out. */
  authCode: string
  /** False: transfer approval mails bounce, so a transfer stalls and is cancelled. */
  whoisEmailReachable: boolean
  /** A pending registration turns active at this time. */
  activatesAt?: number
  transfer?: TransferState
}

/** `vps.org` when every nameserver is VPS.org's, otherwise `external`. */
export function dnsManagerOf(nameservers: readonly string[]): DnsManagedBy {
  return nameservers.every((ns) => ns.endsWith('.vps.org')) ? 'vps.org' : 'external'
}

/** Unicode form of a stored name, for search. */
export function unicodeName(ascii: string): string {
  const { domain, error } = toUnicode(ascii)
  return error ? ascii : domain
}

/** The list shape (the domain object of the reference). */
export function toApiDomain(d: SandboxDomain): Domain {
  return {
    id: d.id,
    domain_name: d.name,
    status: d.status,
    registration_date: isoSeconds(d.registeredAt),
    expiration_date: isoSeconds(d.expiresAt),
    auto_renew: d.autoRenew,
    locked: d.locked,
    nameservers: [...d.nameservers],
    privacy_protection: d.privacy,
    dns_managed_by: dnsManagerOf(d.nameservers),
  }
}

/** The details shape; `days_until_expiration` is computed honestly from the clock. */
export function toApiDetail(d: SandboxDomain, now: number): DomainDetail {
  const contact = d.privacy ? PRIVACY_CONTACT : d.registrant
  return {
    ...toApiDomain(d),
    registrar: d.registrar,
    days_until_expiration: Math.floor((d.expiresAt - now) / DAY),
    whois_info: {
      registrant: contact,
      admin_contact: contact,
      tech_contact: contact,
      created_date: isoDate(d.registeredAt),
      updated_date: isoDate(d.whoisUpdatedAt),
    },
    dns_records_count: dnsManagerOf(d.nameservers) === 'vps.org' ? d.dnsRecords : 0,
  }
}

export const UPDATE_MESSAGE =
  'Domain settings updated successfully. Nameserver changes may take up to 24 hours to propagate.'

/** The PUT response shape of the reference. */
export function toUpdateResponse(d: SandboxDomain): UpdateResponse {
  return {
    id: d.id,
    domain_name: d.name,
    status: d.status,
    auto_renew: d.autoRenew,
    nameservers: [...d.nameservers],
    privacy_protection: d.privacy,
    locked: d.locked,
    message: UPDATE_MESSAGE,
  }
}
