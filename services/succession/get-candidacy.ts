/**
 * Why a person is, or is not, a successor for a position in a review (default: the latest): on the slate (rank,
 * readiness), a near miss (the one gate that stops them), eligible but outranked, or which gates fail — evaluated
 * on the snapshot's own inputs when the stored plan does not say. Personal data: `personal.read`, the position and
 * the person both inside a PIMPINAN's subtree, NIPs masked for PIMPINAN, audited.
 */
import { z } from 'zod';
import { explainCandidacy } from '../../analytics/succession/index.js';
import { createDirectoryRepository } from '../../db/repositories/directory.repository.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { presentNip } from '../access/authorize.js';
import { reviewSuccessionInputs } from '../reviews/compute-review-succession.js';
import { loadSnapshotSuccessionArgs } from '../reviews/snapshot-succession-args.js';
import { InstansiKode, Kode, Nip, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { StoredNearMissesSchema, StoredSlateSchema } from '../snapshots/stored-plan.js';
import { GateSchema } from './schemas.js';

const CANDIDACY_STATUSES = [
  /** On the slate (`rank`, `readiness`, `jenis` set). */
  'ON_SLATE',
  /** Passes every gate but ranks below the slate's cut. */
  'ELIGIBLE',
  /** In the talent pool, failing exactly one gate. */
  'NEAR_MISS',
  /** Fails one or more gates (listed). */
  'NOT_ELIGIBLE',
  /** Holds the position: never their own successor. */
  'INCUMBENT',
  /** The position gets no slate (PELAKSANA, FUNGSIONAL). */
  'NOT_A_TARGET',
] as const;

export const CandidacySchema = z.object({
  review: ReviewRefSchema,
  position: z.object({ kode: z.string(), nama: z.string(), jenisJabatan: z.string() }),
  person: z.object({
    /** Masked for PIMPINAN. */
    nip: z.string(),
    nama: z.string(),
    jabatan: z.string(),
    unit: UnitRefSchema,
    /** Effective box (calibrated ?? computed); null when not placed. */
    box: z.int().nullable(),
    unratedReasons: z.array(z.string()),
  }),
  status: z.enum(CANDIDACY_STATUSES),
  rank: z.int().nullable(),
  readiness: z.string().nullable(),
  jenis: z.string().nullable(),
  /** The gates as evaluated (failed ones first); for a near miss, the one failing gate. */
  gates: z.array(GateSchema),
});
export type Candidacy = z.infer<typeof CandidacySchema>;

export const GetCandidacyInput = z.object({
  instansiKode: InstansiKode,
  positionKode: Kode,
  nip: Nip,
  reviewId: ReviewRef.default('latest'),
});
export type GetCandidacyInput = z.input<typeof GetCandidacyInput>;

export const getCandidacy = defineSnapshotRead({
  name: 'candidacy',
  input: GetCandidacyInput,
  permission: 'personal.read',
  async load(read, input): Promise<Candidacy> {
    const position = (await createDirectoryRepository({ db: read.db }).listPositions(read.instansi.id)).find((p) => p.kode === input.positionKode);
    if (!position) throw notFoundError('jabatan', input.positionKode);
    const person = await createPlacementsRepository({ db: read.db }).findByNip(read.review.id, input.nip);
    if (!person) throw notFoundError('pegawai', presentNip(read.ctx.principal, input.nip));
    read.authorizeUnit(position.unitId);
    read.authorizeUnit(person.unitId);

    const base = {
      review: read.reviewRef,
      position: { kode: position.kode, nama: position.nama, jenisJabatan: position.jenisJabatan },
      person: {
        nip: presentNip(read.ctx.principal, person.nip),
        nama: person.nama,
        jabatan: person.jabatan,
        unit: { kode: person.unitKode, nama: person.unitNama },
        box: person.effectiveBox,
        unratedReasons: person.unratedReasons,
      },
      rank: null,
      readiness: null,
      jenis: null,
    };
    // Only posts with a slate (JPT, administrator, pengawas) have a succession plan.
    const plan = await createSuccessionPlansRepository({ db: read.db }).findByKode(read.review.id, position.kode);
    if (!plan) return { ...base, status: 'NOT_A_TARGET', gates: [] };
    if (plan.incumbentEmployeeId === person.employeeId) return { ...base, status: 'INCUMBENT', gates: [] };
    const onSlate = StoredSlateSchema.parse(plan.slate).find((e) => e.employeeId === person.employeeId);
    if (onSlate) {
      return { ...base, status: 'ON_SLATE', rank: onSlate.rank, readiness: onSlate.readiness, jenis: onSlate.jenis, gates: onSlate.gates };
    }
    const nearMiss = StoredNearMissesSchema.parse(plan.nearMisses).items.find((n) => n.employeeId === person.employeeId);
    if (nearMiss) return { ...base, status: 'NEAR_MISS', gates: [{ gate: nearMiss.gate, passed: false, reason: nearMiss.reason }] };

    const { args } = await loadSnapshotSuccessionArgs(read.db, read.review, read.policy);
    const why = explainCandidacy({ inputs: reviewSuccessionInputs(args), employeeId: person.employeeId, positionId: plan.positionId });
    if (!why || why.target === null) return { ...base, status: 'NOT_A_TARGET', gates: [] };
    const gates = [...why.gates].sort((a, b) => Number(a.passed) - Number(b.passed));
    if (why.eligible) return { ...base, status: 'ELIGIBLE', readiness: why.readiness, jenis: why.jenis, gates };
    return { ...base, status: 'NOT_ELIGIBLE', gates };
  },
  audit: (read, input) => ({ target: input.nip, details: { reviewId: read.review.id, position: input.positionKode } }),
});
