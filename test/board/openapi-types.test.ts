/** The board's committed API types are what the server's OpenAPI document generates today (`npm run web:api`). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { projectPath } from '../../lib/project-root.js';
import { openapiTypes } from '../../web/scripts/openapi-types.js';
import { createPgliteTestDb } from '../helpers/test-db.js';

it('web/src/api/schema.d.ts matches the OpenAPI document (run `npm run web:api` after changing a route)', async () => {
  const committed = readFileSync(projectPath('web', 'src', 'api', 'schema.d.ts'), 'utf8');
  expect(await openapiTypes(await createPgliteTestDb())).toBe(committed);
});
