/**
 * The PostgreSQL a benchmark measures on: the server `DATABASE_URL` names (a scratch database or instansi may be
 * created there), or a throwaway local server started for the run and stopped after it.
 */
import { startPostgres } from '../tools/local-services.js';

export async function withPostgresServer<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (url) return fn(url);
  const started = await startPostgres();
  if (!started.ok) throw new Error(started.reason);
  try {
    return await fn(started.service.url);
  } finally {
    started.service.stop();
  }
}
