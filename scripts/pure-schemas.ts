/**
 * A renderer build plugin: the shared modules that define zod schemas (main and the preload
 * validate IPC with them) also export constants and helpers the renderer uses. A bundler must
 * keep every top-level call it cannot prove pure, so importing one constant used to bring every
 * schema of its module, and zod, into the renderer. Building a schema has no side effect, so
 * each top-level `const` initialised by a call in such a module is wrapped in a pure-annotated
 * function: the schemas the renderer uses are built exactly as before, the others are dropped.
 */
import { parseSync, type Plugin } from 'vite'

/** A top-level declaration's initialiser, as positions in the module's code. */
type Span = { start: number; end: number }

interface Node {
  type: string
  expression?: Node
  start: number
  end: number
  declaration?: Node | null
  declarations?: { init?: Node | null }[]
  kind?: string
}

/** Initialisers that compute a value (a literal or a function is left alone). */
const COMPUTED = new Set(['CallExpression', 'NewExpression', 'MemberExpression'])
const computed = (node: Node): boolean =>
  COMPUTED.has(node.type) ||
  ((node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') &&
    !!node.expression &&
    computed(node.expression))

/**
 * The module's code with each top-level call-initialised `const` turned into a pure IIFE, or
 * null when the module does not import zod (it is then left exactly as it was).
 */
export function markSchemasPure(code: string, file = 'module.ts'): string | null {
  if (!/from\s*['"]zod(?:\/[^'"]*)?['"]/.test(code)) return null
  const spans: Span[] = []
  const { program, errors } = parseSync(file, code, { lang: 'ts' })
  if (errors.length) return null
  for (const statement of program.body as unknown as Node[]) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue
    for (const { init } of declaration.declarations ?? []) {
      if (init && computed(init)) spans.push({ start: init.start, end: init.end })
    }
  }
  let out = code
  for (const { start, end } of spans.reverse()) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => ${out.slice(start, end)})()${out.slice(end)}`
  }
  return out
}

/** The plugin, for the shared modules (`electron/shared/`) the renderer imports. */
export function pureSchemas(sharedDir: string): Plugin {
  return {
    name: 'domain-desk:pure-schemas',
    transform(code, id) {
      if (!id.startsWith(sharedDir) || !/\.[cm]?[jt]s$/.test(id)) return null
      const marked = markSchemasPure(code, id)
      return marked === null ? null : { code: marked, map: null }
    },
  }
}
