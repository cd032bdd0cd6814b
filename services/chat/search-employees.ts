/**
 * Finds employees by name for "profil budi santoso": fuzzy over the active employees the caller's people scope
 * shows (access/people-scope.ts; a PIMPINAN only inside their unit subtree). Returns full NIPs for the caller's next
 * verb; presenting them is masked by the scope where the role requires.
 */
import { createDirectoryRepository } from '../../db/repositories/directory.repository.js';
import { authorize } from '../access/authorize.js';
import { peopleScope, withinScope } from '../access/people-scope.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi } from '../instansi/resolve-instansi.js';
import { pickBest, type MatchOutcome } from '../succession/name-match.js';

export interface EmployeeHit {
  id: number;
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
}

/**
 * @param input - `query` is a name (fuzzy) or `id` an employee id from an earlier pick list.
 */
export async function searchEmployees(
  ctx: ServiceContext,
  input: { instansiKode: string; query?: string; id?: number; limit?: number },
): Promise<MatchOutcome<EmployeeHit>> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'personal.read');
  authorize(ctx.principal, 'personal.read', { instansiId: instansi.id });
  const rows = await createDirectoryRepository({ db: ctx.deps.dbHandle.db }).listActiveEmployees(instansi.id, input.id);
  const scope = peopleScope(ctx.principal, (await loadUnitScope(ctx, instansi.id)).tree);
  const { visible } = withinScope(scope, rows, (r) => r.unitId);
  const hits = visible.map(({ unitId: _unitId, ...hit }) => hit);
  if (input.id !== undefined) {
    const [hit] = hits;
    return hit ? { kind: 'match', item: hit, score: 1 } : { kind: 'none' };
  }
  return pickBest(input.query ?? '', hits, (h) => ({ nama: h.nama }), input.limit);
}
