/**
 * Finds the position or unit a chat question names ("kepala dinas pendidikan", "kadis kesehatan", a kode).
 * Names and kodes of positions and units are organisation data, not personal data, so the whole instansi is
 * searched; the unit scope of a PIMPINAN is enforced by the verb that answers about the match.
 */
import { createDirectoryRepository } from '../../db/repositories/directory.repository.js';
import { createUnitsRepository } from '../../db/repositories/units.repository.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { pickBest, type MatchOutcome } from './name-match.js';

export interface PositionHit {
  kode: string;
  nama: string;
  unit: { kode: string; nama: string };
}

export interface UnitHit {
  kode: string;
  nama: string;
}

/**
 * Fuzzy position search. A single clear winner is a `match`; close contenders come back as ≤ `limit` options.
 * Titles like "Kepala Dinas" repeat in every OPD, so the unit name is matched together with the position name.
 */
export async function searchPositions(
  ctx: ServiceContext,
  input: { instansiKode: string; query: string; limit?: number },
): Promise<MatchOutcome<PositionHit>> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'instansi.read');
  const rows = await createDirectoryRepository({ db: ctx.deps.dbHandle.db }).listPositions(instansi.id);
  const hits: PositionHit[] = rows.map((r) => ({ kode: r.kode, nama: r.nama, unit: { kode: r.unitKode, nama: r.unitNama } }));
  const byName = pickBest(input.query, hits, (h) => ({ nama: h.nama, kode: h.kode }), input.limit);
  if (byName.kind === 'match') return byName;
  // "kepala dinas pendidikan" against a position named just "Kepala Dinas" in unit "Dinas Pendidikan".
  const withUnit = pickBest(input.query, hits, (h) => ({ nama: `${h.nama} ${stripRepeat(h.nama, h.unit.nama)}`, kode: h.kode }), input.limit);
  if (withUnit.kind !== 'none') return withUnit;
  return byName;
}

/** Fuzzy unit search over names and kodes of the instansi's units. */
export async function searchUnits(
  ctx: ServiceContext,
  input: { instansiKode: string; query: string; limit?: number },
): Promise<MatchOutcome<UnitHit>> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'instansi.read');
  const units = await createUnitsRepository({ db: ctx.deps.dbHandle.db }).listByInstansi(instansi.id);
  const hits: UnitHit[] = units.map((u) => ({ kode: u.kode, nama: u.nama }));
  return pickBest(input.query, hits, (u) => u, input.limit);
}

/** Drops the unit words a position name already says, so "Kepala Dinas" + "Dinas Pendidikan" is not "dinas dinas". */
function stripRepeat(positionNama: string, unitNama: string): string {
  const said = new Set(positionNama.toLowerCase().split(/\s+/));
  return unitNama
    .split(/\s+/)
    .filter((w) => !said.has(w.toLowerCase()))
    .join(' ');
}
