import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DemoService } from '../../../../electron/main/services/demo-service'
import { rawRequest } from '../../../support/raw-http'

const started: DemoService[] = []
afterEach(async () => {
  for (const demo of started.splice(0)) await demo.stop()
})

async function statusOf(demo: DemoService, path: string): Promise<number> {
  const sandbox = await demo.ensure()
  return (await rawRequest(sandbox.port, 'GET', path, { host: `127.0.0.1:${sandbox.port}` })).status
}

describe('DemoService', () => {
  it('runs the demo registrar without its /__sandbox/ controls when told (the packaged app)', async () => {
    const demo = new DemoService(mkdtempSync(join(tmpdir(), 'dd-demo-')), {
      domains: 3,
      controls: false,
    })
    started.push(demo)
    expect(await statusOf(demo, '/__sandbox/')).toBe(404)
    expect(await statusOf(demo, '/__sandbox/clock')).toBe(404)
  })

  it('keeps the controls for development and the web preview', async () => {
    const demo = new DemoService(mkdtempSync(join(tmpdir(), 'dd-demo-')), { domains: 3 })
    started.push(demo)
    expect(await statusOf(demo, '/__sandbox/')).toBe(200)
  })
})
