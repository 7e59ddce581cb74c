/**
 * Test helper: the modules a built bundle loads at run time, read from its text: static
 * `import … from 'x'` / `import 'x'` / `export … from 'x'`, dynamic `import('x')` and
 * `require('x')` with a literal name. Comments are not parsed out; the bundles carry no
 * import-like text in comments, and a false positive would only make a check stricter.
 */
import { builtinModules } from 'node:module'

const PATTERNS = [
  /\bimport\s+(?:[\w*${}\s,]+\s+from\s+)?["']([^"']+)["']/g,
  /\bexport\s+(?:\*|\{[^}]*\})\s+from\s+["']([^"']+)["']/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
]

/** Every module specifier the source loads, each once, in order of first appearance. */
export function loadedSpecifiers(source: string): string[] {
  const found = new Set<string>()
  for (const pattern of PATTERNS) for (const match of source.matchAll(pattern)) found.add(match[1]!)
  return [...found]
}

/** The npm package a bare specifier belongs to (`@scope/name/sub` → `@scope/name`), else undefined. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[a-z]+:/i.test(specifier)) {
    return undefined
  }
  if (builtinModules.includes(specifier.split('/')[0]!)) return undefined
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}
