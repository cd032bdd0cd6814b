/** The committee board's reads: the board (grid, unplaced, people), calibration fairness, agenda, one person. */
export { getBoard } from './get-board.js';
export { getFairness } from './get-fairness.js';
export { getAgenda } from './get-agenda.js';
export { getBoardPerson } from './get-board-person.js';
export * from './schemas.js';
