/**
 * The admin channel of a running `talenta serve` on the embedded database: HTTP on a Unix socket in a directory
 * only its OS user can enter (`DATA_DIR/admin/`, mode 0700; the socket itself 0600). The command line of the same
 * user sends operations here (cli/operations/catalog.ts) and the server runs them on its own database, queue and
 * caches with operator rights, so a token created or revoked, a file imported or a review requested takes effect
 * in the server at once. Anyone who can enter the directory can already read the database files, so the
 * directory's permissions are the whole authentication.
 *
 * `POST /operations/<name>` with the input as JSON (cli/admin-channel/codec.ts) → 200 `{ result }`, or an error
 * status with `{ error: { kind, code, message, details? } }`.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { failureFields, isAppError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { Deps } from '../../services/deps.js';
import { cliContext } from '../cli-context.js';
import { failureLine } from '../failure-line.js';
import { isOperationName, runOperation } from '../operations/catalog.js';
import { OPERATIONS_PATH } from './admin-paths.js';
import { decodeMessage, encodeMessage } from './codec.js';

/** Unix socket paths are limited to ~104–108 bytes; longer DATA_DIRs get a private temporary directory instead. */
const MAX_SOCKET_PATH = 100;
/** An imported file travels base64-encoded in one JSON string, which V8 caps at about 512 MiB. */
const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;

export interface AdminChannel {
  socketPath: string;
  close(): Promise<void>;
}

/** A directory only this user can enter, and the socket path in it. */
function privateSocketPath(dataDir: string): { path: string; temporaryDir: string | null } {
  const dir = join(dataDir, 'admin');
  const path = join(dir, 'talenta.sock');
  if (Buffer.byteLength(path) <= MAX_SOCKET_PATH) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    // Only the owner of the data directory's lock gets here: a socket file left by a killed server is stale.
    rmSync(path, { force: true });
    return { path, temporaryDir: null };
  }
  const temporaryDir = mkdtempSync(join(tmpdir(), 'talenta-admin-'));
  return { path: join(temporaryDir, 'talenta.sock'), temporaryDir };
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_MESSAGE_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = encodeMessage(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export async function startAdminChannel(args: { deps: Deps; dataDir: string; log: Logger }): Promise<AdminChannel> {
  const log = args.log.child({ component: 'admin-channel' });
  const { path, temporaryDir } = privateSocketPath(args.dataDir);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const name = request.url?.startsWith(OPERATIONS_PATH) ? request.url.slice(OPERATIONS_PATH.length) : '';
    if (request.method !== 'POST' || !isOperationName(name)) {
      send(response, 404, { error: { kind: 'NOT_FOUND', code: 'operation.not_found', message: `operasi "${name}" tidak dikenal` } });
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      send(response, 413, { error: { kind: 'VALIDATION', code: 'message.too_large', message: 'berkas terlalu besar untuk dikirim ke server (maks. 380 MB)' } });
      return;
    }
    const requestId = randomUUID();
    try {
      const result = await runOperation(cliContext({ deps: args.deps, log }, requestId), name, decodeMessage(body) as never);
      send(response, 200, { result });
    } catch (err) {
      if (isAppError(err) || (err instanceof Error && err.name === 'ZodError')) {
        const kind = isAppError(err) ? err.kind : 'VALIDATION';
        const code = isAppError(err) ? err.code : 'validation';
        const details = isAppError(err) ? err.details : undefined;
        send(response, 422, { error: { kind, code, message: failureLine(err).message, ...(details === undefined ? {} : { details }) } });
        return;
      }
      log.error({ operation: name, requestId, ...failureFields(err) }, 'admin operation failed');
      send(response, 500, { error: { kind: 'INTERNAL', code: 'internal', message: `kesalahan di server (permintaan ${requestId}); lihat log server` } });
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((err: unknown) => {
      log.error({ ...failureFields(err) }, 'admin request not answered');
      response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  log.debug({ socket: path }, 'admin channel listening');
  return {
    socketPath: path,
    /** Stops accepting; an operation under way (an import, say) finishes and is answered first. */
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      rmSync(temporaryDir ?? path, { recursive: true, force: true });
    },
  };
}
