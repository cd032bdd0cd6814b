/**
 * Builds an instansi's policy from the defaults and a partial override (the stored or submitted JSON). Every field
 * problem is reported at once so an admin can fix a policy in one round trip; the cross-field rules run once the
 * fields themselves are valid, since they compare values that must first be numbers.
 */
import { DEFAULT_POLICY, deepFreeze } from './policy.defaults.js';
import { policyErrorMessage } from './policy.messages.js';
import { PolicySchema, type Policy } from './policy.schema.js';

/** A policy override: any subset of the policy, nested. Arrays replace the default array whole. */
export type PolicyOverride = DeepPartial<Policy>;

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export interface PolicyIssue {
  /** Dotted path of the offending value, e.g. `kinerja.thresholds.diAtas` (empty for the whole object). */
  path: string;
  message: string;
}

export type ParsePolicyResult = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Overlays `override` on `base`: plain objects merge key by key, anything else (numbers, strings, arrays, null)
 * replaces the base value, and `undefined` keeps it. Keys are defined, not assigned, so a `__proto__` key in
 * untrusted JSON stays an ordinary (and then rejected) key instead of changing the result's prototype.
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = {};
  const define = (key: string, value: unknown): void => {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  };
  for (const key of Object.keys(base)) define(key, base[key]);
  for (const key of Object.keys(override)) define(key, deepMerge(base[key], override[key]));
  return out;
}

/**
 * Merges a partial override onto {@link DEFAULT_POLICY} and validates the result, including the cross-field rules
 * (upper threshold above the middle one, weights summing to 1, a complete box table).
 * @param override - a subset of the policy (typically parsed JSON); `undefined` or `{}` gives the defaults
 * @returns the frozen policy, or every issue with its dotted path and a message in Bahasa Indonesia
 */
export function parsePolicy(override: unknown = {}): ParsePolicyResult {
  if (override !== undefined && !isPlainObject(override)) {
    return { ok: false, issues: [{ path: '', message: 'kebijakan harus berupa objek' }] };
  }
  const merged = deepMerge(DEFAULT_POLICY, override);
  const result = PolicySchema.safeParse(merged, { error: policyErrorMessage });
  if (result.success) return { ok: true, policy: deepFreeze(result.data) };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
