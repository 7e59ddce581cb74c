/**
 * The update service driving electron-updater's real updater (the Linux .deb one, whose download
 * is a plain HTTP download checked against the feed's sha512) and its real generic provider,
 * pointed at a feed on loopback. Only Electron's `app` and `net` are replaced: by the installed
 * app's paths and by Node's http (builder-util's NodeHttpExecutor, what electron-builder uses).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DebUpdater } from 'electron-updater'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { UpdateState } from '../../../../electron/shared/ipc/desktop-models'
import { UpdateService } from '../../../../electron/main/services/update-service'
import {
  INSTALLER,
  installedApp,
  NodeUpdateExecutor,
  startUpdateFeed,
  type UpdateFeed,
} from './support/update-feed'

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }
let dir: string
let feed: UpdateFeed | undefined

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'domain-desk-updates-'))
})
afterEach(async () => {
  await feed?.close()
  feed = undefined
  rmSync(dir, { recursive: true, force: true })
})

/** A service on a real DebUpdater for an installed 0.1.0 reading `feedUrl`. */
function serviceFor(feedUrl: string, options: { installed?: boolean } = {}) {
  let updater: DebUpdater | undefined
  const states: UpdateState[] = []
  const service = new UpdateService({
    createUpdater: () => {
      const app = { ...installedApp(dir, feedUrl), isPackaged: options.installed ?? true }
      updater = new DebUpdater(null, app)
      // Electron's net is not here; Node's http does the same requests.
      Object.assign(updater, { httpExecutor: new NodeUpdateExecutor() })
      return updater
    },
    logger: quiet,
    onState: (state) => states.push(state),
  })
  return { service, states, updater: () => updater! }
}

const downloads = (f: UpdateFeed) => f.hits.get(`/${INSTALLER}`) ?? 0

describe('UpdateService', () => {
  it('finds a newer version with its notes, and downloads nothing until asked', async () => {
    feed = await startUpdateFeed('0.2.0', 'Tray icon.\nLinks into the app.')
    const { service, updater } = serviceFor(feed.url)
    expect(service.state()).toEqual({ phase: 'idle', installOnQuit: false })
    const state = await service.check()
    expect(state).toEqual({
      phase: 'available',
      version: '0.2.0',
      notes: 'Tray icon.\nLinks into the app.',
      releaseDate: '2026-12-01T10:00:00.000Z',
      installOnQuit: false,
    })
    expect(updater().autoDownload).toBe(false)
    expect(updater().autoInstallOnAppQuit).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(downloads(feed)).toBe(0)
    expect(feed.hits.get('/latest-linux.yml') ?? feed.hits.get('/latest.yml')).toBe(1)
  })

  it('says when the installed version is the newest', async () => {
    feed = await startUpdateFeed('0.1.0', 'Nothing new.')
    const { service } = serviceFor(feed.url)
    expect(await service.check()).toEqual({
      phase: 'current',
      version: '0.1.0',
      installOnQuit: false,
    })
  })

  it('downloads after consent, checks the sha512, and installs on quit only once accepted', async () => {
    feed = await startUpdateFeed('0.2.0', 'Notes.')
    const { service, updater, states } = serviceFor(feed.url)
    await service.check()
    const downloaded = await service.download()
    expect(downloaded).toMatchObject({
      phase: 'downloaded',
      version: '0.2.0',
      installOnQuit: false,
    })
    expect(downloads(feed)).toBe(1)
    expect(states.some((s) => s.phase === 'downloading')).toBe(true)
    expect(updater().autoInstallOnAppQuit).toBe(false)
    expect(service.installOnQuit()).toMatchObject({ phase: 'downloaded', installOnQuit: true })
    expect(updater().autoInstallOnAppQuit).toBe(true)
  })

  it('refuses a download whose checksum does not match, and says so', async () => {
    feed = await startUpdateFeed('0.2.0', 'Notes.')
    feed.tamper()
    const { service, updater } = serviceFor(feed.url)
    await service.check()
    const state = await service.download()
    expect(state).toEqual({
      phase: 'failed',
      problem: 'checksum',
      version: '0.2.0',
      installOnQuit: false,
    })
    expect(updater().autoInstallOnAppQuit).toBe(false)
    // Nothing half-verified is kept for installing.
    expect(existsSync(join(dir, 'cache', 'domain-desk-updater', 'pending', INSTALLER))).toBe(false)
    expect(() => service.installOnQuit()).toThrow(/no downloaded update/i)
  })

  it('says it is offline when the feed cannot be reached', async () => {
    feed = await startUpdateFeed('0.2.0', 'Notes.')
    const url = feed.url
    await feed.close()
    feed = undefined
    const { service } = serviceFor(url)
    expect(await service.check()).toEqual({
      phase: 'failed',
      problem: 'offline',
      installOnQuit: false,
    })
  })

  it('says so when the feed has no update information', async () => {
    feed = await startUpdateFeed('0.2.0', 'Notes.')
    const { service } = serviceFor(`${feed.url}missing/`)
    expect(await service.check()).toMatchObject({ phase: 'failed', problem: 'feed' })
  })

  it('does not check from a copy that is not installed', async () => {
    feed = await startUpdateFeed('0.2.0', 'Notes.')
    const { service } = serviceFor(feed.url, { installed: false })
    expect(await service.check()).toMatchObject({ phase: 'failed', problem: 'not-installed' })
    expect(feed.hits.size).toBe(0)
  })

  it('will not download before a check found something', async () => {
    feed = await startUpdateFeed('0.2.0', 'Notes.')
    const { service } = serviceFor(feed.url)
    await expect(service.download()).rejects.toThrow(/check for updates first/i)
    expect(downloads(feed)).toBe(0)
  })
})
