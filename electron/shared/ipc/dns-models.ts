/**
 * The DNS check after a nameserver change, across IPC: what each resolver returned for the
 * domain's delegation and how that compares with the nameservers set at VPS.org.
 */
import { z } from 'zod'

/** propagated / not yet / different, or unreachable when no resolver answered. */
export const DelegationStateSchema = z.enum(['propagated', 'not-yet', 'different', 'unreachable'])

export const DnsCheckSchema = z.object({
  domainId: z.number().int().positive(),
  domain: z.string(),
  expected: z.array(z.string()),
  state: DelegationStateSchema,
  resolvers: z.array(
    z.object({
      resolver: z.string(),
      state: DelegationStateSchema,
      seen: z.array(z.string()),
      error: z.string().optional(),
    }),
  ),
  checkedAt: z.string(),
})
export type DnsCheck = z.infer<typeof DnsCheckSchema>

/** At most this many domains per check request (a bulk change's selection is checked in parts). */
export const MAX_DNS_CHECK_DOMAINS = 500

/** Resolver addresses as entered (validated in main with the shared rule). */
export const ResolverInputSchema = z.array(z.string().max(200)).max(20)
