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

/**
 * What separates tags, in the tag editor and in a CSV import alike: a comma or a semicolon. A tag
 * therefore never holds one, so a portfolio export (tags joined with "; ") imports back unchanged.
 */
export const TAG_SEPARATOR = /[,;]/

/**
 * The tags in typed or imported text: split on {@link TAG_SEPARATOR}, trimmed, in composed form
 * (NFC, as searches are; macOS pastes accents decomposed), no empties or repeats.
 */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(TAG_SEPARATOR)
        .map((t) => t.trim().normalize('NFC'))
        .filter(Boolean),
    ),
  ]
}

/**
 * One tag: trimmed, in composed form (NFC), not empty, at most
 * {@link ANNOTATION_LIMITS.maxTagLength} characters, and without a separator.
 */
export const TagSchema = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .max(ANNOTATION_LIMITS.maxTagLength)
  .refine((t) => !TAG_SEPARATOR.test(t), 'A tag cannot contain a comma or a semicolon.')
/** A domain's tags. */
export const TagsSchema = z.array(TagSchema).max(ANNOTATION_LIMITS.maxTags)
/** A domain's note. */
export const NoteSchema = z.string().max(ANNOTATION_LIMITS.maxNoteLength)
/** The text of a CSV file to import. */
export const CsvTextSchema = z.string().max(ANNOTATION_LIMITS.maxCsvLength)
