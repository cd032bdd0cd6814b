/** Schemas and documentation pieces every API route shares: error body, path params, pagination, security. */
import { z } from 'zod';
import { InstansiKode, Kode, ReviewRef } from '../../../services/schemas.js';

/** The contract's error body (§5). */
export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  requestId: z.string(),
});

/** Documented error statuses of a route, all in the contract's error body. */
export function errorResponses<const S extends readonly number[]>(...statuses: S): Record<S[number], typeof ErrorResponseSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponseSchema])) as Record<S[number], typeof ErrorResponseSchema>;
}

/** Errors every authenticated route can answer. */
export const COMMON_ERRORS = errorResponses(400, 401, 403, 404);

export const BEARER_SECURITY = [{ bearer: [] }];

export const InstansiParams = z.object({ kode: InstansiKode });

export const ReviewParams = InstansiParams.extend({ id: ReviewRef });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(200).optional(),
});

/** Unit kode filter: a unit subtree of the instansi. */
export const UnitQuery = z.object({ unit: Kode.optional() });
