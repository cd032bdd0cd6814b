import { createInstansiRepository } from '../../../db/repositories/instansi.repository.js';
import { createUnitsRepository } from '../../../db/repositories/units.repository.js';
import type { ServiceContext } from '../../context.js';
import { can } from '../authorize.js';
import { MASKED_NIP_ROLES } from '../permissions.js';
import type { SignedInView } from './schemas.js';

/** Who the caller is and what the board may offer them, straight from the permission table. */
export async function describePrincipal(ctx: ServiceContext): Promise<Omit<SignedInView, 'csrfToken' | 'expiresAt'>> {
  const { principal, actor } = ctx;
  const db = ctx.deps.dbHandle.db;
  const instansi = principal.instansiId === null ? null : ((await createInstansiRepository({ db }).list({ ids: [principal.instansiId] }))[0] ?? null);
  const units = instansi && principal.unitId !== null ? await createUnitsRepository({ db }).listByInstansi(instansi.id) : [];
  const unit = units.find((u) => u.id === principal.unitId) ?? null;
  return {
    name: actor.type === 'token' ? actor.name : actor.type,
    role: principal.role,
    instansi: instansi ? { kode: instansi.kode, nama: instansi.nama } : null,
    unit: unit ? { kode: unit.kode, nama: unit.nama } : null,
    capabilities: {
      seePeople: can(principal, 'personal.read'),
      nipMasked: MASKED_NIP_ROLES.has(principal.role),
      calibrate: can(principal, 'calibration.write'),
      finalize: can(principal, 'review.finalize'),
      exportPack: can(principal, 'export.read'),
    },
  };
}
