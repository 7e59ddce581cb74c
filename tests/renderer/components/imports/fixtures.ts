/** Test data for the import: a tags file and main's preview of it. */
import type { AnnotationImport } from '@shared/ipc/models'

export const CSV = 'domain,tags\nexample.com,client-a; vip\nnope.com,x\nnot a name,y\n'

/** What main previews for CSV. */
export const PREVIEW: AnnotationImport = {
  matched: [
    {
      line: 2,
      domainId: 101,
      name: 'example.com',
      tags: ['client-a', 'vip'],
      note: null,
      currentTags: ['client-a'],
      currentNote: '',
    },
  ],
  unmatched: [
    { line: 3, value: 'nope.com', reason: 'Not in this account.' },
    { line: 4, value: 'not a name', reason: 'A domain name cannot contain spaces.' },
  ],
  columns: { tags: true, note: false },
}
