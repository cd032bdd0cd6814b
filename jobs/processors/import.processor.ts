/**
 * Imports a large upload outside the HTTP request. The upload was stored at `filePath` on a volume every worker
 * can read; the file is removed once the import is done for good (success, rejected input, or last attempt).
 */
import { readFile, rm } from 'node:fs/promises';
import { notFoundError } from '../../lib/errors.js';
import type { Deps } from '../../services/deps.js';
import type { importFile } from '../../services/imports/import-file.js';
import { isPermanentFailure, type Processor } from '../job-run.js';
import { QueueName, parsePayload } from '../queues.js';
import { jobContext } from '../system-context.js';

export type ImportFileFn = typeof importFile;

export function createImportProcessor({ deps, importFile }: { deps: Deps; importFile: ImportFileFn }): Processor {
  return async (job) => {
    const payload = parsePayload(QueueName.Import, job.data);
    const data = await readFile(payload.filePath).catch((err: unknown) => {
      // A missing file will not appear on a retry.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notFoundError('file', payload.fileName ?? 'upload');
      throw err;
    });
    const cleanUp = () => (payload.deleteAfter ? rm(payload.filePath, { force: true }) : Promise.resolve());
    try {
      await importFile(jobContext(deps, job), {
        instansiKode: payload.instansiKode,
        kind: payload.kind,
        data,
        ...(payload.fileName ? { fileName: payload.fileName } : {}),
      });
    } catch (err) {
      if (job.finalAttempt || isPermanentFailure(err)) await cleanUp();
      throw err;
    }
    await cleanUp();
    job.log.info({ kind: payload.kind }, 'import finished');
  };
}
