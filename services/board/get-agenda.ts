/**
 * The committee's agenda for a review and unit subtree: new in the top box, big movers since the previous review,
 * the unplaced, talent-pool members stuck in their box, and talent-pool members retiring within 12 months. Names
 * people, so `personal.read`, audited; PIMPINAN sees its subtree with masked NIPs.
 */
import { agendaOf, type AgendaReason } from '../../analytics/board/index.js';
import { talentPoolBoxes, type Policy } from '../../analytics/policy/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { loadBoardPopulation } from './board-population.js';
import { boardReviewOf } from './get-board.js';
import { presentBoardPerson } from './present-board-person.js';
import { GetAgendaInput, type Agenda } from './schemas.js';

/** Section titles name the boxes of the review's own policy (its top box, its talent pool). */
function titlesFor(policy: Policy): Readonly<Record<AgendaReason, string>> {
  return {
    BARU_DI_KOTAK_9: `Baru masuk kotak ${policy.nineBox.table.DI_ATAS.TINGGI}`,
    PINDAH_BESAR: 'Berpindah ≥ 2 langkah sejak tinjauan sebelumnya',
    BELUM_TERPETAKAN: 'Belum terpetakan',
    MENETAP_DI_KRS: `Menetap di kelompok rencana suksesi (kotak ${talentPoolBoxes(policy).join(', ')}) selama ≥ 2 tinjauan`,
    KRS_MENJELANG_PENSIUN: 'Anggota kelompok rencana suksesi yang pensiun dalam 12 bulan',
  };
}

export const getAgenda = defineSnapshotRead({
  name: 'agenda',
  input: GetAgendaInput,
  permission: 'personal.read',
  async load(read): Promise<Agenda> {
    const population = await loadBoardPopulation(read);
    const visible = population.people.filter((p) => read.people.includes(p.unitId));
    const byId = new Map(visible.map((p) => [p.employeeId, p]));
    const picked = agendaOf({
      people: visible.map((p) => ({ id: p.employeeId, box: p.effectiveBox, previousBox: p.previousBox as typeof p.effectiveBox, flags: p.flags })),
      policy: read.policy,
    });
    return {
      review: boardReviewOf(read, population.previous),
      unit: read.unitRef,
      sections: (Object.entries(titlesFor(read.policy)) as [AgendaReason, string][]).map(([reason, title]) => ({
        reason,
        title,
        people: picked[reason].map((id) => presentBoardPerson(read.people, byId.get(id)!)),
      })),
    };
  },
  audit: (read, _input, result) => ({
    target: read.review.id,
    details: { unit: read.unit?.kode ?? null, people: result.sections.reduce((n, s) => n + s.people.length, 0) },
  }),
});
