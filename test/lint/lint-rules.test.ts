/**
 * The lint configuration bites: deliberate layering violations and an import cycle, written as real files in the
 * tree (so the type-aware project sees them), make the project's own ESLint configuration report errors.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const written: string[] = [];

function probe(path: string, text: string): string {
  const file = join(ROOT, path);
  writeFileSync(file, text);
  written.push(file);
  return file;
}

async function errorsOf(files: string[]): Promise<Array<{ file: string; ruleId: string | null; message: string }>> {
  const results = await new ESLint({ cwd: ROOT }).lintFiles(files);
  return results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => ({ file: r.filePath, ruleId: m.ruleId, message: m.message })),
  );
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

describe('npm run lint', () => {
  it('rejects each layering violation the folder READMEs forbid, naming the rule', async () => {
    const cases = [
      probe('analytics/lint-probe.ts', "import { loadConfig } from '../lib/config.js';\nexport const probe = loadConfig;\n"),
      probe('analytics/domain/lint-probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"),
      probe('services/lint-probe.ts', "import { sql } from 'drizzle-orm';\nexport const probe = sql;\n"),
      probe('services/audit/lint-probe.ts', "import { auditLog } from '../../db/schema/index.js';\nexport const probe = auditLog;\n"),
      probe('server/lint-probe.ts', "import type { Db } from '../db/client.js';\nexport type Probe = Db;\n"),
      probe('bots/core/lint-probe.ts', "import { queryRows } from '../../db/sql.js';\nexport const probe = queryRows;\n"),
      probe('bench/lint-probe.ts', "import { createPgliteTestDb } from '../test/helpers/test-db.js';\nexport const probe = createPgliteTestDb;\n"),
      probe('web/src/lint-probe.ts', "import { GATES } from '../../analytics/succession/index.js';\nexport const probe = GATES;\n"),
      probe('web/src/lint-probe-services.ts', "import { getBoard } from '../../services/board/index.js';\nexport const probe = getBoard;\n"),
    ];
    const errors = await errorsOf(cases);
    for (const file of cases) {
      expect(errors.filter((e) => e.file === file).map((e) => e.ruleId), file).toContain('no-restricted-imports');
    }
  }, 120_000);

  it('rejects reading the clock anywhere but the one wall clock, and not parsing a given date', async () => {
    const cases = [
      probe('services/audit/lint-probe-clock.ts', 'export const probe = (): Date => new Date();\n'),
      probe('analytics/domain/lint-probe-clock.ts', 'export const probe = (): number => Date.now();\n'),
      probe('server/plugins/lint-probe-clock.ts', 'export const probe = (): number => Date.now();\n'),
      probe('db/repositories/lint-probe-clock.ts', 'export const probe = (): Date => new Date();\n'),
      probe('cli/lint-probe-clock.ts', 'export const probe = (): number => Date.now();\n'),
      probe('bots/shared/lint-probe-clock.ts', 'export const probe = (at?: () => number): (() => number) => at ?? Date.now;\n'),
    ];
    const errors = await errorsOf(cases);
    for (const file of cases) {
      expect(errors.filter((e) => e.file === file).map((e) => e.ruleId), file).toContain('no-restricted-syntax');
    }
    const parsing = probe('services/audit/lint-probe-date.ts', "export const probe = (at: string): Date => new Date(at);\n");
    expect(await errorsOf([parsing])).toEqual([]);
  }, 120_000);

  it('rejects an import cycle', async () => {
    const a = probe('lib/lint-probe-a.ts', "import { b } from './lint-probe-b.js';\nexport const a = (): number => b() + 1;\n");
    const b = probe('lib/lint-probe-b.ts', "import { a } from './lint-probe-a.js';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n");
    const errors = await errorsOf([a, b]);
    expect(errors.map((e) => e.ruleId)).toContain('import-x/no-cycle');
  }, 120_000);

  it('accepts the same imports where the layering allows them', async () => {
    const allowed = [
      probe('services/lint-probe-ok.ts', "import { round2 } from '../analytics/nine-box/index.js';\nexport const probe = round2;\n"),
      // The board's words for codes: the label table and the gates' list.
      probe(
        'web/src/lint-probe-ok.ts',
        "import { PREDIKAT_LABELS } from '../../analytics/domain/labels.js';\nimport { GATE_LABELS } from '../../analytics/succession/gates/index.js';\nexport const probe = [PREDIKAT_LABELS, GATE_LABELS];\n",
      ),
    ];
    expect(await errorsOf(allowed)).toEqual([]);
  }, 120_000);
});
