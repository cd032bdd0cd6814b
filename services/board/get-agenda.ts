/**
 * The committee's agenda for a review and unit subtree: new in the top box, big movers since the previous review,
 * the unplaced, talent-pool members stuck in their box, and talent-pool members retiring within 12 months. Names
 * people, so `personal.read`, audited; PIMPINAN sees its subtree with masked NIPs.
 */
import { agendaOf, type AgendaReason } from '../../analytics/board/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { loadBoardPopulation } from './board-population.js';
import { boardReviewOf } from './get-board.js';
import { presentBoardPerson } from './present-board-person.js';
import { GetAgendaInput, type Agenda } from './schemas.js';

const TITLES: Readonly<Record<AgendaReason, string>> = {
  BARU_DI_KOTAK_9: 'Baru masuk kotak 9',
  PINDAH_BESAR: 'Berpindah ≥ 2 langkah sejak tinjauan sebelumnya',
  BELUM_TERPETAKAN: 'Belum terpetakan',
  MENETAP_DI_KRS: 'Menetap di kotak 7–9 selama ≥ 2 tinjauan',
  KRS_MENJELANG_PENSIUN: 'Anggota kelompok rencana suksesi yang pensiun dalam 12 bulan',
};

export const getAgenda = defineSnapshotRead({
  name: 'agenda',
  input: GetAgendaInput,
  permission: 'personal.read',
  async load(read): Promise<Agenda> {
    const population = await loadBoardPopulation(read);
    const byId = new Map(population.people.map((p) => [p.employeeId, p]));
    const picked = agendaOf({
      people: population.people.map((p) => ({ id: p.employeeId, box: p.effectiveBox, previousBox: p.previousBox as typeof p.effectiveBox, flags: p.flags })),
      policy: read.policy,
    });
    const principal = read.ctx.principal;
    return {
      review: boardReviewOf(read, population.previous),
      unit: read.unitRef,
      sections: (Object.keys(TITLES) as AgendaReason[]).map((reason) => ({
        reason,
        title: TITLES[reason],
        people: picked[reason].map((id) => presentBoardPerson(principal, byId.get(id)!)),
      })),
    };
  },
  audit: (read, _input, result) => ({
    target: read.review.id,
    details: { unit: read.unit?.kode ?? null, people: result.sections.reduce((n, s) => n + s.people.length, 0) },
  }),
});
