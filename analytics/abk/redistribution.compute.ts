/**
 * Named redistribution. Within one jabatan (positions sharing a catalogue code or a normalised name), surplus
 * positions are paired with shortage positions (largest with largest), and for each move the holders of the surplus
 * position who may move (see move.eligibility.ts) are ranked for the receiving position: by (calibrated) box, then
 * fit (same OPD, same rumpun, other), then years in post, nilai talenta and NIP. The candidates of one move all come
 * from one position, so their fit to the target is one value, shown on each of them. Each person is proposed
 * (`disarankan`) for one move only; people allowed under the minimum years in post by the policy come after the rest
 * and carry their flag. What pairing leaves over is reported per position.
 */
import { addMonths } from '../domain/dates.js';
import { effectiveBox } from '../domain/effective-box.js';
import type { Box } from '../domain/enums.js';
import { rumpunKey } from '../succession/candidate.facts.js';
import { kesesuaianOf } from '../succession/slate.rank.js';
import type { SuccessionPlacement } from '../succession/succession.types.js';
import type { DisciplineRecord, EmployeeRecord } from '../types.js';
import type { AbkPolicy } from './abk.policy.js';
import type {
  AbkPositionRecord,
  JabatanRedistribution,
  Move,
  MoveCandidate,
  PositionBalance,
  PositionRef,
} from './abk.types.js';
import type { PositionHolders } from './holders.js';
import { emptyExclusions, moveEligibility } from './move.eligibility.js';
import { pairLargest, type Amount } from './pairing.js';

export interface RedistributionContext {
  asOf: string;
  policy: AbkPolicy['redistribution'];
  positions: ReadonlyMap<number, AbkPositionRecord>;
  holders: ReadonlyMap<number, PositionHolders>;
  employees: ReadonlyMap<number, EmployeeRecord>;
  discipline: ReadonlyMap<number, readonly DisciplineRecord[]>;
  placements: ReadonlyMap<number, SuccessionPlacement>;
  opdOfUnit: ReadonlyMap<number, number>;
}

interface Eligible {
  employeeId: number;
  nip: string;
  nama: string;
  box: Box | null;
  nilaiTalenta: number | null;
  yearsInPost: number;
  retirementDate: string;
  flags: MoveCandidate['flags'];
}

const KESESUAIAN_TEXT = {
  OPD: 'satu OPD dengan jabatan tujuan',
  RUMPUN: 'rumpun jabatan sama dengan jabatan tujuan',
  LAIN: 'beda OPD dan rumpun dengan jabatan tujuan',
} as const;

const refOf = (b: PositionBalance): PositionRef => ({ positionId: b.positionId, kode: b.kode, nama: b.nama, unitId: b.unitId });

function placeOf(position: AbkPositionRecord, ctx: RedistributionContext) {
  return { opdUnitId: ctx.opdOfUnit.get(position.unitId) ?? null, rumpunKey: rumpunKey(position.rumpun) };
}

function reasonsOf(e: Eligible, kesesuaian: MoveCandidate['kesesuaian'], ctx: RedistributionContext): string[] {
  const min = ctx.policy.minYearsInPost;
  return [
    e.flags.includes('KURANG_MASA_JABATAN')
      ? `baru ${e.yearsInPost} tahun di jabatan sekarang (kurang dari ${min}; diizinkan kebijakan)`
      : `${e.yearsInPost} tahun di jabatan sekarang (minimal ${min})`,
    `pensiun ${e.retirementDate} (lebih dari ${ctx.policy.retirementMarginMonths} bulan lagi)`,
    'tidak sedang menjalani hukuman disiplin',
    e.box === null ? 'belum terpetakan di kotak talenta' : `kotak ${e.box}`,
    KESESUAIAN_TEXT[kesesuaian],
  ];
}

