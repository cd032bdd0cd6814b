/**
 * Redis connections of the BullMQ adapter, and the one rule for an unreachable Redis: a caller waits at most
 * {@link CONNECT_TIMEOUT_MS} and then gets one clear error, never a wait until Redis returns.
 */
import { Redis } from 'ioredis';
import { preconditionError } from '../../lib/errors.js';

export const CONNECT_TIMEOUT_MS = 5_000;

/** Workers: BullMQ needs `maxRetriesPerRequest: null` so blocking commands survive reconnects. */
export function connectWorker(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * Producers (enqueue, schedules): a command sent while Redis is away fails after one reconnect attempt instead of
 * waiting for Redis forever, so an API request or a CLI command answers.
 */
export function connectProducer(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: CONNECT_TIMEOUT_MS });
}

/** `host:port` of a Redis URL, for messages (never the password). */
export function redisAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}

export function unreachableError(url: string) {
  return preconditionError(`Redis di ${redisAddress(url)} tidak dapat dihubungi; antrean tugas tidak tersedia`);
}

/** Resolves once `connection` is ready; rejects with {@link unreachableError} after `timeoutMs`. */
export async function whenReady(connection: Redis, url: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  if (connection.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      connection.off('ready', onReady);
      reject(unreachableError(url));
    }, timeoutMs);
    connection.once('ready', onReady);
  });
}

/** Checks that Redis answers, on a connection of its own, so a command can fail before it starts any work. */
export async function probeRedis(url: string): Promise<void> {
  const connection = connectProducer(url);
  // Reconnect errors are the expected outcome of a probe that fails; the rejection below reports it.
  connection.on('error', () => {});
  try {
    await whenReady(connection, url);
  } finally {
    connection.disconnect();
  }
}
