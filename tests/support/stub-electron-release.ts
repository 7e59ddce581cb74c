/**
 * Test helper: a stand-in for Electron's release download server, on loopback. It serves one zip
 * for this machine's platform (a small stub `electron` executable that records how it was started)
 * and its `SHASUMS256.txt`, laid out as `@electron/get` expects a mirror to be
 * (`<mirror>v<version>/<file>`), and it counts every request so a test can prove what was fetched.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { REPO_ROOT } from './fresh-project'

interface ZipEntry {
  name: string
  data: Buffer
  mode: number
}

/** A minimal zip (stored, no compression) with Unix modes, which is all the extractor needs. */
export function storedZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const crc = crc32(entry.data) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the external attributes hold a mode
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.data)
    centrals.push(central, name)
    offset += local.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * The stub executable: a shell script that appends its arguments, working folder and the state of
 * the built bundles to the file named by `STUB_ELECTRON_LOG`, then exits 0 like a closed app.
 */
export const STUB_ELECTRON_SCRIPT = `#!/bin/sh
{
  echo "args: $*"
  echo "cwd: $(pwd)"
  for f in out/main/index.js out/preload/index.cjs out/renderer/index.html; do
    if [ -f "$f" ]; then echo "built: $f"; fi
  done
} >> "\${STUB_ELECTRON_LOG:-/dev/null}"
`

/** Where the executable sits inside the zip, as Electron's own installer expects per platform. */
export function executableInZip(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

export interface StubElectronRelease {
  /** The value for ELECTRON_MIRROR (ends with a slash). */
  mirror: string
  /** Every path requested, in order. */
  requests: string[]
  /** How many times the zip itself was downloaded. */
  zipDownloads(): number
  close(): Promise<void>
}

export interface StubReleaseOptions {
  version: string
  /** Serve a wrong checksum (to test the installer's refusal). */
  badChecksum?: boolean
  /** Answer every request with this status instead (e.g. 404, 503). */
  failWith?: number
}

/** Starts the stub release server on 127.0.0.1 with an ephemeral port. */
export async function startStubElectronRelease(
  options: StubReleaseOptions,
): Promise<StubElectronRelease> {
  const zipName = `electron-v${options.version}-${process.platform}-${process.arch}.zip`
  const zip = storedZip([
    { name: executableInZip(), data: Buffer.from(STUB_ELECTRON_SCRIPT), mode: 0o755 },
    { name: 'version', data: Buffer.from(options.version), mode: 0o644 },
  ])
  const digest = options.badChecksum
    ? '0'.repeat(64)
    : createHash('sha256').update(zip).digest('hex')
  const sums = `${digest} *${zipName}\n`
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push(path)
    if (options.failWith) {
      res.writeHead(options.failWith).end('stub failure')
    } else if (path === `/v${options.version}/${zipName}`) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length })
      res.end(zip)
    } else if (path === `/v${options.version}/SHASUMS256.txt`) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(sums)
    } else {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    mirror: `http://127.0.0.1:${port}/`,
    requests,
    zipDownloads: () => requests.filter((p) => p.endsWith('.zip')).length,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The version of the `electron` package this checkout installed. */
export function installedElectronVersion(): string {
  const manifest = join(REPO_ROOT, 'node_modules', 'electron', 'package.json')
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
}
