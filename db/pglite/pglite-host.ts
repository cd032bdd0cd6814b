/**
 * Worker thread that owns the embedded databases of this process (one in production; tests open many in turn).
 * PGlite runs PostgreSQL as WebAssembly on the thread that calls it, so every statement would otherwise block the
 * event loop that serves HTTP: a big import or a review's persist would stall every request of every instansi.
 * Here it blocks only this thread. One thread serves every database so PGlite's code and WebAssembly are loaded and
 * compiled once per process, not once per database.
 *
 * Each database is served on the ports it is opened or joined with (`open`, `connect` on the parent port), one
 * statement or transaction at a time, foreground ports first (served-database.ts).
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { createPrioritySwitch } from '../../lib/thread-priority.js';
import { serialiseError, type ControlRequest, type ControlResponse } from './pglite-protocol.js';
import { serveDatabase, type ServedDatabase } from './served-database.js';

/**
 * PostgreSQL's WebAssembly, compiled once as the thread starts (before the first open arrives, while the process
 * loads its own code) and shared by every database it opens. A failure here is left to PGlite, which compiles its own.
 */
const postgresModule: Promise<WebAssembly.Module | undefined> = readFile(new URL('./pglite.wasm', import.meta.resolve('@electric-sql/pglite')))
  .then((bytes) => WebAssembly.compile(bytes))
  .catch(() => undefined);

const databases = new Map<number, ServedDatabase>();
/** This thread's priority, shared by every database it serves. */
const priority = createPrioritySwitch();

async function control(request: ControlRequest): Promise<void> {
  if (request.op === 'connect') {
    const database = databases.get(request.dbId);
    if (!database) throw new Error(`database ${request.dbId} is not open`);
    database.serve(request.port, { background: request.background });
    return;
  }
  const pgliteWasmModule = await postgresModule;
  const compiled = pgliteWasmModule ? { pgliteWasmModule } : {};
  const pglite = request.dataDir
    ? new PGlite(request.dataDir, compiled)
    : new PGlite(request.image ? { ...compiled, loadDataDir: new Blob([request.image]) } : compiled);
  await pglite.waitReady;
  const database = serveDatabase(pglite, priority, () => databases.delete(request.dbId));
  databases.set(request.dbId, database);
  database.serve(request.port, { background: false });
}

if (!parentPort) throw new Error('pglite-host runs as a worker thread');
const parent = parentPort;
parent.on('message', (request: ControlRequest) => {
  control(request).then(
    () => parent.postMessage({ id: request.id, ok: true } satisfies ControlResponse),
    (err: unknown) => parent.postMessage({ id: request.id, ok: false, error: serialiseError(err) } satisfies ControlResponse),
  );
});
