/**
 * The staffing balance per position of a review (Form D): need, existing PNS and PPPK, +/−, shortage or surplus, EJ
 * and its band, where the need came from; totals (with EU) over the unit subtree read, or over one jabatan or family of
 * it. No personal data.
 */
import { abkParamsFromPolicy, balanceTotals, round4, type PositionBalance } from '../../analytics/abk/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { jabatanMatcher } from './jabatan-words.js';
import { GetAbkPositionsInput, type AbkPosition, type AbkPositions } from './schemas.js';
import { loadStoredAbk, type StoredAbkPosition } from './stored-abk.js';

const STATUS: Readonly<Record<string, (b: PositionBalance) => boolean>> = {
  kurang: (b) => b.kurang > 0,
  lebih: (b) => b.lebih > 0,
  kosong: (b) => b.kosong,
  seimbang: (b) => b.kurang === 0 && b.lebih === 0,
};

export function presentAbkPosition({ balance: b, unit }: StoredAbkPosition, rincian: boolean): AbkPosition {
  return {
    kode: b.kode,
    nama: b.nama,
    unit,
    jenisJabatan: b.jenisJabatan,
    jenjangJf: b.jenjangJf,
    kritikal: b.kritikal,
    jabatan: b.jabatanKey,
    sumberHitung: b.sumberHitung,
    sumber: b.sumber,
    nomorPenetapan: b.nomorPenetapan,
    tanggalPenetapan: b.tanggalPenetapan,
    tugasDiabaikan: b.tugasDiabaikan,
    bebanKerjaMenit: b.bebanKerjaMenit,
    bebanKerjaJam: b.bebanKerjaMenit === null ? null : round4(b.bebanKerjaMenit / 60),
    kebutuhanHitung: b.kebutuhanHitung,
    kebutuhan: b.kebutuhan,
    existingPns: b.existingPns,
    existingPppk: b.existingPppk,
    existing: b.existing,
    selisih: b.selisih,
    kurang: b.kurang,
    lebih: b.lebih,
    ej: b.ej,
    ejBand: b.ejBand,
    kosong: b.kosong,
    ...(rincian ? { tugas: b.tasks } : {}),
  };
}

export const getAbkPositions = defineSnapshotRead({
  name: 'abk.positions',
  input: GetAbkPositionsInput,
  permission: 'aggregates.read',
  async load(read, input): Promise<AbkPositions> {
    const abk = await loadStoredAbk(read);
    const keep = input.status === undefined ? () => true : STATUS[input.status] ?? (() => true);
    const named = input.jabatan === undefined ? () => true : jabatanMatcher(input.jabatan);
    const about = abk.positions.filter((p) => named(p.balance.nama));
    return {
      review: read.reviewRef,
      tahun: abk.tahun,
      unit: read.unitRef,
      positions: about.filter((p) => keep(p.balance)).map((p) => presentAbkPosition(p, input.rincian)),
      total: balanceTotals(about.map((p) => p.balance), abkParamsFromPolicy(read.policy)),
    };
  },
});
