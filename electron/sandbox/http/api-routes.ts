/**
 * The six endpoints of the reference under /api/v1/, after authentication and throttling.
 * Bodies are validated DRF-style; the registrar applies the rules.
 */
import { fromCents } from '../../shared/pricing/price-table'
import {
  DOMAIN_STATUSES,
  type DomainStatus,
  type RegisterResponse,
} from '../../shared/vps-api/types'
import { offeredTlds } from '../billing'
import { SandboxHttpError } from '../http-error'
import { toApiDetail, toApiDomain, toUpdateResponse } from '../model'
import type { Registrar } from '../registrar'
import { validateRegister, validateTransfer, validateUpdate } from '../request-validation'
import { initiateTransfer } from '../transfers'
import { MAX_PAGE_SIZE, paginate } from './pagination'
import type { RouteRequest, RouteResult } from './types'

export const API_PREFIX = '/api/v1'
export const REGISTER_MESSAGE = 'Domain registration initiated. Processing may take 5-10 minutes.'

const COLLECTION = /^\/api\/v1\/domains\/$/
const ITEM = /^\/api\/v1\/domains\/(\d+)\/$/
const TRANSFER = /^\/api\/v1\/domains\/(\d+)\/transfer\/$/

function methodNotAllowed(method: string, allowed: string[]): SandboxHttpError {
  return SandboxHttpError.detail(405, `Method "${method}" not allowed.`, {
    Allow: allowed.join(', '),
  })
}

function fieldsOrThrow<T>(
  result: { ok: true; value: T } | { ok: false; errors: Record<string, string[]> },
): T {
  if (!result.ok) throw SandboxHttpError.fields(result.errors)
  return result.value
}

function listDomains(
  registrar: Registrar,
  req: RouteRequest,
  pageSize: number,
  maxPageSize: number,
): RouteResult {
  const status = req.query.get('status') || undefined
  if (status !== undefined && !(DOMAIN_STATUSES as readonly string[]).includes(status)) {
    throw SandboxHttpError.fields({
      status: [`Select a valid choice. ${status} is not one of the available choices.`],
    })
  }
  const items = registrar.list({
    status: status as DomainStatus | undefined,
    search: req.query.get('search') ?? '',
  })
  return { status: 200, body: paginate(req, items, toApiDomain, pageSize, maxPageSize) }
}

function register(registrar: Registrar, req: RouteRequest): RouteResult {
  const input = fieldsOrThrow(validateRegister(req.body, offeredTlds(registrar.tariff)))
  const { domain, chargedCents } = registrar.register(input)
  const body: RegisterResponse = {
    ...toApiDomain(domain),
    total_cost: fromCents(chargedCents),
    message: REGISTER_MESSAGE,
  }
  return {
    status: 201,
    body,
    effect: 'domain.created',
    domain: { id: domain.id, name: domain.name },
  }
}

/** Routes one authenticated API request. Paths are known to start with /api/v1/. */
export function routeApi(
  registrar: Registrar,
  req: RouteRequest,
  pageSize: number,
  maxPageSize = MAX_PAGE_SIZE,
): RouteResult {
  const { method, path } = req
  if (COLLECTION.test(path)) {
    if (method === 'GET') return listDomains(registrar, req, pageSize, maxPageSize)
    if (method === 'POST') return register(registrar, req)
    throw methodNotAllowed(method, ['GET', 'POST'])
  }
  const item = ITEM.exec(path)
  if (item) {
    const id = Number(item[1])
    if (method === 'GET')
      return { status: 200, body: toApiDetail(registrar.get(id), registrar.now()) }
    if (method === 'PUT') {
      registrar.get(id) // 404 before 400, as DRF's get_object() comes first
      const d = registrar.update(id, fieldsOrThrow(validateUpdate(req.body)))
      return {
        status: 200,
        body: toUpdateResponse(d),
        effect: 'domain.updated',
        domain: { id, name: d.name },
      }
    }
    if (method === 'DELETE') {
      const name = registrar.get(id).name
      registrar.remove(id)
      return { status: 204, effect: 'domain.removed', domain: { id, name } }
    }
    throw methodNotAllowed(method, ['GET', 'PUT', 'DELETE'])
  }
  const transfer = TRANSFER.exec(path)
  if (transfer) {
    if (method !== 'POST') throw methodNotAllowed(method, ['POST'])
    const id = Number(transfer[1])
    registrar.get(id)
    const body = initiateTransfer(registrar, id, fieldsOrThrow(validateTransfer(req.body)))
    return {
      status: 200,
      body,
      effect: 'transfer.initiated',
      domain: { id, name: body.domain_name },
    }
  }
  throw SandboxHttpError.notFound()
}
