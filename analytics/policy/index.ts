export { PolicySchema, type Policy } from './policy.schema.js';
export { DEFAULT_POLICY } from './policy.defaults.js';
export {
  parsePolicy,
  deepMerge,
  type ParsePolicyResult,
  type PolicyIssue,
  type PolicyOverride,
  type DeepPartial,
} from './policy.parse.js';
export { retirementAgeFor, talentPoolBoxes } from './policy.lookup.js';
