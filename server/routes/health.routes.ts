/** Liveness and readiness probes; no authentication. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const HealthResponse = z.object({ status: z.literal('ok') });
const ReadyResponse = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ database: z.enum(['ok', 'down']), queue: z.enum(['ok', 'down', 'in-process']) }),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  // Probes are never rate limited: a load balancer sharing an address with refused clients must still see us.
  const probe = { rateLimited: false };
  app.get(
    '/health',
    { config: probe, schema: { tags: ['system'], security: [], response: { 200: HealthResponse } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    { config: probe, schema: { tags: ['system'], security: [], response: { 200: ReadyResponse, 503: ReadyResponse } } },
    async (request, reply) => {
      const { deps } = app;
      const database = await deps.dbHandle
        .ping()
        .then(() => 'ok' as const)
        .catch((err: unknown) => {
          request.log.warn({ err: { message: (err as Error).message } }, 'database not ready');
          return 'down' as const;
        });
      const queue = deps.queueHealth ? await deps.queueHealth() : ('in-process' as const);
      const ready = database === 'ok' && queue !== 'down';
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks: { database, queue } });
    },
  );
};
