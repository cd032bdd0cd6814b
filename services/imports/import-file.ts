/**
 * The import use case (contract §1): one file of one kind for one instansi, in one transaction. Valid rows are
 * upserted by natural key, invalid rows are reported and not stored, and a database failure stores nothing.
 */
import { AppError, validationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { markDataChanged } from '../cache/data-version.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { importAssessments } from './assessments.importer.js';
import { importDiscipline } from './discipline.importer.js';
import { importEmployees } from './employees.importer.js';
import { IMPORT_KINDS, type ImportKind } from './import-kinds.js';
import type { ImportReport, RejectedRow } from './import-report.schema.js';
import { openImportTable } from './import-table.js';
import type { KindImporter } from './kind-importer.js';
import { importPerformance } from './performance.importer.js';
import { importPositions } from './positions.importer.js';
import { RowProblem, toRejectedRow } from './row-fields.js';
import { importTrainings } from './trainings.importer.js';
import { importUnits } from './units.importer.js';

const IMPORTERS: Readonly<Record<ImportKind, KindImporter>> = {
  units: importUnits,
  positions: importPositions,
  employees: importEmployees,
  performance: importPerformance,
  assessments: importAssessments,
  discipline: importDiscipline,
  trainings: importTrainings,
};

/** Rows validated between two progress callbacks. */
const PROGRESS_EVERY = 1000;

export interface ImportProgress {
  /** Data rows validated so far. */
  done: number;
  /** Data rows expected (estimated from the file). */
  total: number;
}

export interface ImportFileInput {
  instansiKode: string;
  kind: ImportKind;
  data: Buffer;
  /** As uploaded; the format is sniffed from the content, these only appear in a refusal's details. */
  fileName?: string;
  contentType?: string;
  /** Called while rows are validated (the CLI progress bar). */
  onProgress?: (progress: ImportProgress) => void;
}

function assertKind(kind: string): asserts kind is ImportKind {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw validationError(`Jenis impor "${kind}" tidak dikenal; gunakan salah satu dari ${IMPORT_KINDS.join(', ')}`);
  }
}

/** The SQLSTATE of a driver failure, the only part of it safe to log (details may quote personal data). */
function sqlState(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/**
 * Imports one CSV/XLSX file.
 * @returns the report `{ kind, rows, inserted, updated, unchanged, rejected }`
 * @throws AppError UNPROCESSABLE when the file is not CSV/XLSX or lacks required columns (nothing stored);
 *   NOT_FOUND/FORBIDDEN for the instansi; INTERNAL `import.failed` when the database fails (nothing stored)
 */
export async function importFile(ctx: ServiceContext, input: ImportFileInput): Promise<ImportReport> {
  assertKind(input.kind);
  const { kind } = input;
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'import.write');
  const table = await openImportTable({
    kind,
    data: input.data,
    label: { fileName: input.fileName, contentType: input.contentType },
  });

  try {
    const report = await ctx.deps.dbHandle.db.transaction(async (tx) => {
      const batch = await IMPORTERS[kind]({ db: tx, instansiId: instansi.id, now: ctx.now() });
      await markDataChanged(tx, instansi.id, ctx.deps.readCache);
      const rejected: RejectedRow[] = [];
      let rows = 0;
      for await (const r of table.rows) {
        rows++;
        try {
          batch.accept(r);
        } catch (err) {
          if (!(err instanceof RowProblem)) throw err;
          rejected.push(toRejectedRow(r.row, err));
        }
        if (input.onProgress && rows % PROGRESS_EVERY === 0) input.onProgress({ done: rows, total: table.estimatedRows });
      }
      const { inserted, updated } = await batch.flush();
      const unchanged = rows - rejected.length - inserted - updated;
      const counts = { rows, inserted, updated, unchanged, rejected: rejected.length };
      await recordAudit(ctx, { instansiId: instansi.id, action: 'import', target: kind, details: { kind, format: table.format, ...counts } }, tx);
      return { kind, rows, inserted, updated, unchanged, rejected };
    });
    input.onProgress?.({ done: report.rows, total: report.rows });
    ctx.log.info(
      { instansiId: instansi.id, kind, rows: report.rows, inserted: report.inserted, updated: report.updated, rejectedRows: report.rejected.length },
      'import finished',
    );
    return report;
  } catch (err) {
    if (err instanceof AppError) throw err;
    ctx.log.error({ instansiId: instansi.id, kind, sqlState: sqlState(err) }, 'import failed, transaction rolled back');
    throw new AppError({
      kind: 'INTERNAL',
      code: 'import.failed',
      message: 'Impor gagal karena kesalahan database; tidak ada data yang disimpan',
      cause: (err as { cause?: unknown }).cause ?? err,
    });
  }
}
