/**
 * The one mapper from errors to HTTP. Body: `{ error: { code, message, details? }, requestId }`.
 * 5xx responses never echo internal text, stacks or SQL.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type ErrorKind } from '../../lib/errors.js';

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
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath}`,
        message: v.message,
      }));
      return reply.status(400).send({
        error: { code: 'validation', message: 'Permintaan tidak valid', details },
        requestId,
      });
    }
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: { message: err.message, code: err.code, cause: err.cause } }, 'unhandled error');
      return reply.status(500).send({
        error: { code: 'internal', message: 'Terjadi kesalahan pada server' },
        requestId,
      });
    }
    const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 429 ? 'rate_limited' : 'bad_request';
    const message =
      status === 413 ? 'Ukuran permintaan melebihi batas'
      : status === 415 ? 'Jenis konten tidak didukung'
      : status === 429 ? 'Terlalu banyak permintaan, coba lagi nanti'
      : err.message;
    return reply.status(status).send({ error: { code, message }, requestId });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'route.not_found', message: `Rute ${request.method} ${request.url.split('?')[0]} tidak ditemukan` },
      requestId: request.id,
    }),
  );
});
