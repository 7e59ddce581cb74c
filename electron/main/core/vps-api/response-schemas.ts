/**
 * Runtime checks for every response body, mirroring openapi.yaml. Nothing from VPS.org reaches
 * the rest of the app unchecked: a missing or mistyped field becomes a clear 'BadResponse' error
 * here rather than a crash (or a wrong figure) somewhere in the UI.
 *
 * Extra fields are tolerated (z.object strips unknown keys) so that VPS.org can add fields
 * without breaking the app. The type-level check at the bottom fails compilation when a schema
 * and the generated type (schema.gen.ts) disagree, so the two cannot drift apart.
 */
import { z } from 'zod'
import type {
  Domain,
  DomainDetail,
  DomainList,
  ErrorDetail,
  RegisterResponse,
  TransferResponse,
  UpdateResponse,
  WhoisInfo,
} from '../../../shared/vps-api/types'
import { DOMAIN_STATUSES } from '../../../shared/vps-api/types'

/**
 * An ISO-8601 date-time string that `Date` can read. The exact form is left open (DRF may add
 * microseconds or a `+00:00` offset), but it must be a real instant: days to expiry are
 * computed from it.
 */
const dateTime = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'expected an ISO-8601 date-time',
  })

/** A calendar date (`2023-01-15`); a full date-time is accepted too. */
const calendarDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'expected an ISO-8601 date',
  })

const domainStatus = z.enum(DOMAIN_STATUSES)
const integer = z.number().int()

/** One domain as listed (openapi: Domain). */
export const domainSchema = z.object({
  id: integer,
  domain_name: z.string(),
  status: domainStatus,
  registration_date: dateTime,
  expiration_date: dateTime,
  auto_renew: z.boolean(),
  locked: z.boolean(),
  nameservers: z.array(z.string()),
  privacy_protection: z.boolean(),
  dns_managed_by: z.enum(['vps.org', 'external']),
})

/** WHOIS contacts inside domain details (openapi: WhoisInfo). */
export const whoisInfoSchema = z.object({
  registrant: z.string(),
  admin_contact: z.string(),
  tech_contact: z.string(),
  created_date: calendarDate,
  updated_date: calendarDate,
})

/** GET /domains/{id}/ (openapi: DomainDetail). */
export const domainDetailSchema = domainSchema.extend({
  registrar: z.string(),
  days_until_expiration: integer,
  whois_info: whoisInfoSchema,
  dns_records_count: integer.min(0),
})

/** One page of GET /domains/ (openapi: DomainList); `next`/`previous` may be absent or null. */
export const domainListSchema = z.object({
  count: integer.min(0),
  next: z.string().nullish(),
  previous: z.string().nullish(),
  results: z.array(domainSchema),
})

/** 201 from POST /domains/ (openapi: RegisterResponse). */
export const registerResponseSchema = domainSchema.extend({
  total_cost: z.number(),
  message: z.string(),
})

/** 200 from PUT /domains/{id}/ (openapi: UpdateResponse). */
export const updateResponseSchema = z.object({
  id: integer,
  domain_name: z.string(),
  status: domainStatus,
  auto_renew: z.boolean(),
  nameservers: z.array(z.string()),
  privacy_protection: z.boolean(),
  locked: z.boolean(),
  message: z.string().optional(),
})

/** 200 from POST /domains/{id}/transfer/ (openapi: TransferResponse). */
export const transferResponseSchema = z.object({
  id: integer,
  domain_name: z.string(),
  transfer_status: z.string(),
  transfer_initiated_at: dateTime,
  estimated_completion: dateTime,
  message: z.string(),
  next_steps: z.array(z.string()),
  total_cost: z.number().optional(),
})

/** DRF's error body for 401/402/404/429 (openapi: ErrorDetail). */
export const errorDetailSchema = z.object({ detail: z.string() })

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** `["results", 3, "status"]` → `results[3].status`; the root is "the body". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text ? `.${String(key)}` : String(key)
  }
  return text || 'the body'
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatIssuePath(issue.path)
  switch (issue.code) {
    case 'invalid_type': {
      // Only the type of what arrived is described, never the value itself.
      const expected = issue.expected === 'int' ? 'integer' : issue.expected
      if (issue.input === undefined) return `${where}: missing (expected ${expected})`
      return `${where}: expected ${expected}, got ${describeValue(issue.input)}`
    }
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map(String).join('|')}`
    case 'too_small':
      return `${where}: expected at least ${String(issue.minimum)}`
    default:
      return `${where}: ${issue.message}`
  }
}

/** The first few problems, one clause each, e.g. `results[3].status: expected one of …`. */
export function formatSchemaIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const shown = issues.slice(0, max).map(describeIssue).join('; ')
  return issues.length > max ? `${shown} (and ${issues.length - max} more)` : shown
}

/** Checks `data` against `schema`: the parsed value, or a readable description of what is wrong. */
export function checkResponse<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; problem: string } {
  const result = schema.safeParse(data, { reportInput: true })
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problem: formatSchemaIssues(result.error.issues) }
}

// ---- Compile-time drift check against the generated types ---------------------------------

/** True when A and B are assignable to each other (equal for our purposes). */
export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T

/** Fails to compile when a response schema no longer matches openapi.yaml's generated type. */
export type ResponseSchemasMatchOpenApi = [
  Assert<MutuallyAssignable<z.infer<typeof domainSchema>, Domain>>,
  Assert<MutuallyAssignable<z.infer<typeof whoisInfoSchema>, WhoisInfo>>,
  Assert<MutuallyAssignable<z.infer<typeof domainDetailSchema>, DomainDetail>>,
  Assert<MutuallyAssignable<z.infer<typeof domainListSchema>, DomainList>>,
  Assert<MutuallyAssignable<z.infer<typeof registerResponseSchema>, RegisterResponse>>,
  Assert<MutuallyAssignable<z.infer<typeof updateResponseSchema>, UpdateResponse>>,
  Assert<MutuallyAssignable<z.infer<typeof transferResponseSchema>, TransferResponse>>,
  Assert<MutuallyAssignable<z.infer<typeof errorDetailSchema>, ErrorDetail>>,
]
