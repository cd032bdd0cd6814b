import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../services/imports/import-kinds.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { openImportKit, type ImportKit } from './import-test-kit.js';

let kit: ImportKit;
beforeAll(async () => {
  kit = await openImportKit(await createPgliteTestDb());
});
afterAll(async () => {
  await kit.handle.close();
});

it('imports every sample file in examples/ without a rejection', async () => {
  for (const kind of IMPORT_KINDS) {
    const report = await kit.run(kind, readFileSync(new URL(`../../examples/${kind}.csv`, import.meta.url)));
    expect(report.rejected, kind).toEqual([]);
    expect(report.rows, kind).toBeGreaterThanOrEqual(2);
    expect(report.inserted, kind).toBe(report.rows);
  }
});
