/**
 * helmet's security headers on every answer. Our policy is the same for every request (no per-request nonces), so
 * helmet runs once, at start, against a response that only records what it sets; each request then copies those
 * headers. (Running helmet per request, as the fastify adapter does, rebuilt its middleware and parsed the policy
 * again for every answer: about 17 KB of garbage per request.)
 */
import { IncomingMessage, ServerResponse, type OutgoingHttpHeaders } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with `options`. */
export function securityHeaders(options: Readonly<HelmetOptions>): OutgoingHttpHeaders {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  // helmet 8 throws on invalid options instead of passing them to `next`.
  helmet(options)(request, response, () => undefined);
  return response.getHeaders();
}

export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: Readonly<HelmetOptions>) => {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
});
