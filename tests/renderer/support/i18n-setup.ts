/**
 * Runs before every renderer test file: stores tested on their own say errors through the
 * current i18n instance (`currentI18n`), so there is one with both catalogues loaded, English
 * first, as the app has once it started. Mounted tests make their own.
 */
import { createAppI18n } from '@/i18n'
import { messages } from '@/i18n/all-messages'

createAppI18n('en', messages)
