/**
 * The server the hostile suite attacks: the whole API (`apiRoutes`) on a fresh database, two instansi each with its
 * own people (no shared NIP or name) imported through the API and reviewed, every log line kept in memory at
 * `trace` level for the log grep, and `TRUST_PROXY` on so each case can come from its own client address.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import fp from 'fastify-plugin';
import { createLogger } from '../../../lib/logger.js';
import { apiRoutes } from '../../../server/routes/api/index.js';
import { runReview } from '../../../services/reviews/run-review.js';
import { runnerCtx } from '../../factories/context.factory.js';
import { INSTANSI, OTHER_INSTANSI, startApi, type ApiHarness } from '../../api/helpers/api-harness.js';
import { createCapturingQueue } from '../../api/helpers/talent-seed.js';
import { population, type Population } from './population.js';

export const AS_OF = '2026-01-15';
export const HOME = `/api/v1/instansi/${INSTANSI}`;
export const OTHER = `/api/v1/instansi/${OTHER_INSTANSI}`;

export interface RouteEntry {
  method: string;
  url: string;
}

export interface HostileApi extends ApiHarness {
  /** Every log line written so far (JSON). */
  logs: string[];
  /**
   * Text that must never reach a log: every NIP and name of both populations and every token; tests add the
   * reasons and ids they send.
   */
  sensitive: string[];
  home: Population;
  other: Population;
  homeReviewId: string;
  /** Every route registered inside the API plugin, as fastify declares them (`/api/v1/instansi/:kode/…`). */
  routes: RouteEntry[];
  /** Runs the review jobs the API queued. */
  runQueued(): Promise<void>;
  /** A request from a client address of its own (`x-forwarded-for`), so rate-limit budgets do not mix. */
  send(token: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** One read of the other instansi by its own ADMIN: status and milliseconds. */
  neighbourRead(): Promise<{ status: number; ms: number }>;
}

let clientCounter = 0;
/** A fresh client address per call: 10.x.y.z. */
export function freshClientIp(): string {
  clientCounter++;
  return `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
}

export async function startHostileApi(options: { config?: Record<string, string> } = {}): Promise<HostileApi> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = createLogger({ level: 'trace', pretty: false, destination: sink });
  const routes: RouteEntry[] = [];
  const recordRoutes = fp(async (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url });
    });
  });
  const { jobs, queue } = createCapturingQueue();
  const api = await startApi('pglite', {
    plugins: [recordRoutes, apiRoutes],
    config: { TRUST_PROXY: 'true', LOG_LEVEL: 'trace', ...options.config },
    deps: { log, queue },
  });
  const runQueued = async () => {
    while (jobs.length > 0) await runReview(runnerCtx(api.deps), { reviewId: jobs.shift()!.reviewId });
  };
  const send = (token: string | null, request: InjectOptions) =>
    api.call(token, { ...request, headers: { 'x-forwarded-for': freshClientIp(), ...(request.headers ?? {}) } });

  const home = population(0);
  const other = population(1);
  const reviewIds: string[] = [];
  for (const [base, token, people] of [[HOME, api.tokens.ADMIN, home], [OTHER, api.otherAdminToken, other]] as const) {
    for (const { kind, body } of people.csv) {
      const res = await send(token, { method: 'POST', url: `${base}/imports/${kind}`, headers: { 'content-type': 'text/csv' }, payload: body });
      if (res.statusCode !== 200 || res.json().rejected.length > 0) throw new Error(`seed ${kind}: ${res.body}`);
    }
    const res = await send(token, { method: 'POST', url: `${base}/reviews`, payload: { asOf: AS_OF } });
    if (res.statusCode !== 202) throw new Error(`seed review: ${res.body}`);
    reviewIds.push(res.json().reviewId as string);
    await runQueued();
  }

  const people = [...home.people, ...other.people];
  return {
    ...api,
    logs,
    sensitive: [...people.map((p) => p.nip), ...people.map((p) => p.nama), ...Object.values(api.tokens), api.otherAdminToken],
    home,
    other,
    homeReviewId: reviewIds[0]!,
    routes: routes.filter((r) => r.url.startsWith('/api/v1')),
    runQueued,
    send,
    async neighbourRead() {
      const started = performance.now();
      const res = await send(api.otherAdminToken, { method: 'GET', url: `${OTHER}/reviews/latest/nine-box` });
      return { status: res.statusCode, ms: performance.now() - started };
    },
  };
}
