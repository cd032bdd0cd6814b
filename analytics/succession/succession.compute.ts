/**
 * The succession engine's entry point: per position the slate, near misses and risk flags, then bench
 * metrics and the retirement projection. Pure and deterministic: the same inputs give the same output.
 */
import { addMonths, fromYmd } from '../domain/dates.js';
import { runSteps, type Steps } from '../domain/steps.js';
import type { PositionRecord } from '../types.js';
import { benchMetrics } from './bench.metrics.js';
import { rumpunKey } from './candidate.facts.js';
import { buildCandidateIndex, querySlate, type CandidateIndex } from './candidate.index.js';
import { retirementProjection } from './retirement.projection.js';
import { unitSuccessionSummaries } from './unit.summaries.js';
import { riskFlags } from './risk.flags.js';
import { emptyOutcome } from './slate.entry.js';
import { isSlateTarget, type SuccessionParams } from './succession.params.js';
import { successionContextBuilder, type SuccessionContext } from './succession.context.js';
import type { PositionSuccession, SuccessionInputs, SuccessionResult } from './succession.types.js';
import { opdByUnit } from './unit.tree.js';

function byKode(a: PositionRecord, b: PositionRecord): number {
  return a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : a.id - b.id;
}

/** Work per step of {@link successionInSteps}: each step stays within a few milliseconds at any scale. */
const EMPLOYEES_PER_STEP = 2_048;
const POSITIONS_PER_STEP = 64;

/**
 * Computes succession for one instansi at `inputs.asOf`.
 *
 * Listed positions: every critical position, plus non-critical ones that are vacant or whose incumbent retires within
 * the risk horizon (risks only). Critical PELAKSANA/FUNGSIONAL positions are listed with their vacancy/retirement
 * risks but no slate (`hasSlate: false`): the rules set gates only for structural targets, and inventing
 * requirements for JF moves would be policy the instansi never agreed to.
 * Positions are ordered by kode.
 */
export function computeSuccession(inputs: SuccessionInputs): SuccessionResult {
  return runSteps(successionInSteps(inputs));
}

/**
 * One position's slate, near misses and risks; null when it is not listed (neither critical nor at risk). A plain
 * function, not part of the generator: the optimiser keeps its locals in registers.
 */
function positionSuccession(
  position: PositionRecord,
  run: { context: SuccessionContext; index: CandidateIndex; opdOfUnit: Map<number, number>; riskCutoff: string; params: SuccessionParams },
): PositionSuccession | null {
  const { context, index, opdOfUnit, riskCutoff, params } = run;
  const holders = context.holdersOf(position.id);
  const incumbentEmployeeId = holders.incumbentEmployeeId;
  const retirementYmd = holders.lastRetirementYmd;
  const incumbentRetirementDate = retirementYmd === null ? null : fromYmd(retirementYmd);
  const hasSlate = position.kritikal && isSlateTarget(position.jenisJabatan);
  const outcome =
    hasSlate && isSlateTarget(position.jenisJabatan)
      ? querySlate({
          index,
          target: position.jenisJabatan,
          place: { opdUnitId: opdOfUnit.get(position.unitId) ?? null, rumpunKey: rumpunKey(position.rumpun) },
          holderEmployeeIndices: holders.employeeIndices,
        })
      : emptyOutcome();
  const risks = riskFlags({
    hasSlate,
    eligibleCount: outcome.eligibleCount,
    readyNowCount: outcome.readyNowCount,
    incumbentEmployeeId,
    incumbentRetirementDate,
    riskCutoff,
    params,
  });
  if (!position.kritikal && risks.length === 0) return null;
  return {
    positionId: position.id,
    kode: position.kode,
    nama: position.nama,
    jenisJabatan: position.jenisJabatan,
    unitId: position.unitId,
    kritikal: position.kritikal,
    incumbentEmployeeId,
    incumbentRetirementDate,
    hasSlate,
    ...outcome,
    risks,
  };
}

/** {@link computeSuccession} in steps: the same result, with a pause possible after every bounded piece of work. */
export function* successionInSteps(inputs: SuccessionInputs): Steps<SuccessionResult> {
  const { asOf, params } = inputs;
  const opdOfUnit = opdByUnit(inputs.units);
  const builder = successionContextBuilder(inputs, opdOfUnit);
  for (let from = 0; from < inputs.employees.length; from += EMPLOYEES_PER_STEP) {
    builder.add(from, Math.min(from + EMPLOYEES_PER_STEP, inputs.employees.length));
    yield;
  }
  const context = builder.finish();
  yield;
  const index = buildCandidateIndex(context);
  yield;
  const riskCutoff = addMonths(asOf, params.riskHorizonMonths);

  const positions: PositionSuccession[] = [];
  const sorted = [...inputs.positions].sort(byKode);
  for (let from = 0; from < sorted.length; from += POSITIONS_PER_STEP) {
    const to = Math.min(from + POSITIONS_PER_STEP, sorted.length);
    for (let k = from; k < to; k++) {
      const listed = positionSuccession(sorted[k]!, { context, index, opdOfUnit, riskCutoff, params });
      if (listed !== null) positions.push(listed);
    }
    yield;
  }
  yield;
  return {
    positions,
    metrics: benchMetrics({ positions, units: inputs.units, params }),
    projection: retirementProjection({ positions, units: inputs.units, asOf, params }),
    unitSummaries: unitSuccessionSummaries({ positions, asOf, params }),
  };
}
