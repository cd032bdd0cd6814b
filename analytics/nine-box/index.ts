export {
  computePlacements,
  placeEmployees,
  type ComputePlacementsArgs,
  type KinerjaYear,
  type PlacedEmployees,
} from './nine-box.compute.js';
export { joinPlacedPages } from './nine-box.pages.js';
export {
  employeeExplanation,
  explanationConstants,
  joinExplanation,
  type EmployeeExplanation,
  type ExplanationConstants,
} from './nine-box.explanation-parts.js';
export { annualPredikatWindow, isPreferredAnnual } from './nine-box.kinerja.js';
export { round2 } from './nine-box.rounding.js';
export { boxLabel, boxRecommendations, cellOfBox, gridLayout, type BoxCell, type GridLayout } from './nine-box.labels.js';
export type {
  AnnualPredikat,
  AssessmentUsed,
  AxisGap,
  AxisResult,
  Counterfactual,
  DateWindow,
  Explanation,
  KinerjaExplanation,
  PenaltyConsidered,
  Placement,
  PlacementCore,
  PlacementFlag,
  PotensialExplanation,
  TrainingCounted,
} from './nine-box.types.js';
export {
  computePlacementColumns,
  FLAG_SATU_TAHUN,
  KINERJA_LEVELS,
  POTENSIAL_LEVELS,
  UNRATED_ASESMEN_KEDALUWARSA,
  UNRATED_ASESMEN_TIDAK_ADA,
  UNRATED_KINERJA_TIDAK_ADA,
  type ComputePlacementColumnsArgs,
  type PlacementColumns,
} from './nine-box.columns.js';
