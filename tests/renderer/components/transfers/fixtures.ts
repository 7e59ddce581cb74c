/**
 * Test data for the transfers page: myapp.io (102) as the sandbox has it — at Namecheap, unlocked,
 * old enough — its checklist as main answers it, and transfer views in each state.
 */
import type { DomainRow, HistoryEntry, TransferCheck, TransferView } from '@shared/ipc/models'
import { domainView } from '../domain/fixtures'

export { ACCOUNT_ID, accountState, selectAccount } from '../domain/fixtures'

/** The checklist main answers for myapp.io; `overrides` replaces whole items by key. */
export function transferCheck(
  overrides: Partial<TransferCheck> & { items?: Partial<Record<string, boolean | null>> } = {},
): TransferCheck {
  const { items = {}, ...rest } = overrides
  const checks: TransferCheck['checks'] = [
    { key: 'registeredElsewhere', passed: true, detail: 'Registered at Namecheap, Inc..' },
    {
      key: 'oldEnough',
      passed: true,
      detail: 'Registered 400 days ago; at least 60 days are required.',
    },
    { key: 'unlocked', passed: true, detail: 'Not locked.' },
    { key: 'authCode', passed: null, detail: 'Get the EPP/auth code from the current registrar.' },
    {
      key: 'whoisEmail',
      passed: null,
      detail: 'The WHOIS e-mail address must receive the approval request.',
    },
    { key: 'includesRenewal', passed: true, detail: 'The transfer adds one year.' },
  ]
  const merged = checks.map((c) => (c.key in items ? { ...c, passed: items[c.key]! } : c))
  return {
    domainId: 102,
    domainName: 'myapp.io',
    registrar: 'Namecheap, Inc.',
    checks: merged,
    feeEstimateCents: 3999,
    feeSource: 'priceTable',
    feeChargedAt: null,
    eligible: merged.every((c) => c.passed !== false),
    ...rest,
  }
}

/** A transfer of myapp.io as main reports it. */
export function transferView(overrides: Partial<TransferView> = {}): TransferView {
  return {
    id: 7,
    domainId: 102,
    domainName: 'myapp.io',
    state: 'pending',
    initiatedAt: '2026-01-16T16:30:00Z',
    estimatedCompletion: '2026-01-23T16:30:00Z',
    nextSteps: [
      'Check email for transfer authorization request',
      'Approve transfer with current registrar',
      'Wait for transfer to complete (5-7 days)',
      'Domain will be automatically renewed for 1 year upon completion',
    ],
    stepsDone: [],
    previousRegistrar: 'Namecheap, Inc.',
    feeEstimateCents: 3999,
    chargedCents: 3999,
    completedAt: null,
    overdue: false,
    note: null,
    message: 'Domain transfer initiated.',
    ...overrides,
  }
}

/** Transfer history entries as main records them. */
export function transferHistory(): HistoryEntry[] {
  return [
    {
      id: 11,
      at: '2026-01-16T16:30:00Z',
      domainName: 'myapp.io',
      field: 'transfer',
      oldValue: null,
      newValue: 'initiated',
      source: 'transfer',
    },
    {
      id: 12,
      at: '2026-01-17T09:00:00Z',
      domainName: 'myapp.io',
      field: 'transfer',
      oldValue: null,
      newValue: 'step done: Check email for transfer authorization request',
      source: 'transfer',
    },
  ]
}

/** myapp.io's domain view, registered long ago, with the given history. */
export function myappView(history: HistoryEntry[] = []) {
  return domainView({
    id: 102,
    name: 'myapp.io',
    unicodeName: 'myapp.io',
    registrationDate: new Date(Date.now() - 400 * 86_400_000).toISOString(),
    locked: false,
    dnsManagedBy: 'external',
    history,
  })
}

/** A portfolio row for the picker. */
export function row(id: number, name: string): DomainRow {
  const {
    details: _d,
    note: _n,
    history: _h,
    transfer: _t,
    syncedAt: _s,
    ...rest
  } = domainView({
    id,
    name,
    unicodeName: name,
  })
  return rest
}
