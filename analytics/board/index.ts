export { AGE_BANDS, BIG_MOVE_STEPS, BOARD_FLAGS, RETIREMENT_HORIZON_MONTHS, ageBand, boardFlags, gridSteps } from './board.person.js';
export type { AgeBand, BoardFlag, BoardFlagInput } from './board.person.js';
export { boxShares, percentOf, type BoxShare, type GuideStatus } from './board.distribution.js';
export { FAIRNESS_DIMENSIONS, calibrationFairness } from './board.fairness.js';
export type { FairnessDimension, FairnessGroup, FairnessPerson, FairnessTable } from './board.fairness.js';
export { AGENDA_REASONS, agendaOf, type AgendaPerson, type AgendaReason } from './board.agenda.js';
