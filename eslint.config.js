// @ts-check
/**
 * Lint: the recommended type-aware rules of typescript-eslint, the layering of the folder READMEs as
 * `no-restricted-imports` checks, and no import cycles. `npm run lint`; CI runs it before the tests.
 *
 * typescript-eslint reads types through the TypeScript JavaScript API, which only the 6.x line has (7.x is the
 * native compiler without one), so `typescript` is 6.0.x for lint; `npm run typecheck` and the build use the native
 * compiler (`typescript-go`), which is about three times faster.
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const IGNORED = ['node_modules', 'data', 'dist', 'coverage'];
/** Top-level folders; `layer()` confines a folder to its own files plus the folders it names, so a new one is closed. */
const FOLDERS = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !IGNORED.includes(d.name))
  .map((d) => d.name);

/**
 * The import rules of one folder, from its README.
 * @param folder - a top-level folder
 * @param rule.packages - `'any'`, or the only packages (and `node:` built-ins when listed) it may import
 * @param rule.folders - the other top-level folders it may import from (relative paths)
 * @param rule.paths - finer patterns it must not import, with the reason
 */
function layer(folder, { packages, folders, paths = [] }) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !folders.includes(f));
  const patterns = [
    ...forbidden.map((f) => ({
      group: [`**/${f}/**`, `../${f}`],
      message: `${folder}/ must not import ${f}/ (see ${folder}/README.md).`,
    })),
    ...paths,
  ];
  if (packages !== 'any') {
    const allowed = packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    patterns.push({
      regex: `^(?!\\.|(${allowed})(/|$))`,
      message: `${folder}/ imports only ${packages.join(', ')} and project files (see ${folder}/README.md).`,
    });
  }
  return {
    files: [`${folder}/**/*.ts`],
    ignores: [`${folder}/**/*.test.ts`, `${folder}/**/*.test-utils.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

const DRIZZLE = { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'SQL lives in db/repositories; call a repository.' };
const DB_SCHEMA = { group: ['**/db/schema', '**/db/schema/**'], message: 'Tables are db/ internals; call a repository.' };

export default tseslint.config(
  // The board's build output and its generated API types are not sources.
  { ignores: [...IGNORED.map((d) => `${d}/**`), 'db/migrations/**', 'web/dist/**', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // The cycle rule follows imports into .ts files only when it knows their extension and parser.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Fastify plugins and port implementations are async by contract (they must return a promise); `async`
      // without `await` is how they meet it.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read HTTP and JSON bodies as untyped data and assert on their shape; that is their job.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // A use case reads the clock only through its context (`ctx.now()`): the transport, job or command that builds
    // the context decides which clock it is, so reviews, audit rows and tests run on the clock they are given.
    // Transports, commands and the database layer take theirs from the one wall clock (lib/clock.ts), the only file
    // that reads it. Measuring a duration (`performance.now()`) and parsing a given date (`new Date(value)`) are
    // not reading it.
    files: ['services/**/*.ts', 'analytics/**/*.ts', 'server/**/*.ts', 'db/**/*.ts', 'cli/**/*.ts', 'jobs/**/*.ts', 'bots/**/*.ts', 'lib/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-utils.ts', 'lib/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the clock through the context (ctx.now()) or lib/clock.ts.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Read the clock through the context (ctx.now()) or lib/clock.ts.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },

  // The layering (folder READMEs). Tests of a folder may reach further (fixtures, the real services).
  layer('analytics', { packages: ['zod'], folders: [] }),
  layer('lib', { packages: 'any', folders: [] }),
  layer('db', { packages: 'any', folders: ['lib'] }),
  layer('services', { packages: 'any', folders: ['analytics', 'db', 'lib'], paths: [DRIZZLE, DB_SCHEMA] }),
  layer('jobs', { packages: 'any', folders: ['services', 'lib'], paths: [DRIZZLE] }),
  layer('server', { packages: 'any', folders: ['services', 'lib', 'bots', 'jobs'], paths: [DRIZZLE] }),
  layer('bots', { packages: 'any', folders: ['services', 'lib', 'analytics'], paths: [DRIZZLE] }),
  layer('bench', { packages: 'any', folders: ['analytics', 'db', 'lib', 'services', 'jobs', 'server', 'bots', 'cli', 'tools'] }),
  layer('tools', { packages: 'any', folders: [] }),
  // The board talks HTTP only (words for codes: the one label table); its type generator builds the OpenAPI document.
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: FOLDERS.filter((f) => f !== 'web').map((f) => ({
            // The one label table is pure data: the board names codes with the same words as every other text. A
            // succession gate's words live with the gate (analytics/succession/gates), so their list is allowed too.
            ...(f === 'analytics'
              ? { regex: String.raw`(^|/)analytics/(?!(domain/labels|succession/gates/index)\.js$)` }
              : { group: [`**/${f}/**`] }),
            message: `web/src must not import ${f}/ (see web/README.md).`,
          })),
        },
      ],
    },
  },
);
