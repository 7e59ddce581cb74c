/** Builds bridge-client.ts into one browser script (IIFE) with Vite, in memory. */
import { fileURLToPath } from 'node:url'
import { build, type Rollup } from 'vite'

/** The bridge script's source text. */
export async function bundleBridgeClient(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./bridge-client.ts', import.meta.url)),
        formats: ['iife'],
        name: 'DomainDeskPreviewBridge',
      },
    },
  })) as Rollup.RollupOutput[]
  const chunk = output[0]!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk')
  if (!chunk) throw new Error('The web preview bridge did not build.')
  return chunk.code
}
