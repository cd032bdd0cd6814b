/**
 * Named redistribution of a review: per jabatan, the moves from surplus to shortage positions that touch the unit
 * subtree read, with the people who may move and why, and what is left for formasi. People are named only to a
 * caller who may see them (personal data, and for a unit-scoped leader only people of its own subtree, NIPs
 * masked); otherwise each move says how many could move. A read that names people is audited.
 */
import { isWithin } from '../../analytics/domain/unit-tree.js';
import { can, presentNip } from '../access/authorize.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { GetAbkInput, type AbkRedistribution } from './schemas.js';
import { loadStoredAbk, type StoredJabatanRedistribution } from './stored-abk.js';

type Presented = AbkRedistribution['jabatan'][number];

/** Whether the caller may see the people working in a unit. */
function mayName(read: SnapshotRead, unitId: number): boolean {
  const { principal } = read.ctx;
  if (!can(principal, 'personal.read')) return false;
  return principal.unitId === null || isWithin(read.units.tree, unitId, principal.unitId);
}

type StoredMove = StoredJabatanRedistribution['moves'][number];
type StoredRef = StoredMove['from'];

function presentJabatan(j: StoredJabatanRedistribution, read: SnapshotRead, inScope: (p: StoredRef) => boolean): Presented | null {
  const ref = (p: StoredRef) => ({ kode: p.kode, nama: p.nama, unit: p.unit });
  const moves = j.moves.filter((m) => inScope(m.from) || inScope(m.to));
  if (moves.length === 0) return null;
  const presentMove = (m: StoredMove) => {
    const named = mayName(read, m.from.unitId);
    return {
      from: ref(m.from),
      to: ref(m.to),
      jumlah: m.jumlah,
      candidateCount: m.candidates.length,
      candidatesHidden: !named,
      candidates: named
        ? m.candidates.map(({ employeeId: _id, ...c }) => ({ ...c, nip: presentNip(read.ctx.principal, c.nip) }))
        : [],
      tanpaKandidat: m.tanpaKandidat,
    };
  };
  return {
    jabatan: j.jabatanKey,
    nama: j.nama,
    kodeReferensi: j.kodeReferensi,
    kurang: j.kurang,
    lebih: j.lebih,
    moves: moves.map(presentMove),
    sisaKurang: j.sisaKurang.filter(inScope).map((s) => ({ ...ref(s), jumlah: s.jumlah })),
    sisaLebih: j.sisaLebih.filter(inScope).map((s) => ({ ...ref(s), jumlah: s.jumlah })),
    dikecualikan: j.dikecualikan,
  };
}

export const getAbkRedistribution = defineSnapshotRead({
  name: 'abk.redistribution',
  input: GetAbkInput,
  permission: 'aggregates.read',
  async load(read): Promise<AbkRedistribution> {
    const abk = await loadStoredAbk(read);
    const scope = read.unitIds === null ? null : new Set(read.unitIds);
    const inScope = (p: StoredRef) => scope === null || scope.has(p.unitId);
    return {
      review: read.reviewRef,
      tahun: abk.tahun,
      unit: read.unitRef,
      namesShown: can(read.ctx.principal, 'personal.read'),
      jabatan: abk.redistribution.flatMap((j) => presentJabatan(j, read, inScope) ?? []),
    };
  },
  audit: (read, _input, result) => ({
    target: read.review.id,
    details: { named: result.jabatan.reduce((n, j) => n + j.moves.reduce((m, mv) => m + mv.candidates.length, 0), 0) },
  }),
});
