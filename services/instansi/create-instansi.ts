import { z } from 'zod';
import { conflictError } from '../../lib/errors.js';
import { createInstansiRepository, type InstansiRow } from '../../db/repositories/instansi.repository.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { recordAudit } from '../audit/record-audit.js';
import { effectiveSchedule } from '../schedule/effective-schedule.js';
import { registerSchedule } from '../schedule/register-schedule.js';

export const CreateInstansiInput = z.object({
  kode: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'kode hanya huruf kecil, angka dan tanda hubung (2–63 karakter)'),
  nama: z.string().trim().min(3, 'nama minimal 3 karakter').max(200),
});
export type CreateInstansiInput = z.infer<typeof CreateInstansiInput>;

/**
 * Creates an instansi and, where a job queue runs, registers its default review schedule in the same step: the
 * instansi exists only if its schedule could be registered, so the scheduler never misses one. Without a queue (a
 * one-off CLI run) the next `talenta serve` registers it at boot. Permission `instansi.create`.
 */
export async function createInstansi(ctx: ServiceContext, input: CreateInstansiInput): Promise<InstansiRow> {
  authorize(ctx.principal, 'instansi.create');
  const parsed = CreateInstansiInput.parse(input);
  const queue = ctx.deps.queue;
  return ctx.deps.dbHandle.db.transaction(async (tx) => {
    const row = await createInstansiRepository({ db: tx }).create(parsed);
    if (!row) throw conflictError(`Instansi dengan kode "${parsed.kode}" sudah ada`);
    await recordAudit(ctx, { instansiId: row.id, action: 'instansi.create', target: row.kode }, tx);
    if (queue) await registerSchedule(queue, row.id, effectiveSchedule(null, ctx.deps.config));
    return row;
  });
}
