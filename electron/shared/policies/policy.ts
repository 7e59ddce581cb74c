/**
 * Portfolio policies: rules the user writes, each a condition over the portfolio and the settings
 * every matching domain must have ("tag keep ⇒ auto-renew on and transfer lock on"). Shared, so
 * that the form, the JSON import and main apply one schema.
 */
import { z } from 'zod'
import { SettingsChangeSchema } from '../ipc/models'
import { TagSchema } from '../validation/annotations'

/** At most this many rules: each is checked after every sync. */
export const MAX_POLICIES = 50

/** Which domains a rule is about. */
export const PolicyConditionSchema = z.discriminatedUnion('kind', [
  /** Every domain in the account. */
  z.object({ kind: z.literal('all') }),
  /** Domains with this tag. */
  z.object({ kind: z.literal('tag'), tag: TagSchema }),
  /** Domains whose DNS VPS.org serves. */
  z.object({ kind: z.literal('dns-vps') }),
  /** Domains expiring within this many days (expired ones included). */
  z.object({ kind: z.literal('expiring'), days: z.number().int().min(1).max(365) }),
  /** Domains under this TLD (without the dot, e.g. `com`, `co.uk`). */
  z.object({
    kind: z.literal('tld'),
    tld: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'A TLD such as com or co.uk, without the dot.')
      .max(63),
  }),
])
export type PolicyCondition = z.infer<typeof PolicyConditionSchema>

/** A rule as the user writes it. */
export const PolicyInputSchema = z.object({
  name: z.string().trim().min(1, 'Give the rule a name.').max(80),
  when: PolicyConditionSchema,
  /** The settings every matching domain must have: at least one. */
  require: SettingsChangeSchema,
  enabled: z.boolean().default(true),
})
export type PolicyInput = z.input<typeof PolicyInputSchema>

/** A stored rule. */
export const PolicySchema = PolicyInputSchema.extend({
  id: z.string().min(1).max(64),
  enabled: z.boolean(),
})
export type Policy = z.infer<typeof PolicySchema>

/** The JSON file of an export (and what an import accepts). */
export const PoliciesFileSchema = z.object({
  app: z.literal('domain-desk'),
  kind: z.literal('policies'),
  version: z.literal(1),
  rules: z.array(PolicyInputSchema).max(MAX_POLICIES),
})
export type PoliciesFile = z.infer<typeof PoliciesFileSchema>

/** One rule's result for an account. */
export const PolicyReportSchema = z.object({
  policyId: z.string(),
  /** Domains that match the condition. */
  matching: z.number().int(),
  /** Of those, how many lack a required setting. */
  violations: z.number().int(),
  /** The first violating domains (by name), each with the settings that differ. */
  sample: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      unicodeName: z.string(),
      differs: z.array(z.enum(['autoRenew', 'locked', 'privacy', 'nameservers'])),
    }),
  ),
  checkedAt: z.string(),
})
export type PolicyReport = z.infer<typeof PolicyReportSchema>
