/**
 * Starts a worker thread on a module beside the caller. Compiled code (dist/, what users run) loads the sibling
 * `.js` (the build puts every thread's module beside every chunk: tools/build-server.ts); the TypeScript sources
 * (tests, benchmarks) load the sibling `.ts` through tsx's loader, registered in the new thread first, as it was in
 * the caller's.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * @param callerUrl - `import.meta.url` of the module asking
 * @param name - the sibling module's file name without extension, e.g. `'./pglite-host'`
 */
export function startThread(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`${name}.js`, callerUrl), options);
  // The package's ESM entry of its API (`import` condition); resolving from CommonJS would give the `.cjs` twin.
  const tsxPackage = createRequire(callerUrl).resolve('tsx/package.json');
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL(`${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
