import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryLogger } from '../../../../electron/main/services/logger'
import {
  installCrashHandlers,
  rendererGoneDialog,
} from '../../../../electron/main/shell/crash-handling'

const TOKEN = 'tok_CRASHCHECK_1234567890'

function setup(language: 'en' | 'hy' = 'en', response = 0) {
  const proc = new EventEmitter()
  const app = new EventEmitter() as EventEmitter & { quit: () => void }
  app.quit = vi.fn()
  const logger = createMemoryLogger(() => [TOKEN])
  const announced: unknown[] = []
  const dialogs: unknown[] = []
  const contents = { reload: vi.fn(), isDestroyed: () => false }
  installCrashHandlers(
    { process: proc as never, app: app as never },
    {
      logger,
      announce: (problem) => announced.push(problem),
      language: () => language,
      showDialog: async (_contents, options) => {
        dialogs.push(options)
        return response
      },
    },
  )
  return { proc, app, logger, announced, dialogs, contents }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('installCrashHandlers', () => {
  it('logs an uncaught exception scrubbed and tells the windows, without exiting', () => {
    const { proc, logger, announced } = setup()
    proc.emit('uncaughtException', new Error(`boom with ${TOKEN}`), 'uncaughtException')
    expect(logger.lines.join('\n')).toContain('boom with [redacted]')
    expect(logger.lines.join('\n')).not.toContain(TOKEN)
    expect(announced).toEqual([{ kind: 'main' }])
  })

  it('logs an unhandled rejection scrubbed, whatever was thrown', () => {
    const { proc, logger, announced } = setup()
    proc.emit('unhandledRejection', `plain ${TOKEN}`, Promise.resolve())
    proc.emit('unhandledRejection', undefined, Promise.resolve())
    expect(logger.lines).toHaveLength(2)
    expect(logger.lines.join('\n')).not.toContain(TOKEN)
    expect(announced).toEqual([{ kind: 'main' }, { kind: 'main' }])
  })

  it('offers to reload a window whose page crashed, and reloads it', async () => {
    const { app, logger, dialogs, contents } = setup('en', 0)
    app.emit('render-process-gone', {}, contents, { reason: 'crashed', exitCode: 139 })
    await settle()
    expect(logger.lines.join('\n')).toMatch(/crashed/)
    expect(dialogs).toHaveLength(1)
    expect(contents.reload).toHaveBeenCalledTimes(1)
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('quits when the user chooses to restart instead', async () => {
    const { app, contents } = setup('en', 1)
    app.emit('render-process-gone', {}, contents, { reason: 'oom', exitCode: 0 })
    await settle()
    expect(contents.reload).not.toHaveBeenCalled()
    expect(app.quit).toHaveBeenCalledTimes(1)
  })

  it('says nothing when a page ends cleanly', async () => {
    const { app, dialogs, contents } = setup()
    app.emit('render-process-gone', {}, contents, { reason: 'clean-exit', exitCode: 0 })
    await settle()
    expect(dialogs).toHaveLength(0)
  })

  it('logs a helper process that died and tells the windows which', () => {
    const { app, logger, announced } = setup()
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 })
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 })
    expect(logger.lines.join('\n')).toMatch(/GPU/)
    expect(announced).toEqual([{ kind: 'child', process: 'GPU' }])
  })

  it('keeps going if logging itself fails', () => {
    const proc = new EventEmitter()
    const app = new EventEmitter()
    const announce = vi.fn()
    installCrashHandlers(
      { process: proc as never, app: app as never },
      {
        logger: {
          error: () => {
            throw new Error('disk full')
          },
        } as never,
        announce,
        language: () => 'en',
        showDialog: async () => 0,
      },
    )
    expect(() => proc.emit('uncaughtException', new Error('x'), 'uncaughtException')).not.toThrow()
    expect(announce).toHaveBeenCalled()
  })
})

describe('rendererGoneDialog', () => {
  it('explains what happened and offers reload or restart, in English and Armenian', () => {
    const en = rendererGoneDialog({ reason: 'crashed', exitCode: 139 }, 'en')!
    expect(en.buttons).toEqual(['Reload the window', 'Quit Domain Desk'])
    expect(en.message).toMatch(/stopped/)
    const hy = rendererGoneDialog({ reason: 'oom', exitCode: 0 }, 'hy')!
    expect(hy.buttons).toHaveLength(2)
    expect(hy.message).toMatch(/[\u0531-\u058F]/)
    expect(rendererGoneDialog({ reason: 'clean-exit', exitCode: 0 }, 'en')).toBeNull()
  })
})
