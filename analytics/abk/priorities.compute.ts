/**
 * Vacancy priorities: positions short by ABK now or within the outlook, ranked by a weighted score of the shortage,
 * criticality, retirements within the horizon and the lack of a ready-now successor (weights in the policy). A
 * critical position that is short and vacant, or whose holder reaches BUP within the succession risk horizon, is a
 * top priority (`utama`) and is listed before every other position. Every entry says why it is where it is.
 */
import { addMonths } from '../domain/dates.js';
import type { AbkParams } from './abk.params.js';
import { round4 } from './abk.numbers.js';
import type {
  AbkSuccessionFacts,
  PositionBalance,
  PositionOutlook,
  PriorityComponents,
  VacancyPriority,
} from './abk.types.js';
import { isCounted, type PositionHolders } from './holders.js';

/** Earliest pension date among the counted holders, or null. */
function earliestRetirement(holders: PositionHolders | undefined, countPppk: boolean): string | null {
  let earliest: string | null = null;
  for (const h of holders?.all ?? []) {
    if (!isCounted(h, countPppk) || h.retirementDate === null) continue;
    if (earliest === null || h.retirementDate < earliest) earliest = h.retirementDate;
  }
  return earliest;
}

function componentsOf(balance: PositionBalance, pensiun: number, facts: AbkSuccessionFacts | undefined): PriorityComponents {
  return {
    kekurangan: balance.kebutuhan > 0 ? round4(balance.kurang / balance.kebutuhan) : 0,
    kritikal: balance.kritikal ? 1 : 0,
    pensiun: balance.existing > 0 ? round4(pensiun / balance.existing) : 0,
    tanpaSiapSekarang: facts?.hasSlate === true && facts.readyNowCount === 0 ? 1 : 0,
  };
}

function reasonsOf(args: {
  balance: PositionBalance;
  outlook: PositionOutlook;
  pensiun: number;
  facts: AbkSuccessionFacts | undefined;
  nearRetirement: string | null;
}): string[] {
  const { balance: b, outlook, pensiun, facts, nearRetirement } = args;
  const lastYear = outlook.years.at(-1)?.tahun;
  const reasons: string[] = [];
  if (b.kosong) reasons.push(`jabatan kosong: kebutuhan ${b.kebutuhan}, tidak ada pemangku`);
  else if (b.kurang > 0) reasons.push(`kurang ${b.kurang} dari kebutuhan ${b.kebutuhan} (ada ${b.existing})`);
  else {
    const first = outlook.years.find((y) => y.kurang > 0);
    if (first) reasons.push(`akan kurang ${first.kurang} pada ${first.tahun} karena pensiun`);
  }
  if (b.kritikal) reasons.push('jabatan kritikal');
  if (nearRetirement !== null) reasons.push(`pemangku pensiun ${nearRetirement}`);
  if (pensiun > 0 && lastYear !== undefined) {
    reasons.push(`${pensiun} dari ${b.existing} pemangku mencapai BUP s.d. 31 Desember ${lastYear}`);
  }
  if (facts?.hasSlate === true && facts.readyNowCount === 0) reasons.push('tidak ada suksesor SIAP_SEKARANG');
  if (facts !== undefined && facts.readyNowCount > 0 && b.kurang > 0) {
    reasons.push(`${facts.readyNowCount} suksesor SIAP_SEKARANG dapat ditempatkan tanpa menggeser pemangku`);
  }
  return reasons;
}

/** Ranked vacancy priorities over every position that is short now or becomes short within the outlook. */
export function vacancyPriorities({
  balances,
  outlooks,
  holders,
  succession,
  asOf,
  params,
}: {
  balances: readonly PositionBalance[];
  outlooks: ReadonlyMap<number, PositionOutlook>;
  holders: ReadonlyMap<number, PositionHolders>;
  succession: ReadonlyMap<number, AbkSuccessionFacts>;
  asOf: string;
  params: Pick<AbkParams, 'priorityWeights' | 'countPppk' | 'succession'>;
}): VacancyPriority[] {
  const riskCutoff = addMonths(asOf, params.succession.riskHorizonMonths);
  const w = params.priorityWeights;
  const entries: Omit<VacancyPriority, 'rank'>[] = [];
  for (const b of balances) {
    const outlook = outlooks.get(b.positionId);
    if (outlook === undefined) continue;
    const kurangAkhirHorizon = outlook.years.at(-1)?.kurang ?? b.kurang;
    if (b.kurang === 0 && !outlook.years.some((y) => y.kurang > 0)) continue;
    const pensiun = outlook.years.at(-1)?.pensiun ?? 0;
    const facts = succession.get(b.positionId);
    const earliest = earliestRetirement(holders.get(b.positionId), params.countPppk);
    const nearRetirement = earliest !== null && earliest <= riskCutoff ? earliest : null;
    const c = componentsOf(b, pensiun, facts);
    entries.push({
      positionId: b.positionId,
      kode: b.kode,
      nama: b.nama,
      unitId: b.unitId,
      utama: b.kritikal && b.kurang > 0 && (b.existing === 0 || nearRetirement !== null),
      skor: round4(w.kekurangan * c.kekurangan + w.kritikal * c.kritikal + w.pensiun * c.pensiun + w.tanpaSiapSekarang * c.tanpaSiapSekarang),
      components: c,
      kebutuhan: b.kebutuhan,
      existing: b.existing,
      kurang: b.kurang,
      kurangAkhirHorizon,
      pensiunDalamHorizon: pensiun,
      readyNowCount: facts?.readyNowCount ?? null,
      alasan: reasonsOf({ balance: b, outlook, pensiun, facts, nearRetirement }),
    });
  }
  entries.sort(
    (a, b) =>
      Number(b.utama) - Number(a.utama) ||
      b.skor - a.skor ||
      b.kurang - a.kurang ||
      (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0),
  );
  return entries.map((e, i) => ({ rank: i + 1, ...e }));
}
