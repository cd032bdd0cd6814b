/**
 * Drops keys whose value is `undefined`, so optional query filters reach services as absent rather than as
 * explicit `undefined` (services treat the two alike, but their input types may be exact).
 */
export function definedOnly<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
