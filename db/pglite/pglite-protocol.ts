/**
 * Messages between the thread that owns the embedded databases (pglite-host.ts) and the threads that use them
 * (pglite-remote.ts). On the host's parent port: `open` a database or `connect` another port to one. On a
 * database's port: one request, one response, matched by id; transactions are named by the caller.
 */
import type { MessagePort } from 'node:worker_threads';

export type ControlRequest =
  | { id: number; op: 'open'; dbId: number; port: MessagePort; dataDir: string | null; image?: Uint8Array }
  /** `background`: the port's requests wait for the foreground's and run at background priority (a review thread). */
  | { id: number; op: 'connect'; dbId: number; port: MessagePort; background: boolean };

export type ControlResponse = { id: number; ok: true } | { id: number; ok: false; error: SerialisedError };

export interface QueryRequestOptions {
  rowMode?: 'object' | 'array';
  /** Type OIDs returned as their text, unparsed (drizzle asks this for dates, timestamps and intervals). */
  rawTypes?: number[];
}

export type HostRequest =
  | { id: number; op: 'query'; txId?: number; sql: string; params?: unknown[]; options?: QueryRequestOptions }
  | { id: number; op: 'exec'; txId?: number; sql: string }
  /** `COPY … FROM '/dev/blob'` with `data` as the blob (its buffer is transferred, not copied). */
  | { id: number; op: 'copyFrom'; txId?: number; sql: string; data: Uint8Array }
  /** `COPY … TO '/dev/blob'`: answers the blob's bytes (transferred, not copied). */
  | { id: number; op: 'copyTo'; txId?: number; sql: string }
  | { id: number; op: 'begin'; txId: number }
  | { id: number; op: 'commit' | 'rollback'; txId: number }
  | { id: number; op: 'dump' }
  /** Closes the database itself (its owner does this once). */
  | { id: number; op: 'close' };

export type HostResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerialisedError };

/** What survives of an error across threads: the message and PostgreSQL's fields (code = SQLSTATE, …). */
export interface SerialisedError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

const ERROR_FIELDS = ['code', 'detail', 'hint', 'severity', 'position', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'];

export function serialiseError(err: unknown): SerialisedError {
  const e = err instanceof Error ? err : new Error(String(err));
  const fields: Record<string, string | number> = {};
  for (const key of ERROR_FIELDS) {
    const value = (e as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { name: e.name, message: e.message, fields };
}

export function reviveError(s: SerialisedError): Error {
  const err = new Error(s.message);
  err.name = s.name;
  Object.assign(err, s.fields);
  return err;
}

/**
 * Whether `data` is the whole of an ArrayBuffer of its own: only then can its buffer move to the other thread (and be
 * handed on as it is) without taking bytes that other data uses.
 */
export const ownsItsBuffer = (data: Uint8Array): data is Uint8Array<ArrayBuffer> =>
  data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
