/**
 * The import of tags and notes from CSV, matched by domain name: a preview first (what would
 * change, and each row that is refused with its line number and why), then Apply. A row is held
 * to the same limits as the tag and note editors (the shared schemas the IPC contract uses), so
 * a file can never store what the app itself would refuse.
 */
import Papa from 'papaparse'
import type { AnnotationImport } from '../../shared/ipc/models'
import {
  ANNOTATION_LIMITS,
  NoteSchema,
  splitTags,
  TagSchema,
  TagsSchema,
} from '../../shared/validation/annotations'
import { parseHostName } from '../../shared/validation/host-name'
import type { Clock } from '../core/clock'
import type { Cache } from '../core/db/cache'

type Refusal = AnnotationImport['unmatched'][number]

/** A data row of the file with the line it starts on (quoted notes may span lines). */
interface Row {
  line: number
  cells: Record<string, string>
}

/** Parses the CSV into a header and rows, each row with the line number it starts on. */
function parseRows(csv: string): { fields: string[]; rows: Row[] } {
  const text = csv.replace(/^\uFEFF/, '')
  let fields: string[] | undefined
  const rows: Row[] = []
  let counted = 0
  let linesBefore = 0
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const cells = result.data
      const linebreak = result.meta.linebreak || '\n'
      const end = result.meta.cursor
      linesBefore += text.slice(counted, end).split(linebreak).length - 1
      counted = end
      // The row ends on this line; it started as many lines earlier as its cells hold breaks.
      const endsWithBreak = text.slice(0, end).endsWith(linebreak)
      const endLine = linesBefore + (endsWithBreak ? 0 : 1)
      const inner = cells.reduce((n, c) => n + c.split(linebreak).length - 1, 0)
      const line = endLine - inner
      if (!fields) {
        fields = cells.map((h) => h.trim().toLowerCase())
        return
      }
      rows.push({ line, cells: Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? ''])) })
    },
  })
  return { fields: fields ?? [], rows }
}

/** Why a row's tags or note cannot be stored, or null when they can. */
function refusal(
  tags: string[] | null,
  note: string | null,
): Omit<Refusal, 'line' | 'value'> | null {
  const { maxTags, maxTagLength, maxNoteLength } = ANNOTATION_LIMITS
  if (tags) {
    if (tags.some((t) => !TagSchema.safeParse(t).success))
      return {
        code: 'tagTooLong',
        limit: maxTagLength,
        reason: `A tag is longer than ${maxTagLength} characters.`,
      }
    if (!TagsSchema.safeParse(tags).success)
      return {
        code: 'tooManyTags',
        limit: maxTags,
        reason: `More than ${maxTags} tags for one domain.`,
      }
  }
  if (note !== null && !NoteSchema.safeParse(note).success)
    return {
      code: 'noteTooLong',
      limit: maxNoteLength,
      reason: `The note is longer than ${maxNoteLength} characters.`,
    }
  return null
}

/** Reads a tags/notes CSV (columns `domain`, and `tags` and/or `note`) against the account. */
export function previewAnnotations(cache: Cache, accountId: string, csv: string): AnnotationImport {
  const { fields, rows } = parseRows(csv)
  const domainColumn = fields.find((f) => ['domain', 'domain_name', 'name'].includes(f))
  const noteColumn = fields.find((f) => ['note', 'notes'].includes(f))
  const result: AnnotationImport = {
    matched: [],
    unmatched: [],
    columns: { tags: fields.includes('tags'), note: noteColumn !== undefined },
  }
  if (!domainColumn) {
    result.unmatched.push({
      line: 1,
      value: fields.join(','),
      reason: 'The file has no "domain" column.',
      code: 'noDomainColumn',
    })
    return result
  }
  const byName = new Map(cache.domains.activeRecords(accountId).map((r) => [r.name, r]))
  for (const { line, cells } of rows) {
    const value = (cells[domainColumn] ?? '').trim()
    const name = parseHostName(value)
    const found = name.ok ? byName.get(name.ascii) : undefined
    if (!found) {
      result.unmatched.push(
        name.ok
          ? { line, value, reason: 'Not in this account.', code: 'notInAccount' }
          : { line, value, reason: name.message, code: 'badName' },
      )
      continue
    }
    const tags = result.columns.tags ? splitTags(cells.tags ?? '') : null
    // Line breaks inside a note become \n, as the note editor writes them.
    const note = noteColumn ? (cells[noteColumn] ?? '').replace(/\r\n?/g, '\n') : null
    const refused = refusal(tags, note)
    if (refused) {
      result.unmatched.push({ line, value, ...refused })
      continue
    }
    result.matched.push({
      line,
      domainId: found.id,
      name: found.name,
      tags,
      note,
      currentTags: cache.annotations.tags(accountId, found.name),
      currentNote: cache.annotations.note(accountId, found.name),
    })
  }
  return result
}

/** Applies the matched rows of a preview in one transaction; columns absent from the file are left alone. */
export function applyAnnotations(
  cache: Cache,
  accountId: string,
  csv: string,
  at: string,
): { applied: number; unmatched: number } {
  const preview = previewAnnotations(cache, accountId, csv)
  cache.transaction(() => {
    for (const m of preview.matched) {
      if (m.tags !== null) cache.annotations.setTags(accountId, m.name, m.tags)
      if (m.note !== null) cache.annotations.setNote(accountId, m.name, m.note, at)
    }
  })
  return { applied: preview.matched.length, unmatched: preview.unmatched.length }
}

/** The import channels' service: tags and notes from a CSV, previewed, then applied. */
export class ImportService {
  constructor(private readonly deps: { cache: Cache; clock: Clock }) {}

  /** What the file would change, and each refused row with why; changes nothing. */
  previewAnnotations(accountId: string, csv: string): AnnotationImport {
    return previewAnnotations(this.deps.cache, accountId, csv)
  }

  /** Applies the file's tags and notes to the domains it names. */
  applyAnnotations(accountId: string, csv: string): ReturnType<typeof applyAnnotations> {
    return applyAnnotations(this.deps.cache, accountId, csv, this.deps.clock.now().toISOString())
  }
}
