/**
 * `npm run build:server` (part of `npm ci` through `prepare`): bundles the command, the server and their threads into
 * `dist/` with esbuild. Type checking is `npm run typecheck`'s job; this only emits.
 *
 * Why a bundle and not one compiled file per source: on start Node's module loader opened, read and linked ~1,200
 * files (our ~500 and ~700 of packages), ~1.2 s of the main thread on the 2-core machine, in the way of the embedded
 * database opening beside it (docs/benchmarks.md, restart). Code splitting keeps every `import()` lazy, so a command
 * still loads only what it needs.
 *
 * Layout: every output file sits in `dist/` itself, so a thread's module is found beside any chunk that starts it
 * (`lib/thread-entry.ts` resolves `./<name>.js` against the caller's own URL).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const PROJECT_ROOT = dirname(import.meta.dirname);
const OUT_DIR = join(PROJECT_ROOT, 'dist');

/** Entry points, named as their modules are: a thread is started by its module's name beside the caller. */
const ENTRY_POINTS = {
  main: 'cli/main.ts',
  'review-thread.worker': 'cli/review-thread.worker.ts',
  'pglite-host': 'db/pglite/pglite-host.ts',
};

/**
 * Packages left to Node's loader: they find files beside their own code (WebAssembly, fonts, static assets, their
 * package.json, worker scripts), load native code, or are only loaded for a configuration that asks for them.
 */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@resvg/resvg-js',
  '@slack/bolt',
  'bullmq',
  'exceljs',
  'grammy',
  'ioredis',
  'pdfkit',
  'pino',
  'pino-pretty',
];

/** Packages written as CommonJS call `require`, which an ES module lacks; each output file makes its own. */
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** A bundled package that locates files from its own folder would look in dist/ instead: such a package must be external. */
const OWN_FOLDER = /\b(__dirname|__filename)\b/;

rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  absWorkingDir: PROJECT_ROOT,
  entryPoints: ENTRY_POINTS,
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.11',
  sourcemap: true,
  chunkNames: 'chunk-[hash]',
  external: EXTERNAL,
  banner: { js: REQUIRE_SHIM },
  logLevel: 'warning',
});
/** The code of an output file without its comments (which name `__dirname` in examples). */
const codeOf = (file: string) => readFileSync(join(OUT_DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const misplaced = readdirSync(OUT_DIR).filter((file) => file.endsWith('.js') && OWN_FOLDER.test(codeOf(file)));
if (misplaced.length > 0) {
  throw new Error(`bundled code looks for files beside itself (${misplaced.join(', ')}): make its package external in tools/build-server.ts`);
}
