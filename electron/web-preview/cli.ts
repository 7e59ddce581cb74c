/**
 * `npm run web -- [--port 5899] [--demo] [--data DIR]` — the dev-only web preview: the app's
 * services and IPC handlers in Node, the built renderer in any browser on 127.0.0.1.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startPreview } from './preview'

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string', default: '5899' },
      demo: { type: 'boolean', default: false },
      data: { type: 'string' },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got "${values.port}".`)
  const preview = await startPreview({ port, demo: values.demo, dataDir: values.data })
  console.log('Domain Desk web preview (dev only)')
  console.log(`  open:  ${preview.url}`)
  console.log(`  data:  ${preview.dataDir}`)
  if (preview.demoAccountId) console.log('  demo:  connected to the built-in sandbox registrar')
  const stop = () => void preview.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(`The web preview could not start: ${(error as Error).message}`)
    process.exit(1)
  })
}
