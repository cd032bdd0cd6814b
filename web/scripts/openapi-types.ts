/** The TypeScript types of the API's OpenAPI document, as the board's client uses them. */
import openapiTS from 'openapi-typescript';
import { createDb, type DbHandle } from '../../db/client.js';
import { parseConfig } from '../../lib/config-schema.js';
import { createLogger } from '../../lib/logger.js';
import { buildServer } from '../../server/app.js';
import { apiRoutes } from '../../server/routes/api/index.js';

const HEADER = '/* Generated from /openapi.json by `npm run web:api`. Do not edit. */\n';

/** @param given - a database to build the app on (tests pass a cheap clone); default: a new in-memory one */
export async function openapiTypes(given?: DbHandle): Promise<string> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const dbHandle = given ?? (await createDb({ memory: true }));
  const app = await buildServer(
    { config: parsed.config, log: createLogger({ level: 'silent', pretty: false }), dbHandle },
    { plugins: [apiRoutes] },
  );
  try {
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    return HEADER + (await openapiTS(document, { exportType: false }));
  } finally {
    await app.close();
    await dbHandle.close();
  }
}
