/**
 * The succession benchmark's referee: checks the engine's answers against the raw national records and times the
 * per-position pool scan that is its baseline (see succession.bench.ts).
 */
import type { DisciplineRecord, EmployeeRecord, PositionRecord } from '../analytics/types.js';
import {
  buildCandidateFacts,
  compareForSlate,
  evaluateGates,
  factsContext,
  isSlateTarget,
  opdByUnit,
  type CandidateFacts,
  type GateResult,
  type PositionSuccession,
  type SlateTarget,
  type SuccessionInputs,
  type SuccessionParams,
} from '../analytics/succession/index.js';
import { compileGateMask } from '../analytics/succession/gates/index.js';
import { toColumns } from '../analytics/succession/candidate.columns.js';
import { rumpunKey } from '../analytics/succession/candidate.facts.js';
import { effectiveBox } from '../analytics/domain/effective-box.js';
import { assertBench } from './bench-row.js';

interface Checked {
  slateEntries: number;
  nearMissRows: number;
}

/**
 * Checks engine answers against the raw national records. `check` verifies counts and risk flags of every listed
 * position and, when `full`, recomputes every slate entry's and near miss's gates from the records and the slate
 * order; `baseline` times a per-position scan of the whole talent pool on `sample` positions and cross-checks them.
 * Every failure throws (assertBench). Ids are dense 1..N in this workload, so arrays serve as lookups.
 */
