/** The user's portfolio policies, in their order (see migration-v11.ts). */
import { PolicySchema, type Policy } from '../../../shared/policies/policy'
import { rows, scalar, transaction, type Db } from './sqlite'

/** Reads and writes policies; a stored rule that no longer parses is left out. */
export class PoliciesRepo {
  constructor(private readonly db: Db) {}

  all(): Policy[] {
    return rows<{ rule: string }>(
      this.db,
      'SELECT rule FROM policies ORDER BY position, id',
    ).flatMap((r) => {
      const parsed = PolicySchema.safeParse(JSON.parse(r.rule))
      return parsed.success ? [parsed.data] : []
    })
  }

  get(id: string): Policy | undefined {
    return this.all().find((p) => p.id === id)
  }

  count(): number {
    return scalar<number>(this.db, 'SELECT count(*) FROM policies') ?? 0
  }

  /** Adds a rule at the end, or replaces the one with its id in place. */
  save(policy: Policy, at: string): void {
    this.db
      .prepare(
        `INSERT INTO policies (id, position, rule, updated_at)
         VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM policies), ?, ?)
         ON CONFLICT (id) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at`,
      )
      .run(policy.id, JSON.stringify(policy), at)
  }

  remove(id: string): boolean {
    return this.db.prepare('DELETE FROM policies WHERE id = ?').run(id).changes === 1
  }

  /** Replaces every rule (an import), in one transaction. */
  replaceAll(policies: readonly Policy[], at: string): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM policies')
      policies.forEach((p) => this.save(p, at))
    })
  }
}
