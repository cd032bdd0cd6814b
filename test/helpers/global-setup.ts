/**
 * Runs once per `npm test`: builds a migrated PGlite template (each test file clones it in ~0.5 s instead of a
 * 2.5 s initdb), and brings up the real-service lanes. PostgreSQL: `DATABASE_URL` if given, else a throwaway server;
 * a migrated template database is created there so each test file gets its own copy. Redis: `REDIS_URL` if given,
 * else a throwaway server. A missing binary skips that lane with a printed reason. Compiles dist/ first when the
 * sources are newer, for the suites that spawn the `talenta` command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { startPostgres, startRedis, type LocalService } from '../../tools/local-services.js';
import { ensureCompiled } from './ensure-compiled.js';

export const PG_TEMPLATE_DB = 'talenta_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresAdminUrl: string | null;
    postgresSkipReason: string | null;
    redisUrl: string | null;
    redisSkipReason: string | null;
  }
}

async function buildPgliteTemplate(dir: string): Promise<string> {
  const handle = await createDb({ memory: true });
  await runMigrations(handle);
  const image = await handle.dump?.();
  await handle.close();
  if (!image) throw new Error('the embedded database gave no image');
  const path = join(dir, 'pglite-template.tar');
  writeFileSync(path, image);
  return path;
}

async function preparePostgresTemplate(adminUrl: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB}`);
    await admin.unsafe(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${PG_TEMPLATE_DB}`;
  const handle = await createDb({ url: url.toString(), maxConnections: 1 });
  await runMigrations(handle);
  await handle.close();
}

/** In CI (`TALENTA_REQUIRE_SERVICES=1`) a lane that cannot start is a failure, never a silent skip. */
function requireLane(name: string, reason: string | null): void {
  if (reason && process.env.TALENTA_REQUIRE_SERVICES === '1') {
    throw new Error(`${name} lane required but unavailable: ${reason}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureCompiled();
  const dir = mkdtempSync(join(tmpdir(), 'talenta-test-'));
  const stops: LocalService[] = [];
  project.provide('pgliteTemplatePath', await buildPgliteTemplate(dir));

  let pgUrl: string | null = process.env.DATABASE_URL ?? null;
  let pgReason: string | null = null;
  if (!pgUrl) {
    const pg = await startPostgres();
    if (pg.ok) {
      stops.push(pg.service);
      pgUrl = pg.service.url;
    } else {
      pgReason = pg.reason;
    }
  }
  if (pgUrl) await preparePostgresTemplate(pgUrl);
  requireLane('PostgreSQL', pgReason);
  project.provide('postgresAdminUrl', pgUrl);
  project.provide('postgresSkipReason', pgReason);
  process.stdout.write(
    pgUrl ? `[talenta] PostgreSQL lane: ${new URL(pgUrl).host}\n` : `[talenta] PostgreSQL lane SKIPPED: ${pgReason}\n`,
  );

  let redisUrl: string | null = process.env.REDIS_URL ?? null;
  let redisReason: string | null = null;
  if (!redisUrl) {
    const redis = await startRedis();
    if (redis.ok) {
      stops.push(redis.service);
      redisUrl = redis.service.url;
    } else {
      redisReason = redis.reason;
    }
  }
  requireLane('Redis', redisReason);
  project.provide('redisUrl', redisUrl);
  project.provide('redisSkipReason', redisReason);
  process.stdout.write(
    redisUrl ? `[talenta] Redis lane: ${new URL(redisUrl).host}\n` : `[talenta] Redis lane SKIPPED: ${redisReason}\n`,
  );

  return async () => {
    for (const service of stops) service.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
