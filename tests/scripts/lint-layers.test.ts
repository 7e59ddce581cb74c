/**
 * The layer rules in eslint.config.js: each wrong import fails lint, the allowed ones pass.
 * Linted as text under a real path, so the rules are matched the way `npm run lint` matches them.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x\n`, { filePath })
  return result!.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message)
}

describe('layer rules', () => {
  it.each([
    [
      'electron/main/core/db/x.ts',
      "import { x } from '../../services/app-error'",
      /core\/ is below/,
    ],
    ['electron/main/core/x.ts', "import { x } from '../ipc/dispatcher'", /core\/ is below/],
    ['electron/main/core/x.ts', "import { x } from 'electron'", /Only index.ts and shell/],
    [
      'electron/main/services/x.ts',
      "import { x } from '../shell/main-window'",
      /services\/ is below/,
    ],
    ['electron/main/services/x.ts', "import { x } from '../ipc/handlers'", /services\/ is below/],
    ['electron/main/ipc/x.ts', "import { x } from '../shell/trusted-sender'", /ipc\/ is below/],
    ['electron/main/ipc/x.ts', "import { x } from 'electron'", /does not import Electron/],
    ['electron/shared/x/y.ts', "import { x } from '../../main/services/logger'", /imports neither/],
    ['electron/shared/x/y.ts', "import { x } from 'node:fs'", /no Node modules/],
    [
      'renderer/src/stores/x.ts',
      "import { x } from '../../../electron/main/core/db/cache'",
      /bridge/,
    ],
    ['renderer/src/stores/x.ts', "import { x } from 'electron'", /bridge/],
    ['renderer/src/stores/x.ts', "import { x } from '@/components/costs/x'", /Stores hold state/],
    ['renderer/src/stores/x.ts', "import X from '../components/common/X.vue'", /Stores hold state/],
    [
      'renderer/src/stores/deep/x.ts',
      "import { x } from '../../components/x'",
      /Stores hold state/,
    ],
    ['renderer/src/lib/x/y.ts', "import { x } from '@/stores/transfers'", /plain functions/],
    ['renderer/src/lib/x/y.ts', "import { x } from '../../composables/useX'", /plain functions/],
    ['renderer/src/lib/x/y.ts', "import { ref } from 'vue'", /plain functions/],
    ['renderer/src/lib/x/y.ts', "import { useI18n } from 'vue-i18n'", /plain functions/],
    ['renderer/src/lib/x/y.ts', "import { x } from 'electron'", /bridge/],
    ['electron/sandbox/transfers.ts', "import { x } from './registrar'", /TransferLedger/],
  ])('%s may not: %s', async (file, code, message) => {
    expect(await restricted(file, code)).toEqual([expect.stringMatching(message)])
  })

  it.each([
    ['electron/main/services/x.ts', "import { x } from '../../shared/ipc/models'"],
    ['electron/main/services/x.ts', "import { x } from '../core/db/cache'"],
    ['electron/main/ipc/x.ts', "import type { x } from 'electron'"],
    ['electron/main/shell/x.ts', "import { x } from 'electron'"],
    ['electron/main/core/db/x.ts', "import { x } from '../../../shared/validation/host-name'"],
    ['renderer/src/stores/x.ts', "import { x } from '@shared/ipc/models'"],
    ['renderer/src/stores/x.ts', "import { x } from '@/lib/costs/price-rows'"],
    ['renderer/src/views/X.vue', "import X from '@/components/common/X.vue'"],
    ['renderer/src/lib/x/y.ts', "import type { ChartData } from 'chart.js'"],
    ['renderer/src/lib/x/y.ts', "import { x } from '@shared/ipc/models'"],
    ['renderer/src/lib/x/y.ts', "import { x } from './z'"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([])
  })
})