/** Candidates of one move, ranked for its target; `proposed` collects who was already proposed for a move. */
function rankCandidates(args: {
  eligible: readonly Eligible[];
  source: AbkPositionRecord;
  target: AbkPositionRecord;
  jumlah: number;
  proposed: Set<number>;
  ctx: RedistributionContext;
}): { candidates: MoveCandidate[]; proposedCount: number } {
  const { eligible, source, target, jumlah, proposed, ctx } = args;
  const kesesuaian = kesesuaianOf({ candidate: placeOf(source, ctx), target: placeOf(target, ctx) });
  const ordered = [...eligible].sort(
    (a, b) =>
      a.flags.length - b.flags.length ||
      (b.box ?? 0) - (a.box ?? 0) ||
      b.yearsInPost - a.yearsInPost ||
      (b.nilaiTalenta ?? -1) - (a.nilaiTalenta ?? -1) ||
      (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
  );
  let proposedCount = 0;
  const candidates = ordered.map((e): MoveCandidate => {
    const disarankan = proposedCount < jumlah && !proposed.has(e.employeeId);
    if (disarankan) {
      proposed.add(e.employeeId);
      proposedCount++;
    }
    return {
      employeeId: e.employeeId,
      nip: e.nip,
      nama: e.nama,
      box: e.box,
      kesesuaian,
      yearsInPost: e.yearsInPost,
      retirementDate: e.retirementDate,
      flags: e.flags,
      disarankan,
      alasan: reasonsOf(e, kesesuaian, ctx),
    };
  });
  return { candidates, proposedCount };
}

function redistributeJabatan(group: readonly PositionBalance[], ctx: RedistributionContext): JabatanRedistribution | null {
  const amount = (b: PositionBalance, jumlah: number): Amount<PositionBalance> => ({ item: b, kode: b.kode, jumlah });
  const { pairs, sisaLebih, sisaKurang } = pairLargest(
    group.map((b) => amount(b, b.lebih)),
    group.map((b) => amount(b, b.kurang)),
  );
  if (pairs.length === 0) return null;
  const dikecualikan = emptyExclusions();
  const eligibleOf = new Map<number, Eligible[]>();
  const retirementBound = addMonths(ctx.asOf, ctx.policy.retirementMarginMonths);
  for (const { from } of pairs) {
    if (eligibleOf.has(from.positionId)) continue;
    const list: Eligible[] = [];
    for (const holder of ctx.holders.get(from.positionId)?.all ?? []) {
      const employee = ctx.employees.get(holder.employeeId);
      if (employee === undefined) continue;
      const verdict = moveEligibility({
        holder,
        employee,
        discipline: ctx.discipline.get(holder.employeeId),
        asOf: ctx.asOf,
        retirementBound,
        policy: ctx.policy,
      });
      if (!verdict.eligible) {
        dikecualikan[verdict.reason]++;
        continue;
      }
      const placement = ctx.placements.get(holder.employeeId);
      list.push({
        employeeId: holder.employeeId,
        nip: holder.nip,
        nama: holder.nama,
        box: placement ? effectiveBox(placement) : null,
        nilaiTalenta: placement?.nilaiTalenta ?? null,
        yearsInPost: verdict.yearsInPost,
        retirementDate: verdict.retirementDate,
        flags: verdict.flags,
      });
    }
    eligibleOf.set(from.positionId, list);
  }
  const proposed = new Set<number>();
  const moves: Move[] = pairs.map(({ from, to, jumlah }) => {
    const { candidates, proposedCount } = rankCandidates({
      eligible: eligibleOf.get(from.positionId) ?? [],
      source: ctx.positions.get(from.positionId) as AbkPositionRecord,
      target: ctx.positions.get(to.positionId) as AbkPositionRecord,
      jumlah,
      proposed,
      ctx,
    });
    return { from: refOf(from), to: refOf(to), jumlah, candidates, tanpaKandidat: jumlah - proposedCount };
  });
  const first = group[0] as PositionBalance;
  const key = first.jabatanKey;
  return {
    jabatanKey: key,
    nama: first.nama,
    kodeReferensi: key.startsWith('ref:') ? key.slice(4) : null,
    kurang: group.reduce((s, b) => s + b.kurang, 0),
    lebih: group.reduce((s, b) => s + b.lebih, 0),
    moves,
    sisaKurang: sisaKurang.map((a) => ({ ...refOf(a.item), jumlah: a.jumlah })),
    sisaLebih: sisaLebih.map((a) => ({ ...refOf(a.item), jumlah: a.jumlah })),
    dikecualikan,
  };
}

/** Redistribution per jabatan that has both a surplus and a shortage somewhere, in jabatan-name order. */
export function redistribution(balances: readonly PositionBalance[], ctx: RedistributionContext): JabatanRedistribution[] {
  const groups = new Map<string, PositionBalance[]>();
  for (const b of balances) {
    if (b.kurang === 0 && b.lebih === 0) continue;
    const list = groups.get(b.jabatanKey);
    if (list) list.push(b);
    else groups.set(b.jabatanKey, [b]);
  }
  const out: JabatanRedistribution[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
    const result = redistributeJabatan(group, ctx);
    if (result !== null) out.push(result);
  }
  return out.sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0) || (a.jabatanKey < b.jabatanKey ? -1 : 1));
}
