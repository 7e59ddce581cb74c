/**
 * Sample API bodies (shaped like the reference's examples) and a log capturer.
 */
import type { ApiLogger } from '../../../../../../electron/main/core/vps-api/logger'

/** A distinctive token: any appearance of it in output is a leak. */
export const TOKEN = 'vpsTok_Z9qX-SECRET-7f3e1c5a9b'

/** A listed domain with the given id. */
export function domain(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    domain_name: `example${id}.com`,
    status: 'active',
    registration_date: '2023-01-15T10:30:00Z',
    expiration_date: '2026-01-15T10:30:00Z',
    auto_renew: true,
    locked: true,
    nameservers: ['ns1.vps.org', 'ns2.vps.org'],
    privacy_protection: true,
    dns_managed_by: 'vps.org',
    ...overrides,
  }
}

/** Domain details (the reference's example for GET /domains/101/). */
export function domainDetail(id = 101, overrides: Record<string, unknown> = {}) {
  return {
    ...domain(id),
    registrar: 'VPS.org',
    days_until_expiration: 730,
    whois_info: {
      registrant: 'Privacy Protected',
      admin_contact: 'Privacy Protected',
      tech_contact: 'Privacy Protected',
      created_date: '2023-01-15',
      updated_date: '2025-12-20',
    },
    dns_records_count: 12,
    ...overrides,
  }
}

/** 201 body of a registration. */
export function registerResponse(name = 'mynewdomain.com') {
  return {
    ...domain(103, { domain_name: name, status: 'pending' }),
    total_cost: 24.98,
    message: 'Domain registration initiated. Processing may take 5-10 minutes.',
  }
}

/** 200 body of a transfer. */
export function transferResponse(id = 101) {
  return {
    id,
    domain_name: 'example.com',
    transfer_status: 'pending',
    transfer_initiated_at: '2026-01-16T16:30:00Z',
    estimated_completion: '2026-01-23T16:30:00Z',
    message: 'Domain transfer initiated.',
    next_steps: ['Check email for transfer authorization request'],
  }
}

/** 200 body of an update. */
export function updateResponse(id = 101, overrides: Record<string, unknown> = {}) {
  return {
    id,
    domain_name: 'example.com',
    status: 'active',
    auto_renew: false,
    nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
    privacy_protection: true,
    locked: true,
    message: 'Domain settings updated successfully.',
    ...overrides,
  }
}

/** A logger that keeps every line, serialized, for leak checks. */
export function captureLogger(): ApiLogger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: (msg, fields) => lines.push(`debug ${msg} ${JSON.stringify(fields ?? {})}`),
    warn: (msg, fields) => lines.push(`warn ${msg} ${JSON.stringify(fields ?? {})}`),
  }
}

/** Runs `fn`, expecting it to reject, and returns the rejection. */
export async function rejectionOf(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection, but the call succeeded')
}
