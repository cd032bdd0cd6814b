/**
 * Rate limits that count every request, before authentication or routing can turn it away:
 * - each request counts against its credential's budget (`RATE_LIMIT_MAX` per minute per bearer token, so users
 *   behind one proxy do not share one budget) or, without a credential, against its client address;
 * - failed authentications count against the client address; past `RATE_LIMIT_AUTH_FAILURES` per minute that address
 *   is refused before its tokens are hashed and looked up.
 * The client address is `request.ip`, which follows `TRUST_PROXY`. Routes opt out with `config: { rateLimited: false }`
 * (the health probes). Counters live in the process: each API instance limits on its own.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/errors.js';
import { hashToken } from '../../services/access/tokens/token-secret.js';
import { presentedCredential } from './auth.js';
import { createWindowCounter } from './window-counter.js';

declare module 'fastify' {
  interface FastifyInstance {
    rateLimit: RateLimit;
  }
  interface FastifyContextConfig {
    /** false: the route is not rate limited (health probes). */
    rateLimited?: boolean;
  }
}

export interface RateLimit {
  /** Counts the request; throws 429 when its budget, or its address's failed-authentication budget, is spent. */
  admit(request: FastifyRequest, reply: FastifyReply): void;
  /** Counts a failed authentication against the request's client address. */
  recordAuthFailure(request: FastifyRequest): void;
}

const WINDOW_MS = 60_000;
const MAX_KEYS = 100_000;

function rateLimited(message: string): AppError {
  return new AppError({ kind: 'RATE_LIMITED', code: 'rate_limited', message });
}

/** Budget key of a request: its credential (hashed, never kept in clear) or its client address. */
function budgetKey(request: FastifyRequest): string {
  const credential = presentedCredential(request);
  return credential ? `credential:${hashToken(credential)}` : `ip:${request.ip}`;
}

/** @param options.now - the time in milliseconds (the server's clock) */
export function createRateLimit(options: { max: number; authFailures: number; now: () => number }): RateLimit {
  const requests = createWindowCounter({ windowMs: WINDOW_MS, maxKeys: MAX_KEYS });
  const failures = createWindowCounter({ windowMs: WINDOW_MS, maxKeys: MAX_KEYS });
  const retryAfter = (reply: FastifyReply, resetAt: number, now: number) =>
    reply.header('retry-after', String(Math.max(1, Math.ceil((resetAt - now) / 1000))));
  return {
    admit(request, reply) {
      if (request.routeOptions.config?.rateLimited === false) return;
      const now = options.now();
      const failed = failures.peek(`ip:${request.ip}`, now);
      if (failed.count >= options.authFailures) {
        retryAfter(reply, failed.resetAt, now);
        throw rateLimited('Terlalu banyak autentikasi yang gagal dari alamat ini; coba lagi nanti');
      }
      const counted = requests.hit(budgetKey(request), now);
      if (counted.count > options.max) {
        retryAfter(reply, counted.resetAt, now);
        throw rateLimited('Terlalu banyak permintaan; coba lagi nanti');
      }
    },
    recordAuthFailure(request) {
      failures.hit(`ip:${request.ip}`, options.now());
    },
  };
}

export const rateLimitPlugin = fp(async (app: FastifyInstance) => {
  const limit = createRateLimit({
    max: app.deps.config.RATE_LIMIT_MAX,
    authFailures: app.deps.config.RATE_LIMIT_AUTH_FAILURES,
    now: () => app.clock().getTime(),
  });
  app.decorate('rateLimit', limit);
  app.addHook('onRequest', async (request, reply) => limit.admit(request, reply));
});
