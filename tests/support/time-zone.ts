/**
 * Runs `fn` with the process in time zone `zone`: Node reads TZ again whenever it changes, so
 * local dates (`new Date(y, m, d, h)`, `getDate()`) follow it until it is put back.
 */
export function inTimeZone(zone: string, fn: () => void): void {
  const before = process.env.TZ
  process.env.TZ = zone
  try {
    fn()
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
}

/** Zones far apart, one with a 45-minute offset and one with DST, for tests of local days. */
export const TEST_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Yerevan', 'Pacific/Chatham'] as const
