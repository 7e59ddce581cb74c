import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': fileURLToPath(new URL('./renderer/src', import.meta.url)),
  '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)),
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          // The benchmark smoke runs drive Chromium too, so they queue with the browser scenarios.
          include: ['tests/e2e/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // One browser scenario at a time: they share two cores with the app under test.
          fileParallelism: false,
        },
      },
      {
        plugins: [vue()],
        // The theme's CSS is made by the build (scripts/primevue-theme-css.ts); tests render no CSS.
        resolve: {
          alias: {
            ...alias,
            'virtual:primevue-theme.css': fileURLToPath(
              new URL('./tests/renderer/support/no-theme.css', import.meta.url),
            ),
          },
        },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // A desktop window wide enough for every portfolio column (a narrower one leaves some
          // out, NARROW_WINDOW_HIDES); tests of narrow windows resize it.
          environmentOptions: { happyDOM: { width: 1600, height: 768 } },
          // After-each hooks in the order they were registered: the support module's auto-unmount
          // (registered first) must run before a test file's own cleanup clears the document.
          sequence: { hooks: 'list' },
          include: ['tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/support/i18n-setup.ts'],
        },
      },
    ],
  },
})
