/**
 * Portfolio policies: the user's rules, stored locally, exported and imported as JSON, and
 * checked against an account's cached portfolio on demand and after every sync. A check never
 * changes anything at VPS.org: a fix goes through the bulk change, with its preview and
 * confirmation, from the ids `violatingIds` gives.
 */
import { randomUUID } from 'node:crypto'
import {
  MAX_POLICIES,
  PoliciesFileSchema,
  PolicyInputSchema,
  type PoliciesFile,
  type Policy,
  type PolicyInput,
  type PolicyReport,
} from '../../shared/policies/policy'
import { parseNameservers } from '../../shared/validation/nameservers'
import type { Cache } from '../core/db/cache'
import { policyViolationIds, policyViolations } from '../core/db/policy-query'
import { AppError, nameserverDetail } from './app-error'
import type { EventBus } from './event-bus'
import type { Clock } from '../core/clock'

/** How many violating domains a report lists per rule. */
const SAMPLE = 100

export interface PolicyDeps {
  cache: Cache
  bus: EventBus
  clock: Clock
}

/** Keeps and checks policies. */
export class PolicyService {
  constructor(private readonly deps: PolicyDeps) {}

  list(): Policy[] {
    return this.deps.cache.policies.all()
  }

  /** Adds a rule (no id) or replaces one; the nameservers it requires are checked as an edit's. */
  save(input: PolicyInput & { id?: string }): Policy {
    const { cache } = this.deps
    const rule = this.validate(input)
    if (!input.id && cache.policies.count() >= MAX_POLICIES)
      throw new AppError('InvalidArgument', `At most ${MAX_POLICIES} rules can be kept.`, {
        reason: 'tooManyRules',
        params: { max: MAX_POLICIES },
      })
    if (input.id && !cache.policies.get(input.id))
      throw new AppError('NotFound', 'That rule no longer exists.', { reason: 'ruleGone' })
    const policy: Policy = { ...rule, id: input.id ?? randomUUID() }
    cache.policies.save(policy, this.deps.clock.now().toISOString())
    return policy
  }

  remove(id: string): void {
    if (!this.deps.cache.policies.remove(id))
      throw new AppError('NotFound', 'That rule no longer exists.', { reason: 'ruleGone' })
  }

  /** The rules as a JSON file's content. */
  exportJson(): string {
    const file: PoliciesFile = {
      app: 'domain-desk',
      kind: 'policies',
      version: 1,
      rules: this.list().map(({ name, when, require, enabled }) => ({
        name,
        when,
        require,
        enabled,
      })),
    }
    return `${JSON.stringify(file, null, 2)}\n`
  }

  /** Replaces the rules with a file's; nothing changes unless every rule in it is valid. */
  importJson(text: string): Policy[] {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new AppError('InvalidArgument', 'The file is not JSON.', { reason: 'fileNotJson' })
    }
    const parsed = PoliciesFileSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new AppError(
        'InvalidArgument',
        `The file is not a Domain Desk policies file: ${issue.path.join('.') || 'file'}: ${issue.message}`,
        { reason: 'notPoliciesFile', params: { path: issue.path.join('.') || '-' } },
      )
    }
    const policies = parsed.data.rules.map((r) => ({ ...this.validate(r), id: randomUUID() }))
    this.deps.cache.policies.replaceAll(policies, this.deps.clock.now().toISOString())
    return this.list()
  }

  /** Checks every enabled rule against the account's cached portfolio. */
  check(accountId: string): PolicyReport[] {
    const { cache } = this.deps
    const now = this.deps.clock.now()
    const reports = this.list()
      .filter((p) => p.enabled)
      .map((p) => ({
        policyId: p.id,
        ...policyViolations(cache.db, accountId, p, { now: now.getTime(), sample: SAMPLE }),
        checkedAt: now.toISOString(),
      }))
    this.deps.bus.emit('policies.checked', {
      accountId,
      violations: reports.reduce((sum, r) => sum + r.violations, 0),
    })
    return reports
  }

  /** Every domain breaking a rule, for the bulk change that fixes them. */
  violatingIds(accountId: string, policyId: string): number[] {
    const policy = this.deps.cache.policies.get(policyId)
    if (!policy)
      throw new AppError('NotFound', 'That rule no longer exists.', { reason: 'ruleGone' })
    return policyViolationIds(
      this.deps.cache.db,
      accountId,
      policy,
      this.deps.clock.now().getTime(),
    )
  }

  private validate(input: PolicyInput): Omit<Policy, 'id'> {
    const parsed = PolicyInputSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const path = issue.path.join('.') || 'rule'
      throw new AppError('InvalidArgument', issue.message, {
        reason: 'invalidRule',
        field: path,
        params: { path },
        fields: { [path]: [issue.message] },
      })
    }
    const rule = parsed.data
    if (rule.require.nameservers) {
      const ns = parseNameservers(rule.require.nameservers)
      if (!ns.ok)
        throw new AppError('InvalidArgument', ns.message, {
          ...nameserverDetail(ns, 'require.nameservers'),
          fields: { nameservers: [ns.message] },
        })
      rule.require = { ...rule.require, nameservers: ns.nameservers }
    }
    return rule
  }
}
