/**
 * Draws the app icon, a white globe on a blue rounded square, and writes it to build/icon.png,
 * which electron-builder turns into each platform's icon formats.
 *
 *   npx tsx scripts/generate-icon.ts
 *
 * It needs nothing beyond Node: shapes are rendered from distance functions with 4×4
 * supersampling and encoded as an RGBA PNG, so the output is the same byte for byte anywhere.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

/** Width and height of the icon in pixels. */
export const ICON_SIZE = 512

const SAMPLES = 4
const CENTRE = ICON_SIZE / 2
const TILE = { inset: 32, radius: 100 }
const GLOBE = { radius: 150, stroke: 11, meridianRadius: 66, latitudeOffset: 75 }
const TOP_COLOUR = [0x1a, 0x73, 0xe8] as const
const BOTTOM_COLOUR = [0x0b, 0x5c, 0xad] as const

/** Signed distance from a point to a rounded square (negative inside). */
function roundedSquareDistance(x: number, y: number): number {
  const half = CENTRE - TILE.inset - TILE.radius
  const dx = Math.max(Math.abs(x - CENTRE) - half, 0)
  const dy = Math.max(Math.abs(y - CENTRE) - half, 0)
  return Math.hypot(dx, dy) - TILE.radius
}

/** Approximate distance from a point to the outline of an axis-aligned ellipse at the centre. */
function ellipseOutlineDistance(x: number, y: number, rx: number, ry: number): number {
  const u = (x - CENTRE) / rx
  const v = (y - CENTRE) / ry
  const level = Math.hypot(u, v)
  if (level === 0) return Math.min(rx, ry)
  const gradient = Math.hypot(u / rx, v / ry) / level
  return Math.abs(level - 1) / gradient
}

/** Whether a point is on the globe's white strokes. */
function onGlobe(x: number, y: number): boolean {
  const { radius, stroke, meridianRadius, latitudeOffset } = GLOBE
  const fromCentre = Math.hypot(x - CENTRE, y - CENTRE)
  if (Math.abs(fromCentre - radius) <= stroke) return true
  if (fromCentre > radius) return false
  if (ellipseOutlineDistance(x, y, meridianRadius, radius) <= stroke) return true
  if (Math.abs(x - CENTRE) <= stroke * 0.8) return true
  return [-latitudeOffset, 0, latitudeOffset].some(
    (offset) => Math.abs(y - CENTRE - offset) <= stroke * 0.8,
  )
}

/** The icon as straight (non-premultiplied) RGBA rows, top to bottom. */
export function renderIconPixels(): Uint8Array {
  const pixels = new Uint8Array(ICON_SIZE * ICON_SIZE * 4)
  for (let py = 0; py < ICON_SIZE; py++) {
    const t = py / (ICON_SIZE - 1)
    const tile = TOP_COLOUR.map((top, i) => top + ((BOTTOM_COLOUR[i] ?? top) - top) * t)
    for (let px = 0; px < ICON_SIZE; px++) {
      let covered = 0
      let white = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES
          const y = py + (sy + 0.5) / SAMPLES
          if (roundedSquareDistance(x, y) > 0) continue
          covered++
          if (onGlobe(x, y)) white++
        }
      }
      const offset = (py * ICON_SIZE + px) * 4
      const alpha = covered / (SAMPLES * SAMPLES)
      const whiteShare = covered === 0 ? 0 : white / covered
      for (let channel = 0; channel < 3; channel++) {
        const base = tile[channel] ?? 0
        pixels[offset + channel] = Math.round(base + (255 - base) * whiteShare)
      }
      pixels[offset + 3] = Math.round(alpha * 255)
    }
  }
  return pixels
}

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/** Encodes square RGBA pixels as a PNG file. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let row = 0; row < size; row++) {
    // Each scanline starts with its filter type; 0 means the bytes are stored as they are.
    rows[row * (size * 4 + 1)] = 0
    rows.set(pixels.subarray(row * size * 4, (row + 1) * size * 4), row * (size * 4 + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ])
}

/** The icon file's bytes. */
export function renderIconPng(): Buffer {
  return encodePng(renderIconPixels(), ICON_SIZE)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../build/icon.png', import.meta.url))
  writeFileSync(target, renderIconPng())
  console.log(`Wrote ${target}`)
}
