/**
 * `--state FILE`: the registrar's state as JSON, loaded at start when the file exists and written
 * (atomically: temp file + rename) shortly after every change and on shutdown. The simulated
 * clock resumes where it stopped. The API token is never written.
 */
import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { rename, writeFile } from 'node:fs/promises'
import type { RegistrarSnapshot } from './registrar'

/** Reads a state file; undefined when it does not exist, a clear error when it is not valid. */
export function loadState(path: string): RegistrarSnapshot | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new Error(`Cannot read the sandbox state file ${path}: ${(e as Error).message}`)
  }
  let data: Partial<RegistrarSnapshot>
  try {
    data = JSON.parse(text) as Partial<RegistrarSnapshot>
  } catch {
    throw new Error(
      `The sandbox state file ${path} is not valid JSON; move it away or pass another --state.`,
    )
  }
  if (data.version !== 1 || !Array.isArray(data.domains) || typeof data.simNow !== 'number') {
    throw new Error(
      `${path} is not a sandbox state file (version 1); move it away or pass another --state.`,
    )
  }
  return data as RegistrarSnapshot
}

/** Writes snapshots to `path`, coalescing bursts of changes into one write. */
export class StateWriter {
  private timer: NodeJS.Timeout | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly path: string,
    private readonly snapshot: () => RegistrarSnapshot,
    private readonly delayMs = 200,
  ) {}

  /** Schedules a write. */
  changed(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, this.delayMs)
  }

  /** Writes now (after any write in progress). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.writing = this.writing.then(async () => {
      const tmp = `${this.path}.${randomUUID()}.tmp`
      await writeFile(tmp, JSON.stringify(this.snapshot()))
      await rename(tmp, this.path)
    })
    return this.writing
  }
}
