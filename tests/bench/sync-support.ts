/**
 * What `bench:sync` and its child process for the memory figure share: the app's services on a
 * fresh data folder with a sandbox account added, a timer and a peak-RSS sampler.
 */
import { readFileSync } from 'node:fs'
import { createTokenVault } from '../../electron/main/core/vault/index'
import type { ApiAccount } from '../../electron/main/core/vps-api/index'
import { createAppServices } from '../../electron/main/services/app-services'
import { createMemoryLogger } from '../../electron/main/services/logger'

function memoryVault() {
  const entries = new Map<string, string>()
  return createTokenVault({
    service: 'bench',
    backend: {
      getPassword: async (_s, a) => entries.get(a) ?? null,
      setPassword: async (_s, a, p) => void entries.set(a, p),
      deletePassword: async (_s, a) => entries.delete(a),
    },
  })
}

/** How long `fn` took (ms), and what it returned. */
export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const value = await fn()
  return [performance.now() - started, value]
}

/** This process's CPU time (ms, every thread) since `from` (a `process.cpuUsage()`). */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(from)
  return (user + system) / 1000
}

/**
 * CPU time (ms) another process has used so far, from /proc/<pid>/stat (utime + stime, in
 * clock ticks of 10 ms: USER_HZ is 100 on Linux); NaN where there is no /proc.
 */
export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces: count the fields after its closing bracket.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return NaN
  }
}

/** Peak RSS in MB while `fn` runs, sampled every 20 ms. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<[number, T]> {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  try {
    const value = await fn()
    return [Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024, value]
  } finally {
    clearInterval(timer)
  }
}

/** Services on a fresh data folder with the sandbox's account added; its first sync is running. */
export async function servicesFor(sandbox: ApiAccount, dataDir: string) {
  const options = {
    dataDir,
    vault: memoryVault(),
    version: 'bench',
    logger: createMemoryLogger(),
    refreshIntervalMs: 0,
    // The registrar backfill after a sync fetches details one domain at a time: it would run
    // under the figures (and keep dispose waiting for minutes at 150 ms). Not what is measured.
    detailsBackfillLimit: 0,
  }
  const services = await createAppServices(options)
  const added = await services.accounts.add({ label: 'bench', ...sandbox })
  return { services, accountId: added.id, options }
}
