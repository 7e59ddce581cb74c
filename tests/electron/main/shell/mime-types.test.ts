import { describe, expect, it } from 'vitest'
import { mimeTypeFor } from '../../../../electron/main/shell/mime-types'

describe('mimeTypeFor', () => {
  it('types what a Vite build emits', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('/r/assets/index-Cx1.js')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeFor('/r/assets/index-Cx1.css')).toBe('text/css; charset=utf-8')
    expect(mimeTypeFor('/r/assets/logo.svg')).toBe('image/svg+xml')
    expect(mimeTypeFor('/r/assets/logo.png')).toBe('image/png')
    expect(mimeTypeFor('/r/assets/inter.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('/r/assets/data.json')).toBe('application/json; charset=utf-8')
    expect(mimeTypeFor('/r/assets/module.wasm')).toBe('application/wasm')
  })

  it('ignores the extension’s case', () => {
    expect(mimeTypeFor('/r/LOGO.PNG')).toBe('image/png')
  })

  it('falls back to octet-stream for unknown or missing extensions', () => {
    expect(mimeTypeFor('/r/archive.xyz')).toBe('application/octet-stream')
    expect(mimeTypeFor('/r/LICENSE')).toBe('application/octet-stream')
  })
})
