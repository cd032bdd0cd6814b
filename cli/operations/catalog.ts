/**
 * What the command line can ask of Talenta: each operation is a service verb `(ctx, input) => output`, loaded on
 * first use. A command calls it through an admin session (cli/admin-session.ts): in the running `talenta serve`
 * over the admin channel, or in this process when no server runs. The same table is what the channel serves, so
 * both paths run the same code with the same operator rights.
 */
import type { ServiceContext } from '../../services/context.js';

export type Operation<I, O> = (ctx: ServiceContext, input: I) => Promise<O>;

export const OPERATIONS = {
  'instansi.create': async () => (await import('../../services/instansi/create-instansi.js')).createInstansi,
  'instansi.list': async () => (await import('../../services/instansi/list-instansi.js')).listInstansi,
  import: async () => (await import('../../services/imports/import-file.js')).importFile,
  'import-mapping.show': async () => (await import('../../services/imports/mappings/column-mapping.js')).getColumnMapping,
  'import-mapping.set': async () => (await import('../../services/imports/mappings/column-mapping.js')).putColumnMapping,
  'import-mapping.delete': async () => (await import('../../services/imports/mappings/column-mapping.js')).deleteColumnMapping,
  'review.request': async () => (await import('../../services/reviews/request-review.js')).requestReview,
  'review.get': async () => (await import('../../services/reviews/get-review.js')).getReview,
  'token.create': async () => (await import('../../services/access/tokens/create-token.js')).createToken,
  'token.list': async () => (await import('../../services/access/tokens/list-tokens.js')).listTokens,
  'token.revoke': async () => (await import('../../services/access/tokens/revoke-token.js')).revokeToken,
  'chat.link': async () => (await import('../../services/chat/link-chat-identity.js')).linkChatIdentity,
  'demo.seed': async () => (await import('./seed-demo.operation.js')).seedDemoOperation,
} satisfies Record<string, () => Promise<Operation<never, unknown>>>;

export type OperationName = keyof typeof OPERATIONS;
type Verb<N extends OperationName> = Awaited<ReturnType<(typeof OPERATIONS)[N]>>;
export type OperationInput<N extends OperationName> = Parameters<Verb<N>>[1];
export type OperationOutput<N extends OperationName> = Awaited<ReturnType<Verb<N>>>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}

/** Runs operation `name` with `ctx` in this process. */
export async function runOperation<N extends OperationName>(
  ctx: ServiceContext,
  name: N,
  input: OperationInput<N>,
): Promise<OperationOutput<N>> {
  const verb = (await OPERATIONS[name]()) as Operation<OperationInput<N>, OperationOutput<N>>;
  return verb(ctx, input);
}
