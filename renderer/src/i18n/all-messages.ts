/**
 * Both languages at once, for tests and checks that compare them. The app itself loads one
 * language at a time (`loadMessages`).
 */
import type { AppLocale } from '.'
import type { Messages } from './collect'
import en from './catalogue-en'
import hy from './catalogue-hy'

/** All messages, by locale then area. */
export const messages: Record<AppLocale, Messages> = { en, hy }
