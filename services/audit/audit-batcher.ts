/**
 * Batched audit writer for hot read paths. Rows are queued in memory and written in ONE multi-row insert at most
 * `flushMs` (100 ms) after the first queued row, when `maxBatch` rows are waiting, and on `close()` (the composition
 * root closes it before the database). An insert that fails is logged and its rows are queued again for the next
 * flush (up to `maxPending` rows; beyond that the oldest are dropped and the loss is logged as an error).
 *
 * Trade-off: a process killed hard loses at most the last ~100 ms of read-audit rows. Writes (imports, calibration,
 * policy, …) still audit inside their own transaction via `recordAudit`. Tests that assert on read-audit rows and
 * use a batcher call `flush()` first.
 */
import type { Db } from '../../db/client.js';
import { createAuditRepository, type NewAuditRow } from '../../db/repositories/audit.repository.js';
import type { Logger } from '../../lib/logger.js';

export type AuditRow = NewAuditRow & { at: Date };

export interface AuditBatcher {
  enqueue(row: AuditRow): void;
  /** Writes every queued row; resolves when they are stored (or the failure is logged). */
  flush(): Promise<void>;
  /** Flushes and stops the timer; rows queued afterwards are written straight away. */
  close(): Promise<void>;
}

export interface AuditBatcherOptions {
  db: Db;
  log: Logger;
  /** @defaultValue 100 */
  flushMs?: number;
  /** @defaultValue 500 */
  maxBatch?: number;
  /** @defaultValue 20000 */
  maxPending?: number;
}

export function createAuditBatcher(options: AuditBatcherOptions): AuditBatcher {
  const flushMs = options.flushMs ?? 100;
  const maxBatch = options.maxBatch ?? 500;
  const maxPending = options.maxPending ?? 20_000;
  let queue: AuditRow[] = [];
  let timer: NodeJS.Timeout | null = null;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const repo = createAuditRepository({ db: options.db });

  async function writeQueued(): Promise<void> {
    while (queue.length > 0) {
      const rows = queue.splice(0, maxBatch);
      try {
        await repo.insertMany(rows);
      } catch (err) {
        queue = [...rows, ...queue];
        const dropped = Math.max(0, queue.length - maxPending);
        if (dropped > 0) queue.splice(0, dropped);
        options.log.error({ err, rows: rows.length, dropped }, 'audit batch insert failed; rows kept for the next flush');
        if (!closed) arm();
        return;
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    chain = chain.then(writeQueued);
    return chain;
  }

  function arm(): void {
    if (timer) return;
    timer = setTimeout(() => void flush(), flushMs);
    timer.unref();
  }

  return {
    enqueue(row) {
      queue.push(row);
      if (closed || queue.length >= maxBatch) void flush();
      else arm();
    },
    flush,
    async close() {
      closed = true;
      await flush();
    },
  };
}
