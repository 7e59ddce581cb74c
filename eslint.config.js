// @ts-check
import { defineConfig } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/**
 * A layer rule: files matching `files` may not import specifiers matching any of the regexes.
 * Importing Electron's types only (`import type`) stays allowed: it brings no code along.
 * @param {string} files
 * @param {Array<[string, string]>} banned regex and the reason shown by lint
 */
const layer = (files, banned) => ({
  files: [files],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: banned.map(([regex, message]) => ({
          regex,
          message,
          allowTypeImports: regex === '^electron$',
        })),
      },
    ],
  },
})

/**
 * SQL lives in electron/main/core/db/ only (its repositories and queries): elsewhere, no call of
 * a connection's prepare/exec, no import of sqlite.ts's query helpers, no SQL in a string.
 * Upper-case keywords only, so that English text ("Select a domain") is not mistaken for SQL.
 */
const SQL_OUTSIDE_DB = 'SQL lives in electron/main/core/db/: add or use a repository method there.'
const SQL_STATEMENT =
  '/\\b(SELECT\\s|INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|CREATE\\s+(TABLE|INDEX)|PRAGMA\\s)/'
const noSql = [
  {
    selector: `CallExpression > MemberExpression.callee[property.name=/^(prepare|exec|pragma)$/][object.name='db']`,
    message: SQL_OUTSIDE_DB,
  },
  {
    selector: `CallExpression > MemberExpression.callee[property.name=/^(prepare|exec|pragma)$/][object.property.name='db']`,
    message: SQL_OUTSIDE_DB,
  },
  {
    selector: `ImportDeclaration[source.value=/core\\/db\\/sqlite$/] ImportSpecifier[imported.name=/^(row|rows|scalar|transaction|openDatabase)$/]`,
    message: SQL_OUTSIDE_DB,
  },
  { selector: `TemplateElement[value.raw=${SQL_STATEMENT}]`, message: SQL_OUTSIDE_DB },
  { selector: `Literal[value=${SQL_STATEMENT}]`, message: SQL_OUTSIDE_DB },
]

/**
 * Time comes from the injected Clock (core/clock.ts) in services/ and core/: no reading the wall
 * clock directly, so that every "now" can be set by a test. Durations use performance.now().
 */
const WALL_CLOCK =
  'Read the time from the injected Clock (core/clock.ts); durations: performance.now().'
const noWallClock = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: WALL_CLOCK },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: WALL_CLOCK },
]

/** libsql's getter aborts the process on a closed connection; sqlite.ts has the safe one. */
const noRawInTransaction = [
  {
    selector: "MemberExpression[property.name='inTransaction']",
    message:
      'Use inTransaction(db) from core/db/sqlite.ts: the getter aborts once the db is closed.',
  },
]

/**
 * The renderer's one way to main; stores/ repeats it next to its own ban (see below).
 * @type {[string, string]}
 */
const RENDERER_BRIDGE = [
  '(^|/)electron/main(/|$)|^electron$',
  'The renderer reaches main only through the bridge (renderer/src/api/).',
]

/**
 * Dialogs open through AppDialog, which keeps the focus where the user put it when PrimeVue's
 * opening animation ends.
 * @type {[string, string]}
 */
const PRIMEVUE_DIALOG = [
  '^primevue/dialog$',
  'Use AppDialog (components/common/AppDialog.ts): it keeps the focus the user moved.',
]

export default defineConfig(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'coverage/',
      'node_modules/',
      'electron/shared/vps-api/schema.gen.ts',
    ],
  },
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
        },
      ],
    },
  },
  // The layers of electron/main/README.md, so that a wrong import fails `npm run lint`.
  layer('electron/main/core/**', [
    ['^(\\.\\./)+(services|ipc|shell)(/|$)', 'core/ is below services/, ipc/ and shell/.'],
    ['^electron$', 'Only index.ts and shell/ touch Electron.'],
  ]),
  layer('electron/main/services/**', [
    ['^(\\.\\./)+(ipc|shell)(/|$)', 'services/ is below ipc/ and shell/.'],
    ['^electron$', 'Only index.ts and shell/ touch Electron.'],
  ]),
  layer('electron/main/ipc/**', [
    ['^(\\.\\./)+shell(/|$)', 'ipc/ is below shell/.'],
    ['^electron$', 'index.ts hands ipcMain to ipc/; ipc/ does not import Electron.'],
  ]),
  layer('electron/shared/**', [
    [
      '(^|/)(main|preload|sandbox|web-preview)(/|$)',
      'shared/ is used by main and the renderer alike and imports neither.',
    ],
    ['^node:', 'shared/ runs in the renderer too: no Node modules.'],
    ['^electron$', 'shared/ runs in the renderer too: no Electron.'],
  ]),
  layer('renderer/src/**', [RENDERER_BRIDGE, PRIMEVUE_DIALOG]),
  layer('renderer/src/components/common/AppDialog.ts', [RENDERER_BRIDGE]),
  // A later block replaces the rule's options rather than adding to them: repeat the bridge ban.
  layer('renderer/src/lib/**', [
    RENDERER_BRIDGE,
    [
      '^(@|\\.\\.?)/(\\.\\./)*(stores|components|composables)(/|$)|^(vue|vue-i18n|vue-router|pinia)$|^primevue(/|$)',
      'lib/ holds plain functions: no Vue, stores, components or composables (renderer/README.md).',
    ],
  ]),
  layer('renderer/src/stores/**', [
    RENDERER_BRIDGE,
    [
      '^(@|\\.\\.?)/(\\.\\./)*components(/|$)',
      'Stores hold state, not view code: move what they need to lib/ or composables/.',
    ],
  ]),
  layer('electron/sandbox/transfers.ts', [
    [
      '^\\./registrar$',
      'registrar.ts imports transfers.ts; use the TransferLedger interface here.',
    ],
  ]),
  {
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,vue}'],
    ignores: ['electron/main/core/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...noSql, ...noRawInTransaction] },
  },
  {
    files: ['electron/main/services/**/*.ts', 'electron/main/core/**/*.ts'],
    ignores: ['electron/main/core/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...noSql, ...noWallClock, ...noRawInTransaction] },
  },
  {
    files: ['electron/main/core/db/**/*.ts'],
    ignores: ['electron/main/core/db/sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noWallClock, ...noRawInTransaction] },
  },
  {
    files: ['electron/main/core/db/sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noWallClock] },
  },
  {
    // Tests poke at untyped JSON bodies and documents; `any` there keeps them readable.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
)
