/**
 * One account's search texts in memory (see name-index.ts), and the two kinds of match of the
 * SQL search, exactly: a term of 3+ characters goes through FTS5's trigram tokenizer, which folds
 * case over all of Unicode (`foldFts`); a shorter one through `LIKE`, which folds ASCII only,
 * against the term lowered by JavaScript.
 *
 * Each domain (a "slot") has the text the SQL search looks at: its ASCII name, its Unicode name,
 * its tags and the registrar its last fetched details name. `index()` builds postings of every
 * character and every pair of characters (slots ascending); a term of one or two characters is
 * then one posting list, a longer one the intersection of its two rarest pairs, checked against
 * each candidate's text. Slots changed since, and slots whose text folds differently for the two
 * kinds of match, are "loose": kept out of the postings and checked one by one.
 */

/** A term of at least this many characters is matched as FTS5's trigram index matches it. */
const TRIGRAM = 3
/** More changed slots than this (and than a tenth of the account) and the postings are rebuilt. */
const REINDEX_FROM = 2_000

/** ASCII letters lowered, everything else kept: what `LIKE` and SQLite's `lower()` compare. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase())
}

const folded = new Map<number, string>()

/**
 * Case folded one character at a time, as FTS5's tokenizers do (`sqlite3Fts5UnicodeFold`,
 * diacritics kept): a character whose lower case is a single character becomes it.
 */
export function foldFts(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return foldAscii(text)
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    let to = folded.get(code)
    if (to === undefined) {
      const lower = ch.toLowerCase()
      to = [...lower].length === 1 ? lower : ch
      folded.set(code, to)
    }
    out += to
  }
  return out
}

/** A domain's searchable fields as read from SQL. */
export interface Read {
  id: number
  name: string
  unicode_name: string
  removed: number
  registrar: string | null
  tags: string | null
}

/** Slot states. */
export const GONE = 0
export const PRESENT = 1
export const REMOVED = 2

/** One account's slots, postings and loose slots. */
export class AccountIndex {
  /** Slot → domain id. */
  readonly ids: number[] = []
  readonly slotOf = new Map<number, number>()
  /** Slot → GONE, PRESENT or REMOVED. */
  state = new Uint8Array(0)
  /** Slot → `LIKE`'s text (ASCII lowered), the components separated by a newline. */
  private readonly text: string[] = []
  /** Slot → FTS5's folded text, where it differs from `text`. */
  private readonly fts: Array<string | undefined> = []
  /** Slot → 1 when it is checked one by one rather than through the postings. */
  private looseFlag = new Uint8Array(0)
  private readonly loose: number[] = []
  private single = new Map<number, Int32Array>()
  private pairs = new Map<number, Int32Array>()
  /** Slots left out of the postings because their two texts differ, at the last `index()`. */
  private divergent = 0
  /** Moves whenever a slot changes: orderings read earlier no longer hold. */
  version = 0

  /** Whether so many slots changed since the postings were built that rebuilding them pays. */
  get stale(): boolean {
    return this.loose.length - this.divergent > Math.max(REINDEX_FROM, this.ids.length / 10)
  }

  /** Sets a slot's fields (a new slot for a new id); the slot becomes loose. */
  put(r: Read): void {
    let slot = this.slotOf.get(r.id)
    if (slot === undefined) {
      slot = this.ids.length
      this.ids.push(r.id)
      this.slotOf.set(r.id, slot)
      this.grow(slot + 1)
    }
    const raw = [
      r.name,
      r.unicode_name !== r.name ? r.unicode_name : '',
      r.tags ?? '',
      r.registrar ?? '',
    ]
      .filter(Boolean)
      .join('\n')
    this.text[slot] = foldAscii(raw)
    const fts = foldFts(raw)
    this.fts[slot] = fts === this.text[slot] ? undefined : fts
    this.state[slot] = r.removed ? REMOVED : PRESENT
    this.makeLoose(slot)
    this.version++
  }

  /** How many domains are in the cache and not removed at VPS.org. */
  presentCount(): number {
    let count = 0
    for (let slot = 0; slot < this.ids.length; slot++) if (this.state[slot] === PRESENT) count++
    return count
  }

  /** The domain left the cache (its row was deleted, or its insert rolled back). */
  drop(id: number): void {
    const slot = this.slotOf.get(id)
    if (slot === undefined || this.state[slot] === GONE) return
    this.state[slot] = GONE
    this.version++
  }

  /** Builds the postings of every slot whose two texts agree (the others stay loose). */
  index(): void {
    const step = this.indexInSteps(Number.POSITIVE_INFINITY)
    while (!step());
  }

