import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { renderTrayIcons, renderTrayPixels } from '../../../scripts/generate-tray-icons'

const read = (relative: string) => readFileSync(new URL(`../../../${relative}`, import.meta.url))

describe('the tray icons', () => {
  it('are the generator’s output, byte for byte', () => {
    for (const [name, png] of Object.entries(renderTrayIcons()))
      expect(read(`build/tray/${name}`).equals(png), name).toBe(true)
  })

  it('are 16 and 32 px (1× and 2×)', () => {
    for (const [name, size] of [
      ['tray.png', 16],
      ['tray@2x.png', 32],
      ['trayTemplate.png', 16],
      ['trayTemplate@2x.png', 32],
    ] as const) {
      const png = read(`build/tray/${name}`)
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([size, size])
    }
  })

  it('give macOS a template image: black only, the shape in the alpha channel', () => {
    const pixels = renderTrayPixels(32, true)
    let drawn = 0
    for (let i = 0; i < pixels.length; i += 4) {
      expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([0, 0, 0])
      if (pixels[i + 3]! > 0) drawn++
    }
    expect(drawn).toBeGreaterThan(100)
  })

  it('are packed beside app.asar, where the main process looks for them', () => {
    const config = parse(read('electron-builder.yml').toString('utf8'))
    expect(config.extraResources).toContainEqual({ from: 'build/tray', to: 'tray' })
  })
})
