/**
 * Defines a snapshot read verb: input parsed once, the snapshot read opened with the verb's permission, the result
 * cached per (instansi data version, principal, input) and, for reads of personal data, one audit row per call,
 * cached or not. Every read verb of a review is written with it:
 *
 *   export const getThing = defineSnapshotRead({
 *     name: 'thing', input: GetThingInput, permission: 'personal.read',
 *     load: async (read, input) => …,                    // read: SnapshotRead (review, policy, unit scope)
 *     audit: (read, input, result) => ({ target: read.review.id }),   // omit for aggregates
 *   });
 *
 * `getThing.withoutAudit(ctx, input)` is the same read without its own audit row, for a caller that audits the whole
 * operation once (the committee pack writes one `export.review` row per download).
 */
import type { z } from 'zod';
import type { InstansiRow } from '../../db/repositories/instansi.repository.js';
import type { Permission } from '../access/permissions.js';
import { recordReadAudit, type ReadAudit } from '../audit/record-audit.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { parseInput } from '../parse-input.js';
import { openInstansiRead, type InstansiRead, type SnapshotRead } from './open-snapshot-read.js';

/** What a read verb's input always carries. */
interface ReadInput {
  instansiKode: string;
  reviewId?: string | undefined;
  unitKode?: string | undefined;
}

export interface SnapshotReadDefinition<S extends z.ZodType<ReadInput>, R, O extends SnapshotRead = SnapshotRead> {
  /** Names the verb: its cache key, and its audit action `<name>.read`. */
  name: string;
  input: S;
  permission: Permission;
  /**
   * Picks the review of the read (and may carry what it looked up on to `load`).
   * @defaultValue the input's `reviewId` (else `latest`) and `unitKode`
   */
  open?: (base: InstansiRead, input: z.output<S>) => Promise<O>;
  load: (read: O, input: z.output<S>) => Promise<R>;
  /** For reads of personal data: the audit row's target and details (no names or ratings). */
  audit?: (read: O, input: z.output<S>, result: R) => Pick<ReadAudit, 'target' | 'details'>;
}

export interface SnapshotReadVerb<In, R> {
  (ctx: ServiceContext, input: In): Promise<R>;
  /** The same read without its own audit row, for a caller that audits the whole operation itself. */
  withoutAudit(ctx: ServiceContext, input: In): Promise<R>;
}

export function defineSnapshotRead<S extends z.ZodType<ReadInput>, R, O extends SnapshotRead = SnapshotRead>(
  def: SnapshotReadDefinition<S, R, O>,
): SnapshotReadVerb<z.input<S>, R> {
  const open =
    def.open ??
    // Without `open`, O is SnapshotRead.
    ((base: InstansiRead, input: z.output<S>) =>
      base.atReview({ reviewId: input.reviewId ?? 'latest', unitKode: input.unitKode }) as Promise<O>);

  async function load(ctx: ServiceContext, input: z.output<S>, instansi?: InstansiRow): Promise<{ result: R; audit: ReadAudit | null }> {
    const read = await open(await openInstansiRead(ctx, { instansiKode: input.instansiKode, permission: def.permission, instansi }), input);
    const result = await def.load(read, input);
    const audit = def.audit ? { instansiId: read.instansi.id, action: `${def.name}.read`, ...def.audit(read, input, result) } : null;
    return { result, audit };
  }

  async function run(ctx: ServiceContext, rawInput: z.input<S>, audited: boolean): Promise<R> {
    const input = parseInput(def.input, rawInput);
    const { result, audit } = await cachedRead(ctx, {
      instansiKode: input.instansiKode,
      key: readKey(def.name, input as Record<string, unknown>),
      load: (instansi) => load(ctx, input, instansi),
    });
    if (audited && audit) await recordReadAudit(ctx, audit);
    return result;
  }

  return Object.assign((ctx: ServiceContext, input: z.input<S>) => run(ctx, input, true), {
    withoutAudit: (ctx: ServiceContext, input: z.input<S>) => run(ctx, input, false),
  });
}
