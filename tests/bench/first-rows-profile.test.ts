import { describe, expect, it } from 'vitest'
import { groupOf } from './first-rows-profile'

describe('groupOf', () => {
  it("names a dependency's package, scoped or not, wherever the map puts node_modules", () => {
    expect(groupOf('../../node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js')).toBe(
      '@vue/runtime-core',
    )
    expect(groupOf('/work/x/node_modules/vue-router/dist/vue-router.mjs')).toBe('vue-router')
    expect(groupOf('../node_modules/.pnpm/a/node_modules/pinia/dist/pinia.mjs')).toBe('pinia')
  })

  it("names the app's code by its folder under renderer/src, a Vue block's query dropped", () => {
    expect(
      groupOf('../../renderer/src/components/portfolio/PortfolioRow.vue?vue&type=script'),
    ).toBe('app: components/portfolio')
    expect(groupOf('../../renderer/src/stores/accounts.ts')).toBe('app: stores/accounts.ts')
    expect(groupOf('../../renderer/src/bootstrap.ts')).toBe('app: bootstrap.ts')
  })

  it('says when a sample has no source', () => {
    expect(groupOf(null)).toBe('(unmapped)')
    expect(groupOf('../../electron/shared/ipc/models.ts')).toBe(
      '../../electron/shared/ipc/models.ts',
    )
  })
})
