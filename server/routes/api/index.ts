/**
 * `apiRoutes`: the whole REST API v1 as one plugin for `buildServer(deps, { plugins: [apiRoutes] })`, one route file
 * per area of the contract (§5).
 */
import { abkRoutes } from './abk.routes.js';
import type { FastifyInstance } from 'fastify';
import { sessionSignInRoutes } from '../session-sign-in.routes.js';
import { createApiPlugin } from './api-plugin.js';
import { auditRoutes } from './audit.routes.js';
import { boardRoutes } from './board.routes.js';
import { calibrationsRoutes } from './calibrations.routes.js';
import { chatIdentitiesRoutes } from './chat-identities.routes.js';
import { exportsRoutes } from './exports.routes.js';
import { importMappingsRoutes } from './import-mappings.routes.js';
import { importsRoutes } from './imports.routes.js';
import { instansiRoutes } from './instansi.routes.js';
import { policyRoutes } from './policy.routes.js';
import { reviewsRoutes } from './reviews.routes.js';
import { scheduleRoutes } from './schedule.routes.js';
import { sessionRoutes } from './session.routes.js';
import { successionRoutes } from './succession.routes.js';
import { talentRoutes } from './talent.routes.js';
import { tokensRoutes } from './tokens.routes.js';

export { API_PREFIX } from './api-plugin.js';

export const API_ROUTE_PLUGINS = [
  instansiRoutes,
  importsRoutes,
  importMappingsRoutes,
  reviewsRoutes,
  calibrationsRoutes,
  talentRoutes,
  successionRoutes,
  scheduleRoutes,
  policyRoutes,
  chatIdentitiesRoutes,
  tokensRoutes,
  auditRoutes,
  exportsRoutes,
  abkRoutes,
  boardRoutes,
  sessionRoutes,
];

const authenticatedApi = createApiPlugin(API_ROUTE_PLUGINS);

/** The API plus board sign-in, which sits beside it because it is where authentication starts. */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  await app.register(sessionSignInRoutes);
  await authenticatedApi(app);
}
