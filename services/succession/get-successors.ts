/**
 * Successors of one position in a review (default: the latest): slate with readiness, jenis, fit, nilai talenta,
 * effective box and every gate; near misses; risk flags. Personal data: `personal.read`, limited to a PIMPINAN's
 * subtree (the position's unit), audited. The people shown follow the one people scope (access/people-scope.ts):
 * a PIMPINAN sees the candidates inside its subtree (NIPs masked); candidates from elsewhere are left out and
 * counted in `outsideScope`, their ranks kept so the leader sees where they stand.
 */
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { withinScope } from '../access/people-scope.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { StoredNearMissesSchema, StoredSlateSchema } from '../snapshots/stored-plan.js';
import { GetSuccessorsInput, type Successors } from './schemas.js';

type SlateItem = Successors['slate'][number];

export const getSuccessors = defineSnapshotRead({
  name: 'successors',
  input: GetSuccessorsInput,
  permission: 'personal.read',
  async load(read, input): Promise<Successors> {
    const plan = await createSuccessionPlansRepository({ db: read.db }).findByKode(read.review.id, input.positionKode);
    if (!plan) throw notFoundError('jabatan', input.positionKode);
    read.authorizeUnit(plan.unitId);
    const scope = read.people;

    const slate = StoredSlateSchema.parse(plan.slate).slice(0, input.limit ?? Number.MAX_SAFE_INTEGER);
    const nearMisses = StoredNearMissesSchema.parse(plan.nearMisses);
    const ids = [...slate.map((s) => s.employeeId), ...nearMisses.items.map((n) => n.employeeId)];
    if (plan.incumbentEmployeeId !== null) ids.push(plan.incumbentEmployeeId);
    const people = await createPlacementsRepository({ db: read.db }).findByEmployeeIds(read.review.id, [...new Set(ids)]);
    const byId = new Map(people.map((p) => [p.employeeId, p]));
    const nama = (id: number) => byId.get(id)?.nama ?? '';
    const unitOf = (item: { employeeId: number }) => byId.get(item.employeeId)?.unitId;
    const shownSlate = withinScope(scope, slate, unitOf);
    const shownNearMisses = withinScope(scope, nearMisses.items, unitOf);
    const incumbent = plan.incumbentEmployeeId === null ? undefined : byId.get(plan.incumbentEmployeeId);
    const incumbentShown = incumbent !== undefined && scope.includes(incumbent.unitId);
    const unit = read.units.units.find((u) => u.id === plan.unitId);
    return {
      review: read.reviewRef,
      position: {
        kode: plan.positionKode,
        nama: plan.nama,
        jenisJabatan: plan.jenisJabatan,
        unit: unit ? { kode: unit.kode, nama: unit.nama } : null,
        kritikal: plan.kritikal,
        pemangku: incumbentShown ? { nip: scope.nip(incumbent.nip), nama: incumbent.nama } : null,
        pemangkuPensiun: incumbentShown ? plan.incumbentRetirementDate : null,
      },
      eligibleCount: plan.eligibleCount,
      slate: shownSlate.visible.map((s) => ({
        rank: s.rank,
        nip: scope.nip(s.nip),
        nama: nama(s.employeeId),
        readiness: s.readiness as SlateItem['readiness'],
        jenis: s.jenis as SlateItem['jenis'],
        kesesuaian: s.kesesuaian as SlateItem['kesesuaian'],
        nilaiTalenta: s.nilaiTalenta,
        box: s.box,
        gates: s.gates,
      })),
      nearMisses: shownNearMisses.visible.map((n) => ({
        nip: scope.nip(n.nip),
        nama: nama(n.employeeId),
        box: n.box,
        gate: n.gate,
        reason: n.reason,
      })),
      nearMissTotal: nearMisses.total,
      outsideScope: { slate: shownSlate.outside, nearMisses: shownNearMisses.outside },
      risks: plan.risks,
    };
  },
  audit: (read, input) => ({ target: input.positionKode, details: { reviewId: read.review.id } }),
});
