/**
 * What the portfolio table's cells show, as plain data: the row component renders these without
 * a component per cell, so that a keystroke's repaint patches text rather than instances.
 */

/** A setting shown as an on/off flag. */
export type FlagKind = 'autoRenew' | 'lock' | 'privacy'

/** A flag's icon, the `portfolio.values.*` key of its word, and its tint. */
export interface FlagView {
  icon: string
  label: 'on' | 'off' | 'locked' | 'unlocked'
  tone: 'is-ok' | 'is-warn' | 'is-muted'
}

/**
 * An on/off setting as icon + word (never colour alone). The risky state (auto-renew off, the
 * transfer lock open) is tinted so it stands out while scanning; privacy off is only muted.
 */
export function flagView(kind: FlagKind, value: boolean): FlagView {
  if (kind === 'lock') return value ? FLAGS.locked : FLAGS.unlocked
  if (value) return FLAGS.on
  return kind === 'autoRenew' ? FLAGS.renewOff : FLAGS.off
}

// One object per look, so that rendering a cell allocates nothing.
const FLAGS = {
  locked: { icon: 'pi-lock', label: 'locked', tone: 'is-ok' },
  unlocked: { icon: 'pi-lock-open', label: 'unlocked', tone: 'is-warn' },
  on: { icon: 'pi-check', label: 'on', tone: 'is-ok' },
  renewOff: { icon: 'pi-exclamation-triangle', label: 'off', tone: 'is-warn' },
  off: { icon: 'pi-minus', label: 'off', tone: 'is-muted' },
} as const satisfies Record<string, FlagView>

/** The expiry's tint: past is danger, within a month needs attention. */
export function expiryTone(daysLeft: number): '' | 'is-warn' | 'is-danger' {
  if (daysLeft < 0) return 'is-danger'
  return daysLeft <= 30 ? 'is-warn' : ''
}
