/**
 * The list of accounts (label, base URL, demo flag) in `<dataDir>/accounts.json`. Kept apart
 * from the SQLite cache so that a damaged cache never loses an account, and never holding a
 * token (tokens live in the keychain). Written atomically (temp file + rename).
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import type { Clock } from '../core/clock'

const StoredAccountSchema = z.object({
  id: z.string(),
  label: z.string(),
  baseUrl: z.string(),
  isDemo: z.boolean(),
  createdAt: z.string(),
})
export type StoredAccount = z.infer<typeof StoredAccountSchema>

const FileSchema = z.object({ version: z.literal(1), accounts: z.array(StoredAccountSchema) })

/** Reads and writes accounts.json. */
export class AccountStore {
  private accounts: StoredAccount[] = []
  /** Set when the file was unreadable and had to be set aside. */
  notice: string | null = null

  constructor(
    private readonly path: string,
    private readonly clock: Clock,
  ) {
    let text: string | undefined
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (text === undefined) return
    try {
      this.accounts = FileSchema.parse(JSON.parse(text)).accounts
    } catch {
      const aside = `${path}.unreadable-${clock.now().getTime()}`
      renameSync(path, aside)
      this.notice = `The account list could not be read and was moved to ${aside}; add your accounts again.`
    }
  }

  list(): StoredAccount[] {
    return this.accounts.map((a) => ({ ...a }))
  }

  get(id: string): StoredAccount | undefined {
    const found = this.accounts.find((a) => a.id === id)
    return found && { ...found }
  }

  add(fields: Omit<StoredAccount, 'id' | 'createdAt'>, id: string = randomUUID()): StoredAccount {
    const account = { ...fields, id, createdAt: this.clock.now().toISOString() }
    this.accounts.push(account)
    this.save()
    return { ...account }
  }

  update(id: string, fields: Partial<Pick<StoredAccount, 'label' | 'baseUrl'>>): StoredAccount {
    const account = this.accounts.find((a) => a.id === id)
    if (!account) throw new Error(`No account ${id}`)
    Object.assign(account, fields)
    this.save()
    return { ...account }
  }

  remove(id: string): void {
    this.accounts = this.accounts.filter((a) => a.id !== id)
    this.save()
  }

  private save(): void {
    const tmp = `${this.path}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify({ version: 1, accounts: this.accounts }, null, 2))
    renameSync(tmp, this.path)
  }
}
