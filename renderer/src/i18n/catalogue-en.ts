/** The English messages, one chunk (see `loadMessages`). */
import { collect } from './collect'

export default collect(import.meta.glob('./en/*.json', { eager: true, import: 'default' }))
