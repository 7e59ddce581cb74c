/**
 * The limits on tags, notes and imported files, and their zod schemas: one definition for the
 * IPC contract and the CSV import, so a file can never store what the editor could not.
 */
import { z } from 'zod'

export const ANNOTATION_LIMITS = {
  /** Tags per domain. */
  maxTags: 50,
  /** Characters per tag (after trimming). */
  maxTagLength: 64,
  /** Characters per note. */
  maxNoteLength: 10_000,
  /** Characters of an imported CSV file; 20 MB is far beyond any real tags file. */
  maxCsvLength: 20_000_000,
} as const

/** One tag: trimmed, not empty, at most {@link ANNOTATION_LIMITS.maxTagLength} characters. */
export const TagSchema = z.string().trim().min(1).max(ANNOTATION_LIMITS.maxTagLength)
/** A domain's tags. */
export const TagsSchema = z.array(TagSchema).max(ANNOTATION_LIMITS.maxTags)
/** A domain's note. */
export const NoteSchema = z.string().max(ANNOTATION_LIMITS.maxNoteLength)
/** The text of a CSV file to import. */
export const CsvTextSchema = z.string().max(ANNOTATION_LIMITS.maxCsvLength)
