import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ICON_SIZE, renderIconPixels } from '../../../scripts/generate-icon'

const iconFile = new URL('../../../build/icon.png', import.meta.url)

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(png.toString('ascii', 12, 16)).toBe('IHDR')
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colourType: png.readUInt8(25),
  }
}

/** The RGBA pixels of an unfiltered PNG with a single IDAT chunk, as the generator writes. */
function pixelsOf(png: Buffer): Uint8Array {
  const idatLength = png.readUInt32BE(33)
  expect(png.toString('ascii', 37, 41)).toBe('IDAT')
  const rows = inflateSync(png.subarray(41, 41 + idatLength))
  const stride = ICON_SIZE * 4 + 1
  const pixels = new Uint8Array(ICON_SIZE * ICON_SIZE * 4)
  for (let row = 0; row < ICON_SIZE; row++) {
    expect(rows[row * stride]).toBe(0)
    pixels.set(rows.subarray(row * stride + 1, (row + 1) * stride), row * ICON_SIZE * 4)
  }
  return pixels
}

describe('build/icon.png', () => {
  const png = readFileSync(iconFile)
  const pixels = pixelsOf(png)
  const alphaAt = (x: number, y: number): number => pixels[(y * ICON_SIZE + x) * 4 + 3] ?? -1

  it('is a 512×512 RGBA PNG, big enough for every platform’s icon', () => {
    expect(pngHeader(png)).toEqual({ width: 512, height: 512, bitDepth: 8, colourType: 6 })
  })

  it('is a rounded tile: transparent corners, opaque centre', () => {
    expect(alphaAt(0, 0)).toBe(0)
    expect(alphaAt(40, 40)).toBe(0)
    expect(alphaAt(256, 256)).toBe(255)
    expect(alphaAt(256, 40)).toBe(255)
  })

  it('shows exactly what scripts/generate-icon.ts draws', () => {
    // Pixels rather than bytes: another zlib may compress the same pixels differently.
    expect(Buffer.from(renderIconPixels()).equals(Buffer.from(pixels))).toBe(true)
  })
})
