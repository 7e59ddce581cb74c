/**
 * Bulk changes across IPC: the selection a change acts on and the preview main computes from the
 * cache (see services/bulk-planner.ts).
 */
import { z } from 'zod'
import { PortfolioQuerySchema } from './models'

/**
 * Which domains a bulk change acts on: a list of ids, or every domain matching a portfolio filter
 * except some. The second keeps "select all" of 100,000 domains from crossing IPC as 100,000 ids;
 * main resolves it against the cache.
 */
export const SelectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ids'),
    ids: z.array(z.number().int().positive()).max(200_000),
  }),
  z.object({
    kind: z.literal('query'),
    query: PortfolioQuerySchema.omit({ offset: true, limit: true, sort: true }),
    exclude: z.array(z.number().int().positive()).max(200_000),
  }),
])
export type Selection = z.input<typeof SelectionSchema>

/** One domain a bulk change will change: each changing setting, before → after. */
export const BulkChangeItemSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  changes: z.array(
    z.object({
      field: z.enum(['autoRenew', 'privacy', 'locked', 'nameservers']),
      from: z.string(),
      to: z.string(),
    }),
  ),
})
export type BulkChangeItem = z.infer<typeof BulkChangeItemSchema>

/** Why the cache already knows VPS.org would refuse a change to a domain. */
export const BULK_BLOCK_REASONS = ['otherRegistrar', 'removed'] as const
export const BulkBlockedSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  reason: z.enum(BULK_BLOCK_REASONS),
  /** For `otherRegistrar`: where the domain is registered. */
  registrar: z.string().optional(),
})
export type BulkBlocked = z.infer<typeof BulkBlockedSchema>

/** A bulk change's preview: only `willChange` is sent. */
export const BulkPreviewSchema = z.object({
  /** Domains in the selection. */
  total: z.number().int().nonnegative(),
  willChange: z.array(BulkChangeItemSchema),
  /** Domains that already have the wanted settings. */
  unchanged: z.number().int().nonnegative(),
  blocked: z.array(BulkBlockedSchema),
  /**
   * Of `willChange`, domains whose lock changes while their registrar is not known yet (their
   * details never fetched): VPS.org refuses the change for any held at another registrar.
   */
  unchecked: z.number().int().nonnegative(),
})
export type BulkPreview = z.infer<typeof BulkPreviewSchema>
