/**
 * Deterministic randomness for the sandbox (seeded portfolio, delays, fault decisions), so that a
 * seed reproduces the same run. Backed by pure-rand's xoroshiro128+.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** A seeded random source with the few draws the sandbox needs. */
export class SeededRandom {
  private readonly rng: ReturnType<typeof xoroshiro128plus>

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0)
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max)
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformInt(this.rng, 0, 0x3fffffff) / 0x40000000
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!
  }

  /** A string of `length` characters drawn from `alphabet`. */
  text(alphabet: string, length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[this.int(0, alphabet.length - 1)]
    return out
  }
}
