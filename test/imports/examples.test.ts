import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../services/imports/import-kinds.js';
import { importKitPerFile } from './import-test-kit.js';

const kit = importKitPerFile({ seedBase: false });

it('imports every sample file in examples/ without a rejection', async () => {
  for (const kind of IMPORT_KINDS) {
    const report = await kit.run(kind, readFileSync(new URL(`../../examples/${kind}.csv`, import.meta.url)));
    expect(report.rejected, kind).toEqual([]);
    expect(report.rows, kind).toBeGreaterThanOrEqual(2);
    expect(report.inserted, kind).toBe(report.rows);
  }
});
