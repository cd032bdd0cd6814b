/**
 * The board's typed API client (openapi-fetch over the generated `schema.d.ts`). Same origin, the session cookie
 * goes along by itself; every write echoes the session's CSRF token.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { operations, paths } from './schema';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD'].includes(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

type Ok<K extends keyof operations> = operations[K]['responses'] extends { 200: { content: { 'application/json': infer T } } }
  ? T
  : never;

export type Session = Ok<'getSession'>;
export type Board = Ok<'getBoard'>;
export type BoardPerson = NonNullable<Board['people']>[number];
export type BoardCell = Board['boxes'][number];
export type PersonDetail = Ok<'getBoardPerson'>;
export type Fairness = Ok<'getCalibrationFairness'>;
export type Agenda = Ok<'getCommitteeAgenda'>;
export type Risks = Ok<'getSuccessionRisks'>;
export type Successors = Ok<'getSuccessors'>;
export type ReviewList = Ok<'listReviews'>;
export type BoardQuery = NonNullable<operations['getBoard']['parameters']['query']>;

/** An API refusal with the server's code and Bahasa Indonesia message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The data of a successful call, or an {@link ApiError} carrying the server's message. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as { error?: { code?: string; message?: string } };
  throw new ApiError(response.status, body.error?.code ?? 'unknown', body.error?.message ?? `Permintaan gagal (HTTP ${response.status})`);
}
