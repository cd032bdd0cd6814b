/**
 * Builds the fastify application (no listen), so tests drive the same app through `inject()`.
 * Plugin order is the dependency order: security, errors, OpenAPI, then encapsulated route plugins.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { wallClock, type Clock } from '../lib/clock.js';
import type { Config } from '../lib/config.js';
import type { Deps } from '../services/deps.js';
import { isAppError } from '../lib/errors.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { answerClientError, errorBody, frameworkError } from './plugins/framework-errors.js';
import { openapiPlugin } from './plugins/openapi.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { healthRoutes } from './routes/health.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
    /** The server's clock: request contexts, sign-in and rate-limit windows read the time from it. */
    clock: Clock;
  }
}

/**
 * Snapshot reads hand every caller the same cached, never-mutated object: validate and serialise it once per route
 * instead of once per request. Fresh objects (everything else) take the normal path.
 */
const memoizingSerializerCompiler: typeof serializerCompiler = (routeSchema) => {
  const serialize = serializerCompiler(routeSchema);
  const memo = new WeakMap<object, string>();
  return (data: unknown) => {
    if (data === null || typeof data !== 'object') return serialize(data);
    const hit = memo.get(data);
    if (hit !== undefined) return hit;
    const json = serialize(data);
    memo.set(data, json);
    return json;
  };
};

/** `TRUST_PROXY` as fastify takes it: a hop count becomes "trust the first n hops". */
function trustProxyOption(setting: Config['TRUST_PROXY']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

export interface BuildServerOptions {
  /** Extra route plugins registered after the core ones (the API, bot webhooks). */
  plugins?: Array<(app: FastifyInstance) => Promise<void>>;
  /** @defaultValue the wall clock */
  clock?: Clock;
}

export async function buildServer(deps: Deps, options: BuildServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: Math.round(deps.config.BODY_LIMIT_MB * 1024 * 1024),
    trustProxy: trustProxyOption(deps.config.TRUST_PROXY),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Malformed percent-encoding and over-long path parameters are refused before routing: counted, and answered
    // in the contract's shape like every other error.
    frameworkErrors: (err, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      let mapped = frameworkError(err);
      try {
        app.rateLimit.admit(request, reply);
      } catch (limited) {
        if (!isAppError(limited)) throw limited;
        mapped = { status: 429, code: limited.code, message: limited.message };
      }
      reply.header('x-request-id', request.id);
      void reply.status(mapped.status).send(errorBody(mapped, request.id));
    },
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(memoizingSerializerCompiler);
  app.decorate('deps', deps);
  app.decorate('clock', options.clock ?? wallClock);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // The Swagger UI needs inline scripts and styles; everything else gets helmet's strict defaults.
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
      },
    },
  });
  await app.register(rateLimitPlugin);
  // Parses the board's session cookie for the API's authentication.
  await app.register(cookie);
  await app.register(errorHandlerPlugin);
  await app.register(openapiPlugin);
  await app.register(healthRoutes);
  for (const plugin of options.plugins ?? []) await app.register(plugin);
  // The app is typed with our pino Logger; callers see the plain fastify instance type.
  return app as unknown as FastifyInstance;
}
