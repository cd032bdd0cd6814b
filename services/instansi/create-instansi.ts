import { z } from 'zod';
import { conflictError } from '../../lib/errors.js';
import { createInstansiRepository, type InstansiRow } from '../../db/repositories/instansi.repository.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { recordAudit } from '../audit/record-audit.js';

export const CreateInstansiInput = z.object({
  kode: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'kode hanya huruf kecil, angka dan tanda hubung (2–63 karakter)'),
  nama: z.string().trim().min(3, 'nama minimal 3 karakter').max(200),
});
export type CreateInstansiInput = z.infer<typeof CreateInstansiInput>;

export async function createInstansi(ctx: ServiceContext, input: CreateInstansiInput): Promise<InstansiRow> {
  authorize(ctx.principal, 'instansi.create');
  const parsed = CreateInstansiInput.parse(input);
  const row = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).create(parsed);
  if (!row) throw conflictError(`Instansi dengan kode "${parsed.kode}" sudah ada`);
  await recordAudit(ctx, { instansiId: row.id, action: 'instansi.create', target: row.kode });
  return row;
}
