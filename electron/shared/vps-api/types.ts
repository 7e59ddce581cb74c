/**
 * Friendly names for the generated VPS.org API types (schema.gen.ts, from openapi.yaml).
 */
import type { components, operations } from './schema.gen'

type Schemas = components['schemas']

export type Domain = Schemas['Domain']
export type DomainStatus = Schemas['DomainStatus']
export type DnsManagedBy = Schemas['DnsManagedBy']
export type DomainDetail = Schemas['DomainDetail']
export type WhoisInfo = Schemas['WhoisInfo']
export type DomainList = Schemas['DomainList']
export type RegisterRequest = Schemas['RegisterRequest']
export type RegisterResponse = Schemas['RegisterResponse']
export type UpdateRequest = Schemas['UpdateRequest']
export type UpdateResponse = Schemas['UpdateResponse']
export type TransferRequest = Schemas['TransferRequest']
export type TransferResponse = Schemas['TransferResponse']
export type ErrorDetail = Schemas['ErrorDetail']
export type ValidationErrors = Schemas['ValidationErrors']
export type ListDomainsQuery = NonNullable<operations['listDomains']['parameters']['query']>

/** Every status the API documents, in display order. */
export const DOMAIN_STATUSES = [
  'active',
  'pending',
  'expired',
  'locked',
] as const satisfies readonly DomainStatus[]
