/**
 * The policy in force for an instansi: its newest stored version, else the built-in default (version 0).
 * Stored bodies are validated again when read back, so a policy written by an older release cannot slip through.
 */
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../analytics/policy/index.js';
import type { Db } from '../../db/client.js';
import { createPoliciesRepository } from '../../db/repositories/policies.repository.js';
import { createReviewConstantsRepository } from '../../db/repositories/review-constants.repository.js';

/** Version number reported for the built-in default policy (no version stored yet). */
export const DEFAULT_POLICY_VERSION = 0;

export interface PolicyInForce {
  policy: Policy;
  version: number;
  createdAt: Date | null;
  createdBy: string | null;
}

export async function loadPolicyInForce(db: Db, instansiId: number): Promise<PolicyInForce> {
  const row = await createPoliciesRepository({ db }).findLatest(instansiId);
  if (!row) return { policy: DEFAULT_POLICY, version: DEFAULT_POLICY_VERSION, createdAt: null, createdBy: null };
  const parsed = parsePolicy(row.body);
  if (!parsed.ok) {
    throw new Error(`stored policy version ${row.version} of instansi ${instansiId} is invalid`);
  }
  return { policy: parsed.policy, version: row.version, createdAt: row.createdAt, createdBy: row.createdBy };
}

/**
 * The policy a review was computed with: the resolved policy stored with its snapshot, so a later release with
 * other defaults reads an old review as it was computed. A review completed by an earlier release stored only its
 * version: that version's body (the built-in default for version 0).
 */
export async function loadReviewPolicy(
  db: Db,
  review: { id: string; instansiId: number; policyVersion: number | null },
): Promise<Policy> {
  const stored = await createReviewConstantsRepository({ db }).findPolicy(review.id);
  if (stored !== null) return checked(stored, `policy of review ${review.id}`);
  const version = review.policyVersion;
  if (version === null || version === DEFAULT_POLICY_VERSION) return DEFAULT_POLICY;
  const row = await createPoliciesRepository({ db }).findVersion(review.instansiId, version);
  if (!row) throw new Error(`policy version ${version} of instansi ${review.instansiId} is missing`);
  return checked(row.body, `stored policy version ${version} of instansi ${review.instansiId}`);
}

function checked(body: unknown, what: string): Policy {
  const parsed = parsePolicy(body);
  if (!parsed.ok) throw new Error(`${what} is invalid`);
  return parsed.policy;
}
