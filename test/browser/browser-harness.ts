/**
 * The committee board in a real browser: Debian's Chromium driven by playwright-core, against the real server
 * (buildServer with the API and the board, listening on loopback) on the embedded database, with a fixed scenario:
 * the demo kabupaten at 400 employees (seed 7) and its first review. The board is built from the current sources
 * into a temporary folder first, so the test never runs a stale build.
 *
 * Without Chromium the suite is skipped with the reason printed, except under TALENTA_REQUIRE_SERVICES=1 (CI).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { projectPath } from '../../lib/project-root.js';
import { buildServer } from '../../server/app.js';
import { apiRoutes } from '../../server/routes/api/index.js';
import { webBoardRoutes } from '../../server/routes/web-board.routes.js';
import { issueLoginLinkForToken } from '../../services/access/sessions/index.js';
import { createToken } from '../../services/access/tokens/index.js';
import { createAuditBatcher } from '../../services/audit/audit-batcher.js';
import { createReadCache } from '../../services/cache/read-cache.js';
import type { ServiceContext } from '../../services/context.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { putPolicy } from '../../services/policy/put-policy.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { runnerCtx } from '../factories/context.factory.js';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { createCapturingQueue } from '../api/helpers/talent-seed.js';
import { systemContext } from '../api/helpers/api-harness.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Flags this machine needs: no sandbox as root, and no background traffic into the closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCENARIO = { instansi: 'kab-papan', nama: 'Pemerintah Kabupaten Papan', size: 400, seed: 7, asOf: '2026-01-15' } as const;
const SCENARIO_POLICY = {
  calibration: {
    minGroupSize: 30,
    distributionGuide: { '9': { min: 0, max: 10 }, '8': { min: 5, max: 20 }, '7': { min: 5, max: 20 }, '5': { min: 25, max: 50 }, '1': { min: 0, max: 5 } },
  },
};

/** Screenshots of the board, the side panel and the dialog, for people to look at. */
export const SCREENSHOT_DIR = projectPath('test-results', 'screenshots');

/** Why the browser suite cannot run here, or null. Under TALENTA_REQUIRE_SERVICES=1 a reason is a failure. */
export function browserSkipReason(): string | null {
  const reason = existsSync(CHROMIUM) ? null : `${CHROMIUM} tidak ada (apt-get install chromium)`;
  if (reason && process.env.TALENTA_REQUIRE_SERVICES === '1') throw new Error(`browser lane required but unavailable: ${reason}`);
  if (reason) process.stdout.write(`[talenta] browser lane skipped: ${reason}\n`);
  return reason;
}

export type ScenarioRole = 'ADMIN' | 'KOMITE' | 'PIMPINAN' | 'VIEWER';

export interface BoardWorld {
  baseUrl: string;
  app: FastifyInstance;
  handle: DbHandle;
  ctx: ServiceContext;
  reviewId: string;
  /** The PIMPINAN's unit subtree. */
  leaderUnit: string;
  tokens: Record<ScenarioRole, string>;
  browser: Browser;
  /** A fresh browser context (own cookies) signed in with the role's token through the sign-in form. */
  signIn(role: ScenarioRole): Promise<{ context: BrowserContext; page: Page }>;
  /** A fresh context opening a one-time login link for the role. */
  openLoginLink(role: ScenarioRole): Promise<{ context: BrowserContext; page: Page; url: string }>;
  /** GET on the API with the role's bearer token. */
  apiGet<T>(role: ScenarioRole, path: string): Promise<T>;
  /** The `n` column of a one-row SQL count. */
  count(statement: string): Promise<number>;
  /** Runs the reviews requested since (the server queues them; this world has no workers). */
  runQueuedReviews(): Promise<void>;
  close(): Promise<void>;
}

/** The production build of the board (the test runner's NODE_ENV=test would otherwise give React's development build). */
async function buildBoard(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: projectPath('web', 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export async function startBoardWorld(): Promise<BoardWorld> {
  const outDir = mkdtempSync(join(tmpdir(), 'talenta-web-'));
  await buildBoard(outDir);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const handle = await createPgliteTestDb();
  const { jobs, queue } = createCapturingQueue();
  const deps = createTestDeps(handle, { queue, readCache: createReadCache(), auditBatcher: createAuditBatcher({ db: handle.db, log: createTestDeps(handle).log }) });
  const ctx = systemContext(deps);
  await seedDemo(ctx, { instansiKode: SCENARIO.instansi, nama: SCENARIO.nama, seed: SCENARIO.seed, size: SCENARIO.size, asOf: SCENARIO.asOf });
  // A minimum group size that splits this scenario's OPDs into shown and suppressed groups, and a distribution guide.
  await putPolicy(ctx, { instansiKode: SCENARIO.instansi, policy: SCENARIO_POLICY });
  const review = await requestReview(ctx, { instansiKode: SCENARIO.instansi, asOf: SCENARIO.asOf });
  while (jobs.length > 0) await runReview(runnerCtx(deps), { reviewId: jobs.shift()!.reviewId });
  const leaderUnit = 'DISDIK';
  const tokens = {} as Record<ScenarioRole, string>;
  for (const role of ['ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'] as const) {
    const scope = { instansiKode: SCENARIO.instansi, ...(role === 'PIMPINAN' ? { unitKode: leaderUnit } : {}) };
    tokens[role] = (await createToken(ctx, { role, name: `papan-${role.toLowerCase()}`, ...scope })).token;
  }

  const app = await buildServer(deps, { plugins: [apiRoutes, (a) => webBoardRoutes(a, { root: outDir })] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

  async function newPage() {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (err) => process.stdout.write(`[browser] ${err.message}\n`));
    return { context, page };
  }

  return {
    baseUrl,
    app,
    handle,
    ctx,
    reviewId: review.id,
    leaderUnit,
    tokens,
    browser,
    async signIn(role) {
      const { context, page } = await newPage();
      await page.goto(baseUrl);
      await page.getByLabel('Token API').fill(tokens[role]);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.locator('[data-box="9"]').waitFor();
      return { context, page };
    },
    async openLoginLink(role) {
      const { url } = await issueLoginLinkForToken(ctx, { token: tokens[role], baseUrl });
      const { context, page } = await newPage();
      await page.goto(url);
      return { context, page, url };
    },
    async apiGet(role, path) {
      const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${tokens[role]}` } });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as never;
    },
    async count(statement) {
      const [row] = await queryRows<{ n: number }>(handle.db, sql.raw(statement));
      return Number(row?.n ?? 0);
    },
    async runQueuedReviews() {
      while (jobs.length > 0) await runReview(runnerCtx(deps), { reviewId: jobs.shift()!.reviewId });
    },
    async close() {
      await browser.close();
      await app.close();
      await deps.auditBatcher?.close();
      await handle.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
