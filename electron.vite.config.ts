import { fileURLToPath } from 'node:url'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import { primeVueThemeCss } from './scripts/primevue-theme-css'
import { pureSchemas } from './scripts/pure-schemas'

/** Absolute path of a project file. */
const path = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url))

const shared = { '@shared': path('./electron/shared') }

/** Style modules stay in their own chunks: Vite emits a module's CSS from every chunk that has it. */
const STYLE_MODULE = /\.(css|scss|sass|less|styl|stylus|pcss|postcss|sss)(\?|$)/

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: path('./out/main'),
      rolldownOptions: {
        input: { index: path('./electron/main/index.ts') },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: path('./out/preload'),
      // A sandboxed preload cannot be ESM and can only require() `electron` and a few
      // built-ins, so it is one CommonJS file with every dependency bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path('./renderer'),
    // The schemas the renderer never uses (and zod with them) stay out of its bundle; the
    // PrimeVue theme is CSS made at build time; the messages are compiled at build time too, so
    // the page runs vue-i18n's runtime without its message compiler.
    plugins: [
      vue(),
      pureSchemas(path('./electron/shared/')),
      primeVueThemeCss(),
      vueI18n({
        include: [path('./renderer/src/i18n/en/*.json'), path('./renderer/src/i18n/hy/*.json')],
        // Messages are text shown by Vue's escaping interpolation, never as HTML.
        strictMessage: false,
        // No <i18n-t>, <i18n-n>, <i18n-d> or v-t in the templates: useI18n() only.
        fullInstall: false,
      }),
    ],
    resolve: { alias: { '@': path('./renderer/src'), ...shared } },
    build: {
      outDir: path('./out/renderer'),
      // electron-vite leaves the renderer unminified; every byte is parsed before the first rows.
      minify: true,
      rolldownOptions: {
        input: { index: path('./renderer/index.html') },
        // Fewer, larger files before the first rows: every module the start needs in one chunk,
        // and the small chunks that views share copied into the views that use them (rolldown
        // keeps one copy running, so module state stays single). Against the default's 20 files at
        // the start and 7 for the portfolio's page, the first rows came 80–100 ms sooner at 1,000
        // domains (bench:ui). Copying needs entry signatures loose and modules run in source order.
        preserveEntrySignatures: false,
        output: {
          strictExecutionOrder: true,
          codeSplitting: {
            groups: [{ name: 'start', tags: ['$initial'] }],
            experimentalInlineCommonChunks: { maxSize: 32 * 1024, exclude: STYLE_MODULE },
          },
        },
      },
    },
  },
})
