/**
 * An API under test: a fresh database on the given lane (PGlite or PostgreSQL), `buildServer` with the API plugin, two instansi with a small unit tree,
 * and one real token per role (created by the token service). Units are inserted directly: the org chart is only a
 * backdrop here; imports have their own suites.
 */
import type { FastifyInstance, FastifyPluginAsync, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DbHandle } from '../../../db/client.js';
import { ROLES, type Role } from '../../../db/enums.js';
import { units } from '../../../db/schema/index.js';
import { buildServer } from '../../../server/app.js';
import { createApiPlugin } from '../../../server/routes/api/api-plugin.js';
import { createToken } from '../../../services/access/tokens/create-token.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../../services/context.js';
import type { Deps } from '../../../services/deps.js';
import { createInstansi } from '../../../services/instansi/create-instansi.js';
import { openTestDb, type DbLane } from '../../helpers/test-db.js';
import { createTestDeps, testConfig } from '../../helpers/test-deps.js';

export const INSTANSI = 'kab-uji';
export const OTHER_INSTANSI = 'kab-lain';
/** ROOT → OPD-A → A-1, ROOT → OPD-B. PIMPINAN tokens are scoped to OPD-A. */
export const UNIT_TREE = [
  { kode: 'ROOT', nama: 'Pemerintah Kabupaten Uji', parent: null },
  { kode: 'OPD-A', nama: 'Dinas Pendidikan', parent: 'ROOT' },
  { kode: 'A-1', nama: 'Bidang Pembinaan SD', parent: 'OPD-A' },
  { kode: 'OPD-B', nama: 'Dinas Kesehatan', parent: 'ROOT' },
] as const;
export const PIMPINAN_UNIT = 'OPD-A';

export interface ApiHarness {
  app: FastifyInstance;
  handle: DbHandle;
  deps: Deps;
  /** One token per role for {@link INSTANSI} (PIMPINAN scoped to {@link PIMPINAN_UNIT}); SUPERADMIN is global. */
  tokens: Record<Role, string>;
  /** An ADMIN of {@link OTHER_INSTANSI}. */
  otherAdminToken: string;
  systemCtx: ServiceContext;
  /** `app.inject` with `Authorization: Bearer <token>` when a token is given. */
  call(token: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export function systemContext(deps: Deps): ServiceContext {
  return { deps, actor: { type: 'system', job: 'test' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date() };
}

async function seedUnits(handle: DbHandle, instansiId: number): Promise<void> {
  const ids = new Map<string, number>();
  for (const unit of UNIT_TREE) {
    const [row] = await handle.db
      .insert(units)
      .values({ instansiId, kode: unit.kode, nama: unit.nama, parentId: unit.parent ? ids.get(unit.parent)! : null })
      .returning({ id: units.id });
    ids.set(unit.kode, row!.id);
  }
}

export async function startApi(
  lane: DbLane,
  options: {
    routes?: readonly FastifyPluginAsync[];
    plugins?: Array<(app: FastifyInstance) => Promise<void>>;
    config?: Record<string, string>;
    deps?: Partial<Deps>;
  } = {},
): Promise<ApiHarness> {
  const handle = await openTestDb(lane);
  const deps = createTestDeps(handle, { config: testConfig(options.config), ...options.deps });
  const systemCtx = systemContext(deps);
  const home = await createInstansi(systemCtx, { kode: INSTANSI, nama: 'Pemerintah Kabupaten Uji' });
  const other = await createInstansi(systemCtx, { kode: OTHER_INSTANSI, nama: 'Pemerintah Kabupaten Lain' });
  await seedUnits(handle, home.id);
  await seedUnits(handle, other.id);

  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const scope = role === 'SUPERADMIN' ? {} : { instansiKode: INSTANSI, ...(role === 'PIMPINAN' ? { unitKode: PIMPINAN_UNIT } : {}) };
    tokens[role] = (await createToken(systemCtx, { role, name: `uji-${role.toLowerCase()}`, ...scope })).token;
  }
  const otherAdminToken = (await createToken(systemCtx, { role: 'ADMIN', name: 'uji-lain', instansiKode: OTHER_INSTANSI })).token;

  const plugins = options.plugins ?? [createApiPlugin(options.routes ?? [])];
  const app = await buildServer(deps, { plugins });
  return {
    app,
    handle,
    deps,
    tokens,
    otherAdminToken,
    systemCtx,
    call(token, injectOptions) {
      const headers = { ...(injectOptions.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
      return app.inject({ ...injectOptions, headers });
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
