/**
 * Writes web/src/api/schema.d.ts: the board's typed API client types, generated from the server's own OpenAPI
 * document (the same app `talenta serve` runs, on a throwaway in-memory database that is never queried).
 * `npm run web:api` after changing a route; a test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openapiTypes } from './openapi-types.js';

const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
writeFileSync(target, await openapiTypes());
process.stdout.write(`ditulis: ${target}\n`);
process.exit(0);
