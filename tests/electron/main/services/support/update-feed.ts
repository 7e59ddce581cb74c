/**
 * A local update feed on 127.0.0.1, as a release's `publish` URL serves it: `latest.yml`,
 * `latest-mac.yml` and `latest-linux.yml` (the same, so the test runs on any OS) and the
 * installer file they name, with the sha512 and size electron-builder writes. `tamper` serves
 * other bytes than the ones the feed's checksum describes. Every request is counted by path.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor'
import {
  configureRequestOptions,
  configureRequestUrl,
  type DownloadOptions,
} from 'builder-util-runtime'
import { stringify } from 'yaml'
import type { AppAdapter } from 'electron-updater/out/AppAdapter'

/** The installer a feed offers. */
export const INSTALLER = 'domain-desk_0.2.0_amd64.deb'

/** A running feed. */
export interface UpdateFeed {
  url: string
  /** How many times each path was requested. */
  hits: Map<string, number>
  /** Serve different bytes than the feed's sha512 describes. */
  tamper(): void
  close(): Promise<void>
}

/** Starts a feed offering `version` with `notes`. */
export async function startUpdateFeed(version: string, notes: string): Promise<UpdateFeed> {
  const installer = Buffer.from(`Domain Desk ${version} installer `.repeat(4096))
  let served = installer
  const sha512 = createHash('sha512').update(installer).digest('base64')
  const latest = stringify({
    version,
    files: [{ url: INSTALLER, sha512, size: installer.length }],
    path: INSTALLER,
    sha512,
    releaseDate: '2026-12-01T10:00:00.000Z',
    releaseNotes: notes,
  })
  const hits = new Map<string, number>()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    if (/^\/latest(-mac|-linux)?\.yml$/.test(path)) {
      response.writeHead(200, { 'content-type': 'text/yaml' }).end(latest)
    } else if (path === `/${INSTALLER}`) {
      response
        .writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': served.length,
        })
        .end(served)
    } else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    hits,
    tamper() {
      served = Buffer.from(installer)
      served[100] = served[100]! ^ 0xff
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * What electron-updater reads from Electron's `app`, for an installed 0.1.0 whose
 * `app-update.yml` (written here, as electron-builder writes it from `publish`) names `feedUrl`.
 */
export function installedApp(dir: string, feedUrl: string): AppAdapter {
  mkdirSync(dir, { recursive: true })
  const config = join(dir, 'app-update.yml')
  writeFileSync(
    config,
    stringify({ provider: 'generic', url: feedUrl, updaterCacheDirName: 'domain-desk-updater' }),
  )
  return {
    version: '0.1.0',
    name: 'Domain Desk',
    isPackaged: true,
    appUpdateConfigPath: config,
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  }
}

/**
 * Electron's `net` replaced by Node's http: builder-util's NodeHttpExecutor (what electron-builder
 * itself downloads with) plus electron-updater's own `download()`, line for line as
 * ElectronHttpExecutor has it, so the checksum check in `doDownload` is the real one.
 */
export class NodeUpdateExecutor extends NodeHttpExecutor {
  async download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return await options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers || undefined, redirect: 'manual' }
      configureRequestUrl(url, requestOptions)
      configureRequestOptions(requestOptions)
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error == null ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      )
    })
  }
}
