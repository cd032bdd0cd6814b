/**
 * The per-position answer shared by the indexed search and the reference scan, so both build identical objects.
 */
import type { Box } from '../domain/enums.js';
import type { CandidateFacts } from './candidate.facts.js';
import { assessJalur } from './gates/jalur.gate.js';
import { kesesuaianOf, readinessOf, type TargetPlace } from './slate.rank.js';
import type { SlateTarget, SuccessionParams } from './succession.params.js';
import type { GateResult, NearMiss, SlateEntry } from './succession.types.js';

/** Eligible successors, slate and near misses of one position. */
export interface SlateOutcome {
  eligibleCount: number;
  readyNowCount: number;
  slate: SlateEntry[];
  nearMissCount: number;
  nearMisses: NearMiss[];
}

/** An empty outcome for positions without a slate. */
export function emptyOutcome(): SlateOutcome {
  return { eligibleCount: 0, readyNowCount: 0, slate: [], nearMissCount: 0, nearMisses: [] };
}

/** One slate row; `candidate` has passed every gate, so its box and route are known. */
export function toSlateEntry({
  rank,
  candidate,
  gates,
  target,
  place,
  params,
}: {
  rank: number;
  candidate: CandidateFacts;
  gates: GateResult[];
  target: SlateTarget;
  place: TargetPlace;
  params: SuccessionParams;
}): SlateEntry {
  const box = candidate.box as Box;
  return {
    rank,
    employeeId: candidate.employeeId,
    nip: candidate.nip,
    readiness: readinessOf({ box, params }),
    jenis: assessJalur({ candidate, target, params }).jenis ?? 'PROMOSI',
    kesesuaian: kesesuaianOf({ candidate, target: place }),
    nilaiTalenta: candidate.nilaiTalenta,
    box,
    gates,
  };
}

/** One near-miss row from the single failed gate. */
export function toNearMiss({ candidate, failed }: { candidate: CandidateFacts; failed: GateResult }): NearMiss {
  return {
    employeeId: candidate.employeeId,
    nip: candidate.nip,
    box: candidate.box as Box,
    gate: failed.gate,
    reason: failed.reason,
  };
}
