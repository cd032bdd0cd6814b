/**
 * Successors of one position in a review (default: the latest): slate with readiness, jenis, fit, nilai talenta,
 * effective box and every gate; near misses; risk flags. Personal data: `personal.read`, limited to a PIMPINAN's
 * subtree (the position's unit), audited. The people shown follow the one people scope (access/people-scope.ts):
 * a PIMPINAN sees the candidates inside its subtree (NIPs masked); candidates from elsewhere are left out and
 * counted in `outsideScope`, their ranks kept so the leader sees where they stand.
 */
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
    // Names and units were stored with the plan: no placement is looked up to show them.
    const unitOf = (item: { unitId: number | null }) => item.unitId;
    const shownSlate = withinScope(scope, slate, unitOf);
    const shownNearMisses = withinScope(scope, nearMisses.items, unitOf);
    const { incumbentNip, incumbentNama, incumbentUnitId } = plan;
    const incumbentShown = incumbentNip !== null && incumbentNama !== null && scope.includes(incumbentUnitId);
    const unit = read.units.units.find((u) => u.id === plan.unitId);
    return {
      review: read.reviewRef,
      position: {
        kode: plan.positionKode,
        nama: plan.nama,
        jenisJabatan: plan.jenisJabatan,
        unit: unit ? { kode: unit.kode, nama: unit.nama } : null,
        kritikal: plan.kritikal,
        pemangku: incumbentShown ? { nip: scope.nip(incumbentNip), nama: incumbentNama } : null,
        pemangkuPensiun: incumbentShown ? plan.incumbentRetirementDate : null,
      },
      eligibleCount: plan.eligibleCount,
      slate: shownSlate.visible.map((s) => ({
        rank: s.rank,
        nip: scope.nip(s.nip),
        nama: s.nama,
        readiness: s.readiness as SlateItem['readiness'],
        jenis: s.jenis as SlateItem['jenis'],
        kesesuaian: s.kesesuaian as SlateItem['kesesuaian'],
        nilaiTalenta: s.nilaiTalenta,
        box: s.box,
        gates: s.gates,
      })),
      nearMisses: shownNearMisses.visible.map((n) => ({
        nip: scope.nip(n.nip),
        nama: n.nama,
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
