/**
 * The committee's agenda: who to discuss, by reason. One person may appear under several reasons. The top box and
 * the talent pool come from the policy's box table, not from fixed numbers.
 */
import type { Box } from '../domain/enums.js';
import type { Policy } from '../policy/index.js';
import type { BoardFlag } from './board.person.js';

export const AGENDA_REASONS = ['BARU_DI_KOTAK_9', 'PINDAH_BESAR', 'BELUM_TERPETAKAN', 'MENETAP_DI_KRS', 'KRS_MENJELANG_PENSIUN'] as const;
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export interface AgendaPerson {
  id: number;
  /** Effective box now (null: unplaced) and in the previous review (null: unplaced or absent). */
  box: Box | null;
  previousBox: Box | null;
  flags: readonly BoardFlag[];
}

/** @returns the ids of the people to discuss under each reason, in the order given. */
export function agendaOf(args: { people: readonly AgendaPerson[]; policy: Policy }): Record<AgendaReason, number[]> {
  const top = args.policy.nineBox.table.DI_ATAS.TINGGI;
  const pool = new Set<number>(args.policy.nineBox.talentPoolBoxes);
  const out: Record<AgendaReason, number[]> = {
    BARU_DI_KOTAK_9: [],
    PINDAH_BESAR: [],
    BELUM_TERPETAKAN: [],
    MENETAP_DI_KRS: [],
    KRS_MENJELANG_PENSIUN: [],
  };
  for (const p of args.people) {
    if (p.box === top && p.previousBox !== top) out.BARU_DI_KOTAK_9.push(p.id);
    if (p.flags.includes('PINDAH_2_KOTAK')) out.PINDAH_BESAR.push(p.id);
    if (p.box === null) out.BELUM_TERPETAKAN.push(p.id);
    const inPool = p.box !== null && pool.has(p.box);
    if (inPool && p.flags.includes('MENETAP_2_TINJAUAN')) out.MENETAP_DI_KRS.push(p.id);
    if (inPool && p.flags.includes('PENSIUN_12_BULAN')) out.KRS_MENJELANG_PENSIUN.push(p.id);
  }
  return out;
}
