/**
 * Who may do what: the single table every route, bot command and CLI path is authorised against.
 * PIMPINAN reads only inside its unit subtree (enforced by {@link authorize} with a unit), VIEWER sees aggregates only.
 */
import type { Role } from '../../db/enums.js';

export const PERMISSIONS = {
  'instansi.create': ['SUPERADMIN'],
  'instansi.read': ['SUPERADMIN', 'ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'],
  'import.write': ['SUPERADMIN', 'ADMIN'],
  'review.run': ['SUPERADMIN', 'ADMIN'],
  'review.finalize': ['SUPERADMIN', 'ADMIN', 'KOMITE'],
  'review.read': ['SUPERADMIN', 'ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'],
  /** Grid counts, bench metrics: no names, no NIPs. */
  'aggregates.read': ['SUPERADMIN', 'ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'],
  /** Placements, profiles, slates, talent pool: personal data. */
  'personal.read': ['SUPERADMIN', 'ADMIN', 'KOMITE', 'PIMPINAN'],
  'calibration.write': ['SUPERADMIN', 'ADMIN', 'KOMITE'],
  'policy.read': ['SUPERADMIN', 'ADMIN', 'KOMITE'],
  'policy.write': ['SUPERADMIN', 'ADMIN'],
  'schedule.read': ['SUPERADMIN', 'ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'],
  'schedule.write': ['SUPERADMIN', 'ADMIN'],
  'chat.link': ['SUPERADMIN', 'ADMIN'],
  'audit.read': ['SUPERADMIN', 'ADMIN'],
  'export.read': ['SUPERADMIN', 'ADMIN', 'KOMITE'],
  'token.create': ['SUPERADMIN', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** NIPs are masked for roles that may see people only partially (`1966****1001`). */
export const MASKED_NIP_ROLES: ReadonlySet<Role> = new Set(['PIMPINAN']);
