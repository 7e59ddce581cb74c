/** The Armenian messages, one chunk (see `loadMessages`). */
import { collect } from './collect'

export default collect(import.meta.glob('./hy/*.json', { eager: true, import: 'default' }))
