/**
 * The existing staff of each position at asOf: active employees holding it who took it up on or before asOf and
 * whose pension has not begun (first of the month after BUP, by the succession engine's rules). A holder whose birth
 * date is unknown is counted and never projected to retire, since there is no evidence either way.
 */
import { fromYmd, toYmd } from '../domain/dates.js';
import { bupFor, retirementYmd } from '../succession/retirement.rules.js';
import type { SuccessionParams } from '../succession/succession.params.js';
import type { EmployeeRecord, PositionRecord } from '../types.js';
import type { Holder } from './abk.types.js';

export interface PositionHolders {
  /** Every holder at asOf, PNS and PPPK, ordered by NIP. */
  all: Holder[];
  /** Pension dates as YYYYMMDD (null when unknown), parallel to `all`. */
  retirementYmd: Array<number | null>;
}

/** Holders per position id (only positions with at least one holder appear). */
export function holdersByPosition({
  employees,
  positions,
  asOf,
  params,
}: {
  employees: readonly EmployeeRecord[];
  positions: ReadonlyMap<number, PositionRecord>;
  asOf: string;
  params: SuccessionParams;
}): Map<number, PositionHolders> {
  const asOfYmd = toYmd(asOf);
  const rows = new Map<number, Array<{ holder: Holder; ymd: number | null }>>();
  for (const e of employees) {
    const position = positions.get(e.positionId);
    if (position === undefined || toYmd(e.tmtJabatan) > asOfYmd) continue;
    const bup = bupFor({ jenis: position.jenisJabatan, jenjang: position.jenjangJf, params });
    const ymd = e.tanggalLahir === null ? null : retirementYmd(toYmd(e.tanggalLahir), bup);
    if (ymd !== null && ymd <= asOfYmd) continue;
    const holder: Holder = {
      employeeId: e.id,
      nip: e.nip,
      nama: e.nama,
      jenisPegawai: e.jenisPegawai,
      retirementDate: ymd === null ? null : fromYmd(ymd),
    };
    const list = rows.get(e.positionId);
    if (list) list.push({ holder, ymd });
    else rows.set(e.positionId, [{ holder, ymd }]);
  }
  const out = new Map<number, PositionHolders>();
  for (const [positionId, list] of rows) {
    list.sort((a, b) => (a.holder.nip < b.holder.nip ? -1 : a.holder.nip > b.holder.nip ? 1 : 0));
    out.set(positionId, { all: list.map((r) => r.holder), retirementYmd: list.map((r) => r.ymd) });
  }
  return out;
}

/** Whether a holder counts toward the existing staff under the policy. */
export function isCounted(holder: Pick<Holder, 'jenisPegawai'>, countPppk: boolean): boolean {
  return holder.jenisPegawai === 'PNS' || countPppk;
}
