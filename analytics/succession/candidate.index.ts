/**
 * The candidate index: finds each position's slate and near misses without scanning the workforce per position.
 *
 * Every gate depends only on the candidate and the target's jenis (the minimums, the JALUR route and the age cap are
 * per jenis; the rest is about the candidate alone). So the index evaluates the gate bitmask once per (talent-pool
 * candidate, target jenis) — five passes over the pool, never one per position — and keeps, per jenis, the eligible
 * candidates and the single-gate near misses in slate base order. Candidates failing only JALUR (e.g. a PELAKSANA for
 * an ADMINISTRATOR post) are kept as near misses, which an index keyed on JALUR-reachable levels would lose.
 *
 * Kesesuaian is the only position-dependent sort key, so eligible candidates are also grouped per readiness class
 * by OPD and by rumpun (counting sorts into flat typed arrays, which keep base order within each group). A slate then
 * reads the target's OPD group, its rumpun group and the class list in turn. Each step stops once the slate is full;
 * a step skips only candidates an earlier step already offered (fewer than `limit` + holders, or the earlier step
 * would have filled the slate), so a position costs O(limit + holders). Reasons are built lazily, once per
 * (candidate, jenis), only for the rows that are output.
 */
import type { CandidateColumns } from './candidate.columns.js';
import { compileGateMask, evaluateGates, singleFailedGate } from './gates/index.js';
import { emptyOutcome, toNearMiss, toSlateEntry, type SlateOutcome } from './slate.entry.js';
import type { TargetPlace } from './slate.rank.js';
import { SLATE_TARGETS, type SlateTarget } from './succession.params.js';
import type { SuccessionContext } from './succession.context.js';
import type { GateResult, SlateEntry } from './succession.types.js';

/** Pool indices grouped by a slot: group `s` is `items[start[s] .. start[s + 1])`, in base order. */
interface Groups {
  start: Int32Array;
  items: Int32Array;
}

interface ClassBuckets {
  all: Int32Array;
  byOpd: Groups;
  byRumpun: Groups;
}

interface LevelIndex {
  target: SlateTarget;
  /** Per pool index: bit `i` set when `GATES[i]` fails. */
  masks: Uint16Array;
  /** Eligible pool indices per readiness class: 0 = SIAP_SEKARANG, 1 = SIAP_1_2_TAHUN. */
  classes: [ClassBuckets, ClassBuckets];
  /** Pool indices failing exactly one gate, in base order. */
  nearMisses: Int32Array;
  /** Memoised gate results per pool index (shared by every position of this jenis). */
  gates: Map<number, GateResult[]>;
}

export interface CandidateIndex {
  levels: Map<SlateTarget, LevelIndex>;
  context: SuccessionContext;
}

/** Stable counting sort of `members` by `slot[member]` (members with slot -1 are left out). */
function groupBy(members: Int32Array, slot: Int32Array, slots: number): Groups {
  const start = new Int32Array(slots + 1);
  for (const m of members) {
    const s = slot[m] as number;
    if (s >= 0) start[s + 1] = (start[s + 1] as number) + 1;
  }
  for (let s = 0; s < slots; s += 1) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const cursor = start.slice(0, slots);
  const items = new Int32Array(start[slots] as number);
  for (const m of members) {
    const s = slot[m] as number;
    if (s < 0) continue;
    items[cursor[s] as number] = m;
    cursor[s] = (cursor[s] as number) + 1;
  }
  return { start, items };
}

function buildLevel(context: SuccessionContext, columns: CandidateColumns, target: SlateTarget): LevelIndex {
  const n = columns.length;
  const masks = new Uint16Array(n);
  const failMask = compileGateMask(target, context.facts.params);
  const eligible: [number[], number[]] = [[], []];
  const nearMisses: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const mask = failMask(columns, i);
    masks[i] = mask;
    // The pool is in base order, so every list built in this loop is too.
    if (mask === 0) eligible[columns.readinessClass[i] as 0 | 1].push(i);
    else if (singleFailedGate(mask) !== null) nearMisses.push(i);
  }
  const bucket = (list: number[]): ClassBuckets => {
    const all = Int32Array.from(list);
    return {
      all,
      byOpd: groupBy(all, columns.opd, columns.opdSlots.size),
      byRumpun: groupBy(all, columns.rumpun, columns.rumpunSlots.size),
    };
  };
  return {
    target,
    masks,
    classes: [bucket(eligible[0]), bucket(eligible[1])],
    nearMisses: Int32Array.from(nearMisses),
    gates: new Map(),
  };
}

