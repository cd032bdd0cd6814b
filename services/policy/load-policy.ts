/**
 * The policy in force for an instansi: its newest stored version, else the built-in default (version 0).
 * Stored bodies are validated again when read back, so a policy written by an older release cannot slip through.
 */
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../analytics/policy/index.js';
import type { Db } from '../../db/client.js';
import { createPoliciesRepository } from '../../db/repositories/policies.repository.js';

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

/** Policy of a given version (reviews remember theirs); falls back to the default for version 0. */
export async function loadPolicyVersion(db: Db, instansiId: number, version: number | null): Promise<Policy> {
  if (version === null || version === DEFAULT_POLICY_VERSION) return DEFAULT_POLICY;
  const row = await createPoliciesRepository({ db }).findVersion(instansiId, version);
  if (!row) throw new Error(`policy version ${version} of instansi ${instansiId} is missing`);
  const parsed = parsePolicy(row.body);
  if (!parsed.ok) throw new Error(`stored policy version ${version} of instansi ${instansiId} is invalid`);
  return parsed.policy;
}
