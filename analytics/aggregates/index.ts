export { gridCounts, distributionByUnit, talentPool, tallyBoxes } from './aggregates.grid.js';
export { transitionMatrix, sameBoxStreaks, moveDirection } from './aggregates.transitions.js';
export { unitSubtree, employeeUnitMap, effectiveBox, placementsInScope } from './aggregates.units.js';
export type {
  BoxHistory,
  BoxHistoryEntry,
  BoxTally,
  GridBox,
  GridCounts,
  MoveDirection,
  Mover,
  PlacementLike,
  SameBoxStreak,
  TalentPoolMember,
  TransitionCell,
  TransitionMatrix,
  UnitDistribution,
} from './aggregates.types.js';
