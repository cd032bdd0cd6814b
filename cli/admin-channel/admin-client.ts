/**
 * The command line's side of the admin channel: sends one operation to the running server's socket and returns
 * its result, or rethrows the server's failure as the same `AppError` a local run would have thrown. A connection
 * that breaks before the answer is never taken for success.
 */
import { request } from 'node:http';
import { AppError, type ErrorKind } from '../../lib/errors.js';
import { CliError } from '../cli-error.js';
import { OPERATIONS_PATH } from './admin-paths.js';
import { decodeMessage, encodeMessage } from './codec.js';

interface Answer {
  result?: unknown;
  error?: { kind: ErrorKind; code: string; message: string; details?: unknown };
}

export async function callServer(socketPath: string, server: string, operation: string, input: unknown): Promise<unknown> {
  const body = encodeMessage(input ?? null);
  const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        socketPath,
        method: 'POST',
        path: `${OPERATIONS_PATH}${operation}`,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  }).catch((err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ENOENT') {
      throw new CliError(`${server} tidak menjawab di kanal admin (${socketPath}); periksa apakah server masih berjalan`);
    }
    throw new CliError(
      `Sambungan ke ${server} terputus sebelum ada jawaban (${code ?? (err as Error).message}); ` +
        'periksa hasilnya (mis. `talenta token list`) sebelum mengulang',
    );
  });
  const parsed = decodeMessage(answer.text) as Answer;
  if (answer.status === 200) return parsed.result;
  const error = parsed.error ?? { kind: 'INTERNAL', code: 'internal', message: `jawaban server tidak dikenal (HTTP ${answer.status})` };
  throw new AppError(error);
}
