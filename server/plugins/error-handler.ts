/**
 * The one mapper from errors to HTTP. Body: `{ error: { code, message, details? }, requestId }`, messages in Bahasa
 * Indonesia. Application errors keep their code and message; fastify's own errors are mapped by
 * `framework-errors.ts`; 5xx responses never echo internal text, stacks or SQL.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type ErrorKind } from '../../lib/errors.js';
import { errorBody, frameworkError } from './framework-errors.js';

const STATUS: Readonly<Record<ErrorKind, number>> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  PRECONDITION_FAILED: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Longest piece of an unknown path echoed back in a 404. */
const MAX_ECHOED_PATH = 200;

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const requestId = request.id;
    if (isAppError(err)) {
      const status = STATUS[err.kind];
      if (status >= 500) request.log.error({ err }, 'application error');
      const body: Record<string, unknown> = { code: err.code, message: err.message };
      if (err.details !== undefined) body.details = err.details;
      return reply.status(status).send({ error: body, requestId });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // zod's messages are in Bahasa Indonesia (lib/zod-indonesian.ts); the path says which part of the request.
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath}`,
        message: v.message,
      }));
      return reply.status(400).send({
        error: { code: 'validation', message: 'Permintaan tidak valid', details },
        requestId,
      });
    }
    const mapped = frameworkError(err);
    if (mapped.status >= 500) request.log.error({ err }, 'unhandled error');
    return reply.status(mapped.status).send(errorBody(mapped, requestId));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = (request.url.split('?', 1)[0] ?? '').slice(0, MAX_ECHOED_PATH);
    return reply.status(404).send({
      error: { code: 'route.not_found', message: `Rute ${request.method} ${path} tidak ditemukan` },
      requestId: request.id,
    });
  });
});