  /**
   * `index()` in steps of `slots` slots, for an index no search reads yet: each call of the
   * returned function does one step and says whether the postings are built. Nothing may be put
   * or dropped between the steps.
   */
  indexInSteps(slots: number): () => boolean {
    const single = new Map<number, number[]>()
    const pairs = new Map<number, number[]>()
    const add = (map: Map<number, number[]>, key: number, slot: number) => {
      const list = map.get(key)
      // Slots come in ascending order, so a repeat within one slot is the list's last entry.
      if (!list) map.set(key, [slot])
      else if (list[list.length - 1] !== slot) list.push(slot)
    }
    const typedSingle = new Map<number, Int32Array>()
    const typedPairs = new Map<number, Int32Array>()
    let lists: ReadonlyArray<readonly [number, number[], boolean]> | undefined
    let next = 0
    this.loose.length = 0
    this.looseFlag.fill(0)
    let slot = 0
    return () => {
      const end = Math.min(this.ids.length, slot + slots)
      for (; slot < end; slot++) {
        const text = this.text[slot]!
        if (this.fts[slot] !== undefined) {
          this.makeLoose(slot)
          continue
        }
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i)
          add(single, code, slot)
          if (i + 1 < text.length) add(pairs, code * 65_536 + text.charCodeAt(i + 1), slot)
        }
      }
      if (slot < this.ids.length) return false
      // The postings into typed arrays, about as many entries per step as a step indexes.
      lists ??= [...single, ...pairs].map(([key, list]) => [key, list, key < 65_536] as const)
      for (let budget = slots * 40; next < lists.length && budget > 0; next++) {
        const [key, list, isSingle] = lists[next]!
        ;(isSingle ? typedSingle : typedPairs).set(key, new Int32Array(list))
        budget -= list.length
      }
      if (next < lists.length) return false
      this.divergent = this.loose.length
      this.single = typedSingle
      this.pairs = typedPairs
      this.version++
      return true
    }
  }

  /**
   * Moves each slot (GONE ones included) whose text holds `term`, as the SQL search would find
   * it, from `round` to `round + 1` in `hits`: after every term, the slots that hold them all
   * are at the number of terms.
   */
  mark(term: string, hits: Uint8Array, round: number): void {
    const long = [...term].length >= TRIGRAM
    const needle = long ? foldFts(term) : term.toLowerCase()
    const indexed = this.candidates(needle)
    const check = needle.length > 2
    const loose = this.looseFlag
    const text = this.text
    for (let i = 0; i < indexed.length; i++) {
      const slot = indexed[i]!
      if (hits[slot] === round && loose[slot] === 0 && (!check || text[slot]!.includes(needle)))
        hits[slot] = round + 1
    }
    for (const slot of this.loose) {
      const hay = long ? (this.fts[slot] ?? text[slot]!) : text[slot]!
      if (hits[slot] === round && hay.includes(needle)) hits[slot] = round + 1
    }
  }

  /** Indexed slots that may hold `needle`: every one that does (a superset when it is long). */
  private candidates(needle: string): ArrayLike<number> {
    const none = new Int32Array(0)
    if (needle.length === 0) return none
    if (needle.length === 1) return this.single.get(needle.charCodeAt(0)) ?? none
    const lists: Int32Array[] = []
    for (let i = 0; i + 1 < needle.length; i++) {
      const list = this.pairs.get(needle.charCodeAt(i) * 65_536 + needle.charCodeAt(i + 1))
      if (!list) return none
      lists.push(list)
    }
    lists.sort((a, b) => a.length - b.length)
    return lists.length === 1 ? lists[0]! : intersect(lists[0]!, lists[1]!)
  }

  private makeLoose(slot: number): void {
    if (this.looseFlag[slot] === 1) return
    this.looseFlag[slot] = 1
    this.loose.push(slot)
  }

  private grow(size: number): void {
    if (size <= this.state.length) return
    const capacity = Math.max(size, this.state.length * 2, 1024)
    const state = new Uint8Array(capacity)
    state.set(this.state)
    this.state = state
    const flags = new Uint8Array(capacity)
    flags.set(this.looseFlag)
    this.looseFlag = flags
  }
}

/** The slots in both of two ascending lists. */
function intersect(a: Int32Array, b: Int32Array): number[] {
  const out: number[] = []
  let j = 0
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i]!
    while (j < b.length && b[j]! < x) j++
    if (b[j] === x) out.push(x)
  }
  return out
}
