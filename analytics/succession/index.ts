/**
 * Public API of the succession engine.
 */
export { computeSuccession, successionInSteps } from './succession.compute.js';
export { benchMetrics } from './bench.metrics.js';
export { retirementProjection } from './retirement.projection.js';
export { subtreeBench, subtreeProjection, unitSuccessionSummaries } from './unit.summaries.js';
export { riskFlags } from './risk.flags.js';
export { explainCandidacy, scanPositionCandidates, type CandidacyExplanation } from './candidate.scan.js';
export { evaluateGates, GATE_LABELS, GATES, type GateInput } from './gates/index.js';
export { assessJalur, type JalurAssessment } from './gates/jalur.gate.js';
export { buildCandidateFacts, factsContext, type CandidateFacts, type FactsContext } from './candidate.facts.js';
export { bupFor, retirementDate } from './retirement.rules.js';
export { compareForSlate, kesesuaianOf, readinessOf, type TargetPlace } from './slate.rank.js';
export { opdByUnit, subtreeUnitIds } from './unit.tree.js';
export type { SlateOutcome } from './slate.entry.js';
export {
  DEFAULT_SUCCESSION_PARAMS,
  SLATE_TARGETS,
  isSlateTarget,
  successionParamsFromPolicy,
  type JalurRule,
  type JalurSource,
  type SlateTarget,
  type SuccessionParams,
} from './succession.params.js';
export * from './succession.types.js';
