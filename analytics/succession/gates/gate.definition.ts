/**
 * What a succession gate is: one unit with a name, a label for people, the explained check (a result with a
 * Bahasa Indonesia reason naming the compared values) and the same predicate compiled over the candidate columns for
 * the index. Gates are registered in `index.ts`; adding one means its file, its policy field and its test.
 */
import type { CandidateColumns } from '../candidate.columns.js';
import type { CandidateFacts } from '../candidate.facts.js';
import type { SlateTarget, SuccessionParams } from '../succession.params.js';

/** What every gate reads: the candidate's facts, the target jenis, asOf and the parameters. */
export interface GateInput {
  candidate: CandidateFacts;
  target: SlateTarget;
  asOf: string;
  params: SuccessionParams;
}

export interface GateOutcome<N extends string> {
  gate: N;
  passed: boolean;
  reason: string;
}

export interface GateDefinition<N extends string> {
  name: N;
  /** How bots and the committee pack name the gate. */
  label: string;
  /**
   * False when the policy leaves the gate off for this target: it is then neither evaluated nor listed.
   * @defaultValue always on
   */
  appliesTo?: (target: SlateTarget, params: SuccessionParams) => boolean;
  /** The check with its reason, for the rows that are shown. */
  evaluate: (input: GateInput) => GateOutcome<N>;
  /**
   * The same predicate over the pool's columns with the target's thresholds resolved once: the returned function
   * answers true when row `row` FAILS. It runs for every (candidate, target jenis) pair, millions of times
   * nationally; the index property test keeps it equal to `evaluate`.
   */
  compile: (target: SlateTarget, params: SuccessionParams) => (cols: CandidateColumns, row: number) => boolean;
}

/** Identity that keeps the gate's name as a literal type. */
export function defineGate<const N extends string>(gate: GateDefinition<N>): GateDefinition<N> {
  return gate;
}