/** Builds the index for every slate target jenis. */
export function buildCandidateIndex(context: SuccessionContext): CandidateIndex {
  const levels = new Map<SlateTarget, LevelIndex>();
  for (const target of SLATE_TARGETS) levels.set(target, buildLevel(context, context.pool, target));
  return { levels, context };
}

function gatesOf(index: CandidateIndex, level: LevelIndex, i: number): GateResult[] {
  let gates = level.gates.get(i);
  if (!gates) {
    const { asOf, params } = index.context.facts;
    const evaluated = evaluateGates({ candidate: index.context.factsAt(i), target: level.target, asOf, params });
    // Shared by every slate and near miss of this jenis, so frozen: a consumer cannot change another position's row.
    gates = Object.freeze(evaluated.map((g) => Object.freeze(g))) as GateResult[];
    level.gates.set(i, gates);
  }
  return gates;
}

/**
 * Slate, counts and near misses of one position whose jenis is a slate target.
 * @param holderEmployeeIndices holders of the position (indices in `inputs.employees`): not candidates for it
 */
export function querySlate({
  index,
  target,
  place,
  holderEmployeeIndices,
}: {
  index: CandidateIndex;
  target: SlateTarget;
  place: TargetPlace;
  holderEmployeeIndices: readonly number[];
}): SlateOutcome {
  const level = index.levels.get(target);
  if (!level) return emptyOutcome();
  const { pool: columns, facts, factsAt, poolRowOfHolder } = index.context;
  const { params } = facts;
  const holders = new Set<number>();
  for (const e of holderEmployeeIndices) {
    const row = poolRowOfHolder(e);
    if (row >= 0) holders.add(row);
  }
  let eligibleCount = level.classes[0].all.length + level.classes[1].all.length;
  let readyNowCount = level.classes[0].all.length;
  let heldNearMisses = 0;
  for (const i of holders) {
    const mask = level.masks[i] as number;
    if (mask === 0) {
      eligibleCount -= 1;
      if (columns.readinessClass[i] === 0) readyNowCount -= 1;
    } else if (singleFailedGate(mask) !== null) heldNearMisses += 1;
  }

  const limit = Math.max(0, params.slateLimit);
  const slate: SlateEntry[] = [];
  const take = (list: Int32Array, from: number, to: number, skip: (row: number) => boolean): void => {
    for (let k = from; k < to && slate.length < limit; k += 1) {
      const i = list[k] as number;
      if (holders.has(i) || skip(i)) continue;
      const candidate = factsAt(i);
      const gates = gatesOf(index, level, i);
      slate.push(toSlateEntry({ rank: slate.length + 1, candidate, gates, target, place, params }));
    }
  };
  const takeGroup = (groups: Groups, slot: number, skip: (row: number) => boolean): void => {
    if (slot < 0) return;
    take(groups.items, groups.start[slot] as number, groups.start[slot + 1] as number, skip);
  };
  // Kesesuaian by slot: a target OPD or rumpun no pool member shares gets slot -1 and matches nobody.
  const opdSlot = place.opdUnitId === null ? -1 : (columns.opdSlots.get(place.opdUnitId) ?? -1);
  const rumpunSlot = place.rumpunKey === null ? -1 : (columns.rumpunSlots.get(place.rumpunKey) ?? -1);
  const sameOpd = (i: number) => opdSlot >= 0 && columns.opd[i] === opdSlot;
  const sameRumpun = (i: number) => rumpunSlot >= 0 && columns.rumpun[i] === rumpunSlot;
  for (const bucket of level.classes) {
    if (slate.length >= limit) break;
    takeGroup(bucket.byOpd, opdSlot, () => false);
    takeGroup(bucket.byRumpun, rumpunSlot, sameOpd);
    take(bucket.all, 0, bucket.all.length, (i) => sameOpd(i) || sameRumpun(i));
  }

  const nearMissLimit = params.nearMissLimit ?? Number.POSITIVE_INFINITY;
  const nearMisses = [];
  for (let k = 0; k < level.nearMisses.length && nearMisses.length < nearMissLimit; k += 1) {
    const i = level.nearMisses[k] as number;
    if (holders.has(i)) continue;
    const gate = singleFailedGate(level.masks[i] as number);
    const failed = gatesOf(index, level, i).find((g) => g.gate === gate) as GateResult;
    nearMisses.push(toNearMiss({ candidate: factsAt(i), failed }));
  }
  return {
    eligibleCount,
    readyNowCount,
    slate,
    nearMissCount: level.nearMisses.length - heldNearMisses,
    nearMisses,
  };
}
