/** Imports over the bridge: a CSV of tags and notes the user picked, previewed, then applied. */
import type { AnnotationImport } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const previewAnnotationImport = (
  accountId: string,
  csv: string,
): Promise<AnnotationImport> => unwrap(bridge().imports.annotationsPreview(accountId, csv))
export const applyAnnotationImport = (
  accountId: string,
  csv: string,
): Promise<{ applied: number; unmatched: number }> =>
  unwrap(bridge().imports.annotationsApply(accountId, csv))
