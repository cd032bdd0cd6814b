/**
 * The review rows themselves: lifecycle (QUEUED → RUNNING → COMPLETED | FAILED), progress, listing.
 * Snapshot contents (placements, succession) live in the snapshot repositories.
 */
import { and, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { instansi, reviews } from '../schema/index.js';

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewStatus = ReviewRow['status'];

export function createReviewsRepository({ db }: { db: Db }) {
  return {
    async create(input: { id: string; instansiId: number; asOf: string; trigger: string; requestedBy: string; queuedAt: Date }) {
      const [row] = await db.insert(reviews).values({ ...input, status: 'QUEUED', progress: 0 }).returning();
      return row!;
    },

    /**
     * Creates the review a schedule fired for (instansi, asOf), unless that schedule already created it.
     * @returns the review, and whether this call created it
     */
    async createScheduled(input: {
      id: string; instansiId: number; asOf: string; schedule: string; requestedBy: string; queuedAt: Date;
    }): Promise<{ row: ReviewRow; created: boolean }> {
      const [inserted] = await db
        .insert(reviews)
        .values({ ...input, trigger: 'schedule', status: 'QUEUED', progress: 0 })
        .onConflictDoNothing({ target: [reviews.instansiId, reviews.asOf, reviews.schedule] })
        .returning();
      if (inserted) return { row: inserted, created: true };
      const [existing] = await db
        .select()
        .from(reviews)
        .where(and(eq(reviews.instansiId, input.instansiId), eq(reviews.asOf, input.asOf), eq(reviews.schedule, input.schedule)))
        .limit(1);
      if (!existing) throw new Error('scheduled review vanished between insert and read');
      return { row: existing, created: false };
    },

    async findById(id: string): Promise<ReviewRow | null> {
      const [row] = await db.select().from(reviews).where(eq(reviews.id, id)).limit(1);
      return row ?? null;
    },

    /** The review with the instansi it belongs to (the job runner only knows the review id). */
    async findWithInstansi(id: string) {
      const [row] = await db
        .select({ review: reviews, instansi })
        .from(reviews)
        .innerJoin(instansi, eq(instansi.id, reviews.instansiId))
        .where(eq(reviews.id, id))
        .limit(1);
      return row ?? null;
    },

    /** Locks the row for the rest of the transaction (serialises calibrations of one review with its finalization). */
    async lockById(id: string): Promise<ReviewRow | null> {
      const [row] = await db.select().from(reviews).where(eq(reviews.id, id)).for('update').limit(1);
      return row ?? null;
    },

    /**
     * Takes the right to write the review's snapshot for the rest of the transaction (serialises concurrent runs of
     * one review), then reads the row as it is once that right is held: a run that waited sees the other's COMPLETED.
     * An advisory lock rather than the row's: the run keeps storing its progress on the row from outside the
     * transaction while the snapshot is written.
     */
    async lockSnapshotWrite(id: string): Promise<ReviewRow | null> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended('review-snapshot:' || ${id}, 0))`);
      const [row] = await db.select().from(reviews).where(eq(reviews.id, id)).limit(1);
      return row ?? null;
    },

    /** Newest COMPLETED review of an instansi dated on or before `onOrBefore` (by asOf, then finish time). */
    async findLatestCompleted(instansiId: number, onOrBefore: string): Promise<ReviewRow | null> {
      const [row] = await db
        .select()
        .from(reviews)
        .where(and(eq(reviews.instansiId, instansiId), eq(reviews.status, 'COMPLETED'), lte(reviews.asOf, onOrBefore)))
        .orderBy(desc(reviews.asOf), desc(reviews.finishedAt), desc(reviews.id))
        .limit(1);
      return row ?? null;
    },

    /** The COMPLETED review that precedes `review` (older asOf, or same asOf finished earlier). */
    async findPreviousCompleted(review: Pick<ReviewRow, 'id' | 'instansiId' | 'asOf'>, finishedBefore: Date) {
      const [row] = await db
        .select()
        .from(reviews)
        .where(
          and(
            eq(reviews.instansiId, review.instansiId),
            eq(reviews.status, 'COMPLETED'),
            sql`${reviews.id} <> ${review.id}`,
            or(lt(reviews.asOf, review.asOf), and(eq(reviews.asOf, review.asOf), lt(reviews.finishedAt, finishedBefore))),
          ),
        )
        .orderBy(desc(reviews.asOf), desc(reviews.finishedAt), desc(reviews.id))
        .limit(1);
      return row ?? null;
    },

    /**
     * The `limit` newest COMPLETED reviews of the instansi up to and including `review`, in review order (asOf, then
     * finish time, then id — the order `findLatestCompleted` picks by), oldest first.
     */
    async listCompletedUpTo(review: Pick<ReviewRow, 'id' | 'instansiId' | 'asOf' | 'finishedAt'>, limit: number) {
      const finishedAt = (review.finishedAt ?? new Date(0)).toISOString();
      const rows = await db
        .select()
        .from(reviews)
        .where(
          and(
            eq(reviews.instansiId, review.instansiId),
            eq(reviews.status, 'COMPLETED'),
            sql`(${reviews.asOf}, ${reviews.finishedAt}, ${reviews.id})
                <= (${review.asOf}::date, ${finishedAt}::timestamptz, ${review.id}::uuid)`,
          ),
        )
        .orderBy(desc(reviews.asOf), desc(reviews.finishedAt), desc(reviews.id))
        .limit(limit);
      return rows.reverse();
    },

    /** Newest first by queue time; keyset on (queuedAt, id). */
    async list(input: { instansiId: number; limit: number; before?: { queuedAt: Date; id: string } }) {
      const conditions = [eq(reviews.instansiId, input.instansiId)];
      if (input.before) {
        conditions.push(
          or(
            lt(reviews.queuedAt, input.before.queuedAt),
            and(eq(reviews.queuedAt, input.before.queuedAt), lt(reviews.id, input.before.id)),
          )!,
        );
      }
      return db
        .select()
        .from(reviews)
        .where(and(...conditions))
        .orderBy(desc(reviews.queuedAt), desc(reviews.id))
        .limit(input.limit);
    },

    /** COMPLETED reviews among `ids`, for box histories. */
    async listCompletedByIds(ids: string[]) {
      if (ids.length === 0) return [];
      return db.select().from(reviews).where(and(inArray(reviews.id, ids), eq(reviews.status, 'COMPLETED')));
    },

    /**
     * Claims a review for a run: QUEUED, FAILED or RUNNING (a crashed earlier attempt) become RUNNING.
     * @returns the claimed row, or null when it is COMPLETED (or missing)
     */
    async markRunning(id: string, startedAt: Date): Promise<ReviewRow | null> {
      const [row] = await db
        .update(reviews)
        .set({ status: 'RUNNING', progress: 0, error: null, startedAt, finishedAt: null, runAttempt: sql`${reviews.runAttempt} + 1` })
        .where(and(eq(reviews.id, id), inArray(reviews.status, ['QUEUED', 'RUNNING', 'FAILED'])))
        .returning();
      return row ?? null;
    },

    /**
     * Whether run `attempt` still holds the review (RUNNING, claimed by no later run); the row stays locked until the
     * caller's transaction ends, so what it writes there cannot interleave with another run's claim.
     */
    async holdsRun(id: string, attempt: number): Promise<boolean> {
      const rows = await db
        .select({ id: reviews.id })
        .from(reviews)
        .where(and(eq(reviews.id, id), eq(reviews.status, 'RUNNING'), eq(reviews.runAttempt, attempt)))
        .for('update');
      return rows.length > 0;
    },

    async setProgress(id: string, progress: number) {
      await db.update(reviews).set({ progress }).where(and(eq(reviews.id, id), eq(reviews.status, 'RUNNING')));
    },

    async markCompleted(
      id: string,
      input: { policyVersion: number; inputsHash: string; counts: unknown; timings: unknown; finishedAt: Date },
    ) {
      const [row] = await db
        .update(reviews)
        .set({ ...input, status: 'COMPLETED', progress: 100, error: null })
        .where(eq(reviews.id, id))
        .returning();
      return row!;
    },

    /**
     * Marks a run FAILED unless it completed meanwhile, or (given the run's `attempt`) a later run claimed it: that
     * run's outcome is the review's. `error` must be free of personal data.
     */
    async markFailed(id: string, error: string, finishedAt: Date, attempt?: number) {
      const [row] = await db
        .update(reviews)
        .set({ status: 'FAILED', error, finishedAt })
        .where(
          and(
            eq(reviews.id, id),
            inArray(reviews.status, ['QUEUED', 'RUNNING']),
            attempt === undefined ? undefined : eq(reviews.runAttempt, attempt),
          ),
        )
        .returning();
      return row ?? null;
    },

    async updateCounts(id: string, counts: unknown) {
      await db.update(reviews).set({ counts }).where(eq(reviews.id, id));
    },

    async markFinalized(id: string, finalizedBy: string, finalizedAt: Date) {
      const [row] = await db
        .update(reviews)
        .set({ finalizedAt, finalizedBy })
        .where(and(eq(reviews.id, id), eq(reviews.status, 'COMPLETED'), sql`${reviews.finalizedAt} is null`))
        .returning();
      return row ?? null;
    },
  };
}

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
