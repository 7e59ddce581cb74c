/**
 * Draws the tray / menu-bar icons into build/tray/ (packed as extra resources, see
 * electron-builder.yml): the app icon's globe with strokes thick enough to read at 16 px.
 *
 * - `trayTemplate.png` / `trayTemplate@2x.png` (16 and 32 px): black globe on transparent, a
 *   macOS template image (the "Template" suffix makes macOS tint it for light and dark menu bars);
 * - `tray.png` / `tray@2x.png` (16 and 32 px): the blue tile with the white globe, for Windows'
 *   notification area and Linux panels, which show icons as they are.
 *
 *   npx tsx scripts/generate-tray-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { encodePng } from './generate-icon'

const SAMPLES = 8
const BLUE = [0x1a, 0x6a, 0xd0] as const

/** Whether a point of the unit square (0..1) is on the globe's strokes, for a tile or bare. */
function onGlobe(x: number, y: number, radius: number, stroke: number): boolean {
  const dx = x - 0.5
  const dy = y - 0.5
  const fromCentre = Math.hypot(dx, dy)
  if (Math.abs(fromCentre - radius) <= stroke) return true
  if (fromCentre > radius) return false
  const meridian = Math.hypot(dx / (radius * 0.45), dy / radius)
  if (Math.abs(meridian - 1) * radius * 0.45 <= stroke * 0.9) return true
  if (Math.abs(dx) <= stroke * 0.7) return true
  return Math.abs(dy) <= stroke * 0.7
}

/** Whether a point is inside the rounded tile. */
function onTile(x: number, y: number): boolean {
  const half = 0.5 - 0.04 - 0.18
  const ox = Math.max(Math.abs(x - 0.5) - half, 0)
  const oy = Math.max(Math.abs(y - 0.5) - half, 0)
  return Math.hypot(ox, oy) <= 0.18
}

/** RGBA pixels of one tray icon. */
export function renderTrayPixels(size: number, template: boolean): Uint8Array {
  const pixels = new Uint8Array(size * size * 4)
  // Thicker at 16 px, where one pixel is a large part of the stroke.
  const stroke = template ? 0.75 / size + 0.008 : 0.6 / size + 0.006
  const radius = template ? 0.5 - stroke - 0.02 : 0.33
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0
      let globe = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size
          const y = (py + (sy + 0.5) / SAMPLES) / size
          if (onGlobe(x, y, radius, stroke)) globe++
          if (!template && onTile(x, y)) tile++
        }
      }
      const all = SAMPLES * SAMPLES
      const offset = (py * size + px) * 4
      if (template) {
        pixels[offset + 3] = Math.round((globe / all) * 255)
        continue
      }
      const white = tile === 0 ? 0 : Math.min(globe, tile) / tile
      for (let c = 0; c < 3; c++)
        pixels[offset + c] = Math.round(BLUE[c]! + (255 - BLUE[c]!) * white)
      pixels[offset + 3] = Math.round((tile / all) * 255)
    }
  }
  return pixels
}

/** The four files, by name. */
export function renderTrayIcons(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {}
  for (const [suffix, size] of [
    ['', 16],
    ['@2x', 32],
  ] as const) {
    files[`trayTemplate${suffix}.png`] = encodePng(renderTrayPixels(size, true), size)
    files[`tray${suffix}.png`] = encodePng(renderTrayPixels(size, false), size)
  }
  return files
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../build/tray/', import.meta.url))
  mkdirSync(dir, { recursive: true })
  for (const [name, png] of Object.entries(renderTrayIcons())) writeFileSync(`${dir}${name}`, png)
  console.log(`Wrote ${dir}`)
}
