/**
 * Test helper: the OpenAPI document as data, and JSON Schema 2020-12 validators (Ajv) for its
 * schemas, so tests can check examples and live sandbox responses against the contract.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'

export const OPENAPI_PATH = fileURLToPath(
  new URL('../../electron/shared/vps-api/openapi.yaml', import.meta.url),
)

type Json = Record<string, any>

/** The parsed openapi.yaml. */
export const openapi: Json = parse(readFileSync(OPENAPI_PATH, 'utf8')) as Json

const DOC_ID = 'https://domain-desk.invalid/openapi.json'
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema({ ...openapi, $id: DOC_ID })

const cache = new Map<string, ValidateFunction>()

/** A validator for a JSON pointer into the document, e.g. `#/components/schemas/Domain`. */
export function validatorFor(pointer: string): ValidateFunction {
  let validate = cache.get(pointer)
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}${pointer}` })
    cache.set(pointer, validate)
  }
  return validate
}

/** Resolves a local `$ref` object (one level), e.g. a response component. */
export function deref(node: Json): Json {
  if (typeof node?.$ref !== 'string') return node
  const path = (node.$ref as string).replace(/^#\//, '').split('/')
  return path.reduce<Json>((at, key) => at[key] as Json, openapi)
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** JSON pointer of the schema of an operation's response body for a status code. */
export function responseSchemaPointer(
  path: string,
  method: string,
  status: number | string,
): string {
  const responses = openapi.paths[path][method].responses as Json
  const response = responses[String(status)] as Json
  if (!response) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} response`)
  if (typeof response.$ref === 'string') {
    return `${(response.$ref as string).slice(1)}/content/application~1json/schema`
  }
  return `/paths/${escape(path)}/${method}/responses/${status}/content/application~1json/schema`
}

/** Errors of validating `body` as the documented response, or null when it conforms. */
export function responseErrors(
  path: string,
  method: string,
  status: number,
  body: unknown,
): string | null {
  const validate = validatorFor(`#${responseSchemaPointer(path, method, status)}`)
  return validate(body) ? null : ajv.errorsText(validate.errors)
}
