/**
 * The succession gates, in their published order. A gate is one file (`*.gate.ts`: name, label, explained check,
 * compiled predicate) registered here; its thresholds come from the policy's `succession` section.
 */
import type { CandidateColumns } from '../candidate.columns.js';
import { toColumns } from '../candidate.columns.js';
import type { SlateTarget, SuccessionParams } from '../succession.params.js';
import { disiplinGate } from './disiplin.gate.js';
import type { GateInput, GateOutcome } from './gate.definition.js';
import { golonganGate } from './golongan.gate.js';
import { jalurGate } from './jalur.gate.js';
import { kinerjaGate } from './kinerja.gate.js';
import { kompetensiGate } from './kompetensi.gate.js';
import { kotakGate } from './kotak.gate.js';
import { pendidikanGate } from './pendidikan.gate.js';
import { statusGate } from './status.gate.js';
import { usiaGate } from './usia.gate.js';

export const GATE_DEFINITIONS = [
  statusGate,
  pendidikanGate,
  golonganGate,
  jalurGate,
  kinerjaGate,
  kompetensiGate,
  disiplinGate,
  usiaGate,
  kotakGate,
] as const;

export type GateName = (typeof GATE_DEFINITIONS)[number]['name'];
export type GateResult = GateOutcome<GateName>;
export const GATES: readonly GateName[] = GATE_DEFINITIONS.map((g) => g.name);
export type { GateInput } from './gate.definition.js';

/** How people call each gate (bots, the committee pack). */
export const GATE_LABELS: Readonly<Record<GateName, string>> = Object.fromEntries(
  GATE_DEFINITIONS.map((g) => [g.name, g.label]),
) as Record<GateName, string>;

function applies(gate: (typeof GATE_DEFINITIONS)[number], target: SlateTarget, params: SuccessionParams): boolean {
  return gate.appliesTo === undefined || gate.appliesTo(target, params);
}

/** Every gate that applies to the target, in the published order, each with its reason. */
export function evaluateGates(input: GateInput): GateResult[] {
  return GATE_DEFINITIONS.filter((g) => applies(g, input.target, input.params)).map((g) => g.evaluate(input) as GateResult);
}

/**
 * The gates' compiled predicates for one target: the returned function sets bit `i` when `GATES[i]` fails for row
 * `row`. The candidate index runs it for every (candidate, target jenis) pair and explains only the rows it outputs.
 */
export function compileGateMask(target: SlateTarget, params: SuccessionParams): (cols: CandidateColumns, row: number) => number {
  const checks = GATE_DEFINITIONS.flatMap((g, i) => (applies(g, target, params) ? [{ bit: 1 << i, fails: g.compile(target, params) }] : []));
  return (cols, row) => {
    let mask = 0;
    for (const check of checks) if (check.fails(cols, row)) mask |= check.bit;
    return mask;
  };
}

/** {@link compileGateMask} for a single candidate. */
export function gateFailMask({ candidate, target, params }: Omit<GateInput, 'asOf'>): number {
  return compileGateMask(target, params)(toColumns([candidate], params), 0);
}

/** The gate of a mask with exactly one bit set, else null. */
export function singleFailedGate(mask: number): GateName | null {
  if (mask === 0 || (mask & (mask - 1)) !== 0) return null;
  return GATES[31 - Math.clz32(mask)] ?? null;
}