export function createValidator(inputs: SuccessionInputs) {
  const opd = opdByUnit(inputs.units);
  const byEmployee = new Map<number, DisciplineRecord[]>();
  for (const d of inputs.discipline) (byEmployee.get(d.employeeId) ?? byEmployee.set(d.employeeId, []).get(d.employeeId))?.push(d);
  const ctx = factsContext(inputs.asOf, inputs.params);
  const facts = (employeeId: number): CandidateFacts => {
    const employee = inputs.employees[employeeId - 1] as EmployeeRecord;
    const position = inputs.positions[employee.positionId - 1] as PositionRecord;
    return buildCandidateFacts({
      employee,
      position,
      opdUnitId: opd.get(position.unitId) ?? null,
      placement: inputs.placements[employeeId - 1],
      annualPredikat: inputs.annualPredikat.get(employeeId),
      discipline: byEmployee.get(employeeId),
      ctx,
    });
  };
  const factsMemo = new Map<number, CandidateFacts>();
  const factsOf = (id: number): CandidateFacts => {
    const known = factsMemo.get(id);
    if (known) return known;
    const fresh = facts(id);
    factsMemo.set(id, fresh);
    return fresh;
  };
  const gatesMemo = new Map<string, string>();
  const gatesOf = (id: number, target: SlateTarget) => {
    const key = `${id}:${target}`;
    let g = gatesMemo.get(key);
    if (g === undefined) {
      g = JSON.stringify(evaluateGates({ candidate: factsOf(id), target, asOf: inputs.asOf, params: inputs.params }));
      gatesMemo.set(key, g);
    }
    return g;
  };
  const placeOf = (ps: PositionSuccession) => ({
    opdUnitId: opd.get(ps.unitId) ?? null,
    rumpunKey: rumpunKey(inputs.positions[ps.positionId - 1]?.rumpun ?? null),
  });

  function check(positions: readonly PositionSuccession[], params: SuccessionParams, full: boolean): Checked {
    let slateEntries = 0;
    let nearMissRows = 0;
    const limit = params.slateLimit;
    for (const ps of positions) {
      const where = `position ${ps.kode}`;
      assertBench(ps.risks.includes('KOSONG') === (ps.incumbentEmployeeId === null), `${where}: KOSONG`);
      if (!ps.hasSlate) {
        assertBench(ps.slate.length === 0 && ps.eligibleCount === 0, `${where}: slate without a structural target`);
        continue;
      }
      const target = ps.jenisJabatan;
      assertBench(isSlateTarget(target), `${where}: slate for ${target}`);
      assertBench(ps.slate.length === Math.min(limit, ps.eligibleCount), `${where}: slate length`);
      assertBench(ps.readyNowCount <= ps.eligibleCount, `${where}: ready-now count`);
      const readyOnSlate = ps.slate.filter((x) => x.readiness === 'SIAP_SEKARANG').length;
      assertBench(readyOnSlate === Math.min(limit, ps.readyNowCount), `${where}: ready-now entries`);
      assertBench(ps.risks.includes('TANPA_SIAP_SEKARANG') === (ps.readyNowCount === 0), `${where}: TANPA_SIAP_SEKARANG`);
      assertBench(ps.risks.includes('BANGKU_TIPIS') === (ps.eligibleCount < params.benchThreshold), `${where}: BANGKU_TIPIS`);
      assertBench(ps.nearMisses.length === Math.min(params.nearMissLimit ?? Infinity, ps.nearMissCount), `${where}: near misses`);
      ps.slate.forEach((x, k) => assertBench(x.rank === k + 1, `${where}: rank ${k + 1}`));
      slateEntries += ps.slate.length;
      nearMissRows += ps.nearMisses.length;
      if (!full) continue;
      const place = placeOf(ps);
      ps.slate.forEach((x, k) => {
        const f = factsOf(x.employeeId);
        assertBench(f.positionId !== ps.positionId, `${where}: incumbent on own slate`);
        const gates = gatesOf(x.employeeId, target);
        assertBench(JSON.stringify(x.gates) === gates && !gates.includes('"passed":false'), `${where}: ${x.nip} gates`);
        const prev = ps.slate[k - 1];
        if (prev) {
          const order = compareForSlate({ a: factsOf(prev.employeeId), b: f, target: place, params });
          assertBench(order < 0, `${where}: order at rank ${k + 1}`);
        }
      });
      for (const nm of ps.nearMisses) {
        const failed = (JSON.parse(gatesOf(nm.employeeId, target)) as GateResult[]).filter((g) => !g.passed);
        assertBench(failed.length === 1 && failed[0]?.gate === nm.gate, `${where}: near miss ${nm.nip}`);
      }
    }
    return { slateEntries, nearMissRows };
  }

  function baseline(positions: readonly PositionSuccession[], params: SuccessionParams, sample: number) {
    const withSlate = positions.filter((x) => x.hasSlate);
    const setup = performance.now();
    const pool: CandidateFacts[] = [];
    for (const e of inputs.employees) {
      const pl = inputs.placements[e.id - 1];
      const box = pl ? effectiveBox(pl) : null;
      if (box !== null && params.poolBoxes.includes(box)) pool.push(facts(e.id));
    }
    const columns = toColumns(pool, params);
    const setupMs = performance.now() - setup;
    const picks = Math.min(sample, withSlate.length);
    let scanMs = 0;
    for (let k = 0; k < picks; k += 1) {
      const ps = withSlate[Math.floor((k * withSlate.length) / picks)] as PositionSuccession;
      const place = placeOf(ps);
      const t = performance.now();
      const eligible: CandidateFacts[] = [];
      let nearMisses = 0;
      const failMask = compileGateMask(ps.jenisJabatan as SlateTarget, params);
      for (let i = 0; i < pool.length; i += 1) {
        const c = pool[i] as CandidateFacts;
        if (c.positionId === ps.positionId) continue;
        const mask = failMask(columns, i);
        if (mask === 0) eligible.push(c);
        else if ((mask & (mask - 1)) === 0) nearMisses += 1;
      }
      eligible.sort((a, b) => compareForSlate({ a, b, target: place, params }));
      scanMs += performance.now() - t;
      const readyNow = eligible.filter((c) => c.box !== null && params.readyNowBoxes.includes(c.box)).length;
      assertBench(eligible.length === ps.eligibleCount && readyNow === ps.readyNowCount, `scan of ${ps.kode}: counts`);
      assertBench(nearMisses === ps.nearMissCount, `scan of ${ps.kode}: near-miss count`);
      const ids = eligible.slice(0, params.slateLimit).map((c) => c.employeeId);
      assertBench(JSON.stringify(ids) === JSON.stringify(ps.slate.map((x) => x.employeeId)), `scan of ${ps.kode}: slate`);
    }
    return { baselineMs: picks === 0 ? 0 : setupMs + (scanMs / picks) * withSlate.length, sampled: picks };
  }

  return { check, baseline, byEmployee };
}
