/** Table-driven authorisation: the roles a permission excludes, straight from the one PERMISSIONS table. */
import { ROLES, type Role } from '../../../db/enums.js';
import { PERMISSIONS, type Permission } from '../../../services/access/permissions.js';

export function forbiddenRoles(permission: Permission): Role[] {
  const allowed = PERMISSIONS[permission] as readonly Role[];
  return ROLES.filter((r) => !allowed.includes(r));
}
