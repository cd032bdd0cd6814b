import {
  check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, unique, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { REVIEW_STATUS } from '../enums.js';
import { instansi } from './instansi.js';

/** Versioned talent policy per instansi; a change writes a new version, old versions stay for old reviews. */
export const policies = pgTable(
  'policies',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('policies_instansi_version').on(t.instansiId, t.version)],
);

/** A talent review: one immutable snapshot for (instansi, asOf) once COMPLETED. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    status: text('status', { enum: REVIEW_STATUS }).notNull(),
    progress: integer('progress').notNull().default(0),
    policyVersion: integer('policy_version'),
    inputsHash: text('inputs_hash'),
    counts: jsonb('counts'),
    timings: jsonb('timings'),
    error: text('error'),
    trigger: text('trigger').notNull(),
    /** For a scheduled review, the schedule that fired it (cron @ timezone): one review per (instansi, asOf, schedule). */
    schedule: text('schedule'),
    requestedBy: text('requested_by').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /**
     * Counts the runs that claimed the review (`markRunning`). A run that writes its placements before its snapshot's
     * transaction (the embedded database) checks it still holds the review by this number, so two runs of one review
     * never mix their rows, and a run that lost the review does not mark it FAILED under the run that holds it.
     */
    runAttempt: integer('run_attempt').notNull().default(0),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    finalizedBy: text('finalized_by'),
  },
  (t) => [
    index('reviews_instansi_asof_idx').on(t.instansiId, t.asOf),
    index('reviews_instansi_status_idx').on(t.instansiId, t.status, t.finishedAt),
    uniqueIndex('reviews_scheduled_once').on(t.instansiId, t.asOf, t.schedule),
  ],
);

/**
 * One row per active employee per review. Employee and position attributes are copied so a finalized snapshot
 * stays readable after the master data changes.
 *
 * `review_id` names its review without a foreign key: the rows are written only by the review's snapshot (COPY,
 * under the review row's lock, so the review exists), and a per-row reference check cost as much as all its
 * indexes together (a fifth of the snapshot's write). Deleting a review still removes its placements: a statement
 * trigger on `reviews` does what the key's cascade did (migration 0012).
 *
 * Every index is paid on each of a review's rows, so the table keeps only those its reads use: by review and employee
 * (the key: calibration, previous boxes, a profile, an employee's history) and by review and unit (a unit subtree's
 * placements). Every read names its review; an index on the employee alone served none of them (migration 0014).
 * A read by NIP finds the employee first (`employees_instansi_nip`; an employee's NIP never changes, it is the key
 * imports match on) and then goes by the key. An index by review and NIP cost each snapshot's write more than the
 * other two together: real NIPs begin with the birth date, so each row went to a random page (migration 0015).
 */
export const placements = pgTable(
  'placements',
  {
    reviewId: uuid('review_id').notNull(),
    employeeId: integer('employee_id').notNull(),
    nip: text('nip').notNull(),
    nama: text('nama').notNull(),
    jenisPegawai: text('jenis_pegawai').notNull(),
    golongan: text('golongan').notNull(),
    pendidikan: text('pendidikan').notNull(),
    positionId: integer('position_id').notNull(),
    positionKode: text('position_kode').notNull(),
    jabatan: text('jabatan').notNull(),
    jenisJabatan: text('jenis_jabatan').notNull(),
    unitId: integer('unit_id').notNull(),
    unitKode: text('unit_kode').notNull(),
    unitNama: text('unit_nama').notNull(),
    kinerjaScore: doublePrecision('kinerja_score'),
    kinerjaLevel: text('kinerja_level'),
    potensialScore: doublePrecision('potensial_score'),
    potensialLevel: text('potensial_level'),
    box: smallint('box'),
    calibratedBox: smallint('calibrated_box'),
    /** The box every view uses (contract §2.3): the calibrated box when the committee set one, else the computed one. */
    effectiveBox: smallint('effective_box').generatedAlwaysAs(sql`coalesce(calibrated_box, box)`),
    nilaiTalenta: doublePrecision('nilai_talenta'),
    unratedReasons: text('unrated_reasons').array().notNull(),
    flags: text('flags').array().notNull(),
    explanation: jsonb('explanation').notNull(),
  },
  (t) => [
    primaryKey({ name: 'placements_pk', columns: [t.reviewId, t.employeeId] }),
    index('placements_review_unit_idx').on(t.reviewId, t.unitId),
  ],
);

/**
 * How many of a review's placements sit in each effective box, per unit the placements name (box null =
 * BELUM_TERPETAKAN): the nine-box of any unit subtree adds up a few rows here instead of counting every placement.
 * Written right after the placements, in their transaction, and moved by one when a calibration moves an
 * employee; a box emptied by calibration keeps its row at 0. Migration 0013 counted the reviews stored before it.
 */
