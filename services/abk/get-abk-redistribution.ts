/**
 * Named redistribution of a review: per jabatan, the moves from surplus to shortage positions that touch the unit
 * subtree read, with the people who may move and why, and what is left for formasi. People are named only as the
 * people scope allows (access/people-scope.ts: a unit-scoped leader sees only the people of its own subtree, NIPs
 * masked; a caller without personal data sees nobody); otherwise each move says how many could move. A read that
 * names people is audited.
 */
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { GetAbkInput, type AbkRedistribution } from './schemas.js';
import { loadStoredAbk, type StoredJabatanRedistribution } from './stored-abk.js';

type Presented = AbkRedistribution['jabatan'][number];

type StoredMove = StoredJabatanRedistribution['moves'][number];
type StoredRef = StoredMove['from'];

function presentJabatan(j: StoredJabatanRedistribution, read: SnapshotRead, inScope: (p: StoredRef) => boolean): Presented | null {
  const ref = (p: StoredRef) => ({ kode: p.kode, nama: p.nama, unit: p.unit });
  const moves = j.moves.filter((m) => inScope(m.from) || inScope(m.to));
  if (moves.length === 0) return null;
  const presentMove = (m: StoredMove) => {
    // The candidates hold the surplus position, so they work in its unit.
    const named = read.people.includes(m.from.unitId);
    return {
      from: ref(m.from),
      to: ref(m.to),
      jumlah: m.jumlah,
      candidateCount: m.candidates.length,
      candidatesHidden: !named,
      candidates: named
        ? m.candidates.map(({ employeeId: _id, ...c }) => ({ ...c, nip: read.people.nip(c.nip) }))
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
      namesShown: read.people.unitIds === null || read.people.unitIds.size > 0,
      jabatan: abk.redistribution.flatMap((j) => presentJabatan(j, read, inScope) ?? []),
    };
  },
  audit: (read, _input, result) => ({
    target: read.review.id,
    details: { named: result.jabatan.reduce((n, j) => n + j.moves.reduce((m, mv) => m + mv.candidates.length, 0), 0) },
  }),
});
