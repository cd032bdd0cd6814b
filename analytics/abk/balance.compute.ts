/**
 * The staffing balance per position (unit × jabatan) and its roll-ups. A position's shortage and surplus are never
 * netted against another position's: a unit with +2 and another with −2 on the same jabatan are a surplus of 2 and
 * a shortage of 2, and every roll-up sums shortages and surpluses separately.
 */
import type { AbkPolicy } from './abk.policy.js';
import { ratio4, round4 } from './abk.numbers.js';
import type { AbkPositionRecord, BalanceTotals, PositionBalance, PositionNeed } from './abk.types.js';
import { ejBandOf } from './ej.band.js';
import type { PositionHolders } from './holders.js';
import { jabatanKeyOf } from './jabatan.key.js';

/** Balance of one position with ABK data. */
export function positionBalance({
  position,
  need,
  holders,
  policy,
}: {
  position: AbkPositionRecord;
  need: PositionNeed;
  holders: PositionHolders | undefined;
  policy: Pick<AbkPolicy, 'countPppk' | 'ejBands' | 'ejBandOtherwise'>;
}): PositionBalance {
  let existingPns = 0;
  let existingPppk = 0;
  for (const h of holders?.all ?? []) {
    if (h.jenisPegawai === 'PNS') existingPns++;
    else existingPppk++;
  }
  const existing = existingPns + (policy.countPppk ? existingPppk : 0);
  const selisih = existing - need.kebutuhan;
  const ej = ratio4(need.kebutuhanHitung, existing);
  // Every field written out (no spread): a spread of a wide object yields a slow dictionary-mode object, and
  // roll-ups read these objects thousands of times.
  return {
    positionId: need.positionId,
    tahun: need.tahun,
    sumberHitung: need.sumberHitung,
    sumber: need.sumber,
    nomorPenetapan: need.nomorPenetapan,
    tanggalPenetapan: need.tanggalPenetapan,
    tugasDiabaikan: need.tugasDiabaikan,
    tasks: need.tasks,
    bebanKerjaMenit: need.bebanKerjaMenit,
    kebutuhanHitung: need.kebutuhanHitung,
    kebutuhan: need.kebutuhan,
    kode: position.kode,
    nama: position.nama,
    unitId: position.unitId,
    jenisJabatan: position.jenisJabatan,
    jenjangJf: position.jenjangJf,
    kritikal: position.kritikal,
    jabatanKey: jabatanKeyOf(position),
    existingPns,
    existingPppk,
    existing,
    selisih,
    kurang: Math.max(0, -selisih),
    lebih: Math.max(0, selisih),
    ej,
    ejBand: ejBandOf(ej, policy),
    kosong: need.kebutuhan > 0 && existing === 0,
  };
}

/** Sums a set of position balances (a unit subtree, a jabatan, the instansi); EU over the same set. */
export function balanceTotals(
  balances: Iterable<PositionBalance>,
  policy: Pick<AbkPolicy, 'ejBands' | 'ejBandOtherwise'>,
): BalanceTotals {
  let positions = 0;
  let raw = 0;
  let kebutuhan = 0;
  let existingPns = 0;
  let existingPppk = 0;
  let existing = 0;
  let kurang = 0;
  let lebih = 0;
  let positionsKurang = 0;
  let positionsLebih = 0;
  let jabatanKosong = 0;
  for (const p of balances) {
    positions++;
    raw += p.kebutuhanHitung;
    kebutuhan += p.kebutuhan;
    existingPns += p.existingPns;
    existingPppk += p.existingPppk;
    existing += p.existing;
    kurang += p.kurang;
    lebih += p.lebih;
    if (p.kurang > 0) positionsKurang++;
    if (p.lebih > 0) positionsLebih++;
    if (p.kosong) jabatanKosong++;
  }
  const kebutuhanHitung = round4(raw);
  const eu = ratio4(kebutuhanHitung, existing);
  return {
    positions,
    kebutuhanHitung,
    kebutuhan,
    existingPns,
    existingPppk,
    existing,
    kurang,
    lebih,
    positionsKurang,
    positionsLebih,
    jabatanKosong,
    eu,
    euBand: ejBandOf(eu, policy),
  };
}
