/**
 * The ABK part of a review snapshot as the read verbs see it: the snapshot row and the ABK positions of the read's
 * unit subtree, their jsonb payloads given back their engine types (written by the engine itself, see write-abk.ts).
 * A review computed before ABK existed has no ABK part: it reads as one without ABK data.
 */
import type {
  BalanceTotals,
  JabatanRedistribution,
  Move,
  OutlookTotals,
  OutlookYear,
  PositionBalance,
  PositionRef,
  UnitBalance,
  VacancyPriority,
} from '../../analytics/abk/index.js';
import { createAbkSnapshotsRepository } from '../../db/repositories/abk-snapshots.repository.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';

type UnitRef = { kode: string; nama: string };
type WithUnit<T> = T & { unit: UnitRef };

/** Redistribution as stored: every position reference carries its unit's kode and name as they were. */
export interface StoredJabatanRedistribution extends Omit<JabatanRedistribution, 'moves' | 'sisaKurang' | 'sisaLebih'> {
  moves: Array<Omit<Move, 'from' | 'to'> & { from: WithUnit<PositionRef>; to: WithUnit<PositionRef> }>;
  sisaKurang: Array<WithUnit<PositionRef & { jumlah: number }>>;
  sisaLebih: Array<WithUnit<PositionRef & { jumlah: number }>>;
}

export interface StoredAbkPosition {
  balance: PositionBalance;
  unit: UnitRef;
  outlook: OutlookYear[];
  priority: VacancyPriority | null;
}

export interface StoredAbk {
  tahun: number | null;
  years: number[];
  /** Totals of the whole instansi at the review. */
  total: BalanceTotals | null;
  units: Array<UnitBalance & { kodeInduk: string | null }>;
  outlookTotals: OutlookTotals[];
  redistribution: StoredJabatanRedistribution[];
  /** The ABK positions inside the read's unit subtree, in position-code order. */
  positions: StoredAbkPosition[];
}

export async function loadStoredAbk(read: SnapshotRead): Promise<StoredAbk> {
  const repo = createAbkSnapshotsRepository({ db: read.db });
  const row = await repo.find(read.review.id);
  if (row === null) {
    return { tahun: null, years: [], total: null, units: [], outlookTotals: [], redistribution: [], positions: [] };
  }
  const positions = await repo.listPositions(read.review.id, read.unitIds);
  return {
    tahun: row.tahun,
    years: row.years,
    total: row.total as BalanceTotals,
    units: row.units as StoredAbk['units'],
    outlookTotals: row.outlookTotals as OutlookTotals[],
    redistribution: row.redistribution as StoredJabatanRedistribution[],
    positions: positions.map((p) => ({
      balance: p.balance as PositionBalance,
      unit: { kode: p.unitKode, nama: p.unitNama },
      outlook: p.outlook as OutlookYear[],
      priority: p.priority as VacancyPriority | null,
    })),
  };
}
