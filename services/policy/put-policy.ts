/**
 * Replaces the talent policy of an instansi. The body (a full policy, a partial override of the defaults, or the
 * document `GET …/policy` returns) is validated by the engine's `parsePolicy`; every problem comes back at once, in
 * Bahasa Indonesia, as a 400.
 * A new version is written only when the resulting policy differs from the one in force; the write is audited.
 * Permission `policy.write`.
 */
import { createPoliciesRepository } from '../../db/repositories/policies.repository.js';
import { isUniqueViolation } from '../../db/repositories/errors.js';
import { parsePolicy } from '../../analytics/policy/index.js';
import { conflictError, validationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { markDataChanged } from '../cache/data-version.js';
import { describeActor, type ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { canonicalJson } from '../reviews/inputs-hash.js';
import { loadPolicyInForce } from './load-policy.js';
import { PolicyViewSchema, type PolicyView, type PutPolicyInput } from './schemas.js';

/** Keys of the document `GET …/policy` returns around the policy itself. */
const VIEW_KEYS: ReadonlySet<string> = new Set(Object.keys(PolicyViewSchema.shape));

/**
 * The policy inside a body: the body itself, or — when the body is the document `GET …/policy` returned (edited and
 * sent back) — its `policy`. A policy has no top-level `policy` key, so the two cannot be confused.
 */
function policyOf(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const keys = Object.keys(body);
  const isView = keys.includes('policy') && keys.every((k) => VIEW_KEYS.has(k));
  return isView ? (body as { policy: unknown }).policy : body;
}

export async function putPolicy(ctx: ServiceContext, input: PutPolicyInput): Promise<PolicyView> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'policy.write');
  const parsed = parsePolicy(policyOf(input.policy));
  if (!parsed.ok) {
    throw validationError(
      `Kebijakan tidak valid: ${parsed.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
      { issues: parsed.issues },
    );
  }
  const db = ctx.deps.dbHandle.db;
  try {
    return await db.transaction(async (tx) => {
      const current = await loadPolicyInForce(tx, instansi.id);
      const view = (version: number, createdAt: Date | null, createdBy: string | null, changed: boolean): PolicyView => ({
        instansi: instansi.kode,
        version,
        policy: parsed.policy,
        createdAt: createdAt?.toISOString() ?? null,
        createdBy,
        changed,
      });
      if (canonicalJson(current.policy) === canonicalJson(parsed.policy)) {
        return view(current.version, current.createdAt, current.createdBy, false);
      }
      const row = await createPoliciesRepository({ db: tx }).insert({
        instansiId: instansi.id,
        version: current.version + 1,
        body: parsed.policy,
        createdBy: describeActor(ctx.actor),
      });
      await markDataChanged(tx, instansi.id, ctx.deps.readCache);
      await recordAudit(ctx, { instansiId: instansi.id, action: 'policy.write', target: `v${row.version}` }, tx);
      return view(row.version, row.createdAt, row.createdBy, true);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflictError('Kebijakan sedang diubah oleh permintaan lain; coba lagi');
    throw err;
  }
}