export const placementBoxCounts = pgTable(
  'placement_box_counts',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    box: smallint('box'),
    count: integer('count').notNull(),
  },
  (t) => [
    // One row per (review, unit, box), BELUM_TERPETAKAN's null included: a calibration adds to the row it finds.
    unique('placement_box_counts_key').on(t.reviewId, t.unitId, t.box).nullsNotDistinct(),
    // A count below zero means the counts lost track of the placements: refuse it rather than show it.
    check('placement_box_counts_not_negative', sql`${t.count} >= 0`),
  ],
);

/** Audit of every calibration move by the talent committee. */
export const calibrations = pgTable(
  'calibrations',
  {
    id: serial('id').primaryKey(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    employeeId: integer('employee_id').notNull(),
    fromBox: smallint('from_box').notNull(),
    toBox: smallint('to_box').notNull(),
    alasan: text('alasan').notNull(),
    actor: text('actor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('calibrations_review_idx').on(t.reviewId, t.employeeId)],
);

/**
 * Succession result per position of a review: slate, near misses and risk flags as computed. The incumbent, every
 * slate entry and every near miss carry the person's name and unit as placed in the review, so a read names them
 * without looking placements up again.
 */
export const successionPlans = pgTable(
  'succession_plans',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    positionId: integer('position_id').notNull(),
    positionKode: text('position_kode').notNull(),
    nama: text('nama').notNull(),
    jenisJabatan: text('jenis_jabatan').notNull(),
    unitId: integer('unit_id').notNull(),
    kritikal: integer('kritikal').notNull(),
    incumbentEmployeeId: integer('incumbent_employee_id'),
    /** NIP, name and unit of the incumbent as placed in this review (null when vacant). */
    incumbentNip: text('incumbent_nip'),
    incumbentNama: text('incumbent_nama'),
    incumbentUnitId: integer('incumbent_unit_id'),
    /** When the position loses its last holder to BUP (retirement outlook); null when vacant or unknown. */
    incumbentRetirementDate: date('incumbent_retirement_date', { mode: 'string' }),
    eligibleCount: integer('eligible_count').notNull(),
    readyNowCount: integer('ready_now_count').notNull(),
    risks: text('risks').array().notNull(),
    slate: jsonb('slate').notNull(),
    nearMisses: jsonb('near_misses').notNull(),
  },
  (t) => [
    primaryKey({ name: 'succession_plans_pk', columns: [t.reviewId, t.positionId] }),
    index('succession_plans_kode_idx').on(t.reviewId, t.positionKode),
  ],
);

/** Which employee sits on which slate: answers "slates they appear on" and "on ≥ 3 slates" by index. */
export const slateEntries = pgTable(
  'slate_entries',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    positionId: integer('position_id').notNull(),
    employeeId: integer('employee_id').notNull(),
    rank: integer('rank').notNull(),
  },
  (t) => [
    primaryKey({ name: 'slate_entries_pk', columns: [t.reviewId, t.positionId, t.employeeId] }),
    index('slate_entries_employee_idx').on(t.reviewId, t.employeeId),
  ],
);

/**
 * What each unit contributes to the bench metrics and retirement outlook of any subtree holding it, one row per
 * (review, unit with a critical position): the critical positions with a slate, those with a ready-now successor,
 * their eligible candidates summed, the slate counts of people who could be overloaded, and the critical positions
 * whose incumbent retires by the longest horizon. A read of a subtree adds up the rows of the units it holds now.
 * Written with the succession (and again when a calibration recomputes it); a review completed by an earlier
 * release has no rows and is read from its plans.
 */
export const successionSummaries = pgTable(
  'succession_summaries',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    criticalPositions: integer('critical_positions').notNull(),
    positionsWithReadyNow: integer('positions_with_ready_now').notNull(),
    eligibleSum: integer('eligible_sum').notNull(),
    /** `[[employeeId, slates], …]` */
    slateLoads: jsonb('slate_loads').notNull(),
    /** `[{ kode, nama, retirementDate, readyNowCount }, …]` */
    retiring: jsonb('retiring').notNull(),
  },
  (t) => [primaryKey({ name: 'succession_summaries_pk', columns: [t.reviewId, t.unitId] })],
);

/**
 * What a review computed with, stored once per review rather than once per employee: the resolved policy (so a
 * later release with other defaults reads an old review as it was computed) and the constants every explanation
 * of the review shares (asOf, windows, weights, thresholds, formula), which placements' explanations leave out.
 * Written in the snapshot's transaction. A review completed by an earlier release has no row: its explanations
 * are stored whole and its policy is found by version.
 */
export const reviewConstants = pgTable('review_constants', {
  reviewId: uuid('review_id')
    .primaryKey()
    .references(() => reviews.id, { onDelete: 'cascade' }),
  policy: jsonb('policy').notNull(),
  explanation: jsonb('explanation').notNull(),
});
