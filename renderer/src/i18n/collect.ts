/** Message trees from JSON modules, keyed by file name (`./en/portfolio.json` → `portfolio`). */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON message trees of any shape
export type Messages = Record<string, any>

/** Keys each module's content by its file name without `.json`. */
export function collect(modules: Record<string, unknown>): Messages {
  return Object.fromEntries(
    Object.entries(modules).map(([path, content]) => [
      path
        .split('/')
        .pop()!
        .replace(/\.json$/, ''),
      content,
    ]),
  )
}
