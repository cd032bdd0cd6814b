/**
 * The import use case (contract §1): one file of one kind for one instansi, in one transaction. Valid rows are
 * upserted by natural key, every problem of every invalid row is reported and the row not stored, and a database
 * failure stores nothing. A dry run does all of it, then rolls back.
 */
import { createImportMappingsRepository } from '../../db/repositories/import-mappings.repository.js';
import { lockImports } from '../../db/repositories/imports/import-lock.repository.js';
import { sqlStateOf } from '../../lib/database-error.js';
import { AppError, validationError } from '../../lib/errors.js';
import { EventLoopSlices } from '../../lib/event-loop-slices.js';
import { recordAudit } from '../audit/record-audit.js';
import { markDataChanged } from '../cache/data-version.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { importAbkTugas } from './abk-tugas.importer.js';
import { importAssessments } from './assessments.importer.js';
import { importDiscipline } from './discipline.importer.js';
import { importEmployees } from './employees.importer.js';
import { importKebutuhan } from './kebutuhan.importer.js';
import { importLimitsOf } from './import-limits.js';
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from './import-kinds.js';
import type { ImportReport, RejectedRow } from './import-report.schema.js';
import { openImportTable, type ImportTable } from './import-table.js';
import type { KindImporter } from './kind-importer.js';
import { importPerformance } from './performance.importer.js';
import { importPositions } from './positions.importer.js';
import { RowProblems } from './row-check.js';
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
  kebutuhan: importKebutuhan,
  abk_tugas: importAbkTugas,
};

/**
 * Reading between two turns of the event loop, in milliseconds. The database's answer to each statement of a chunk
 * write (and the start of the next chunk) waits for such a turn: with the event loop's default of 10 ms slices the
 * database sat idle a third of an import, between the statements of every chunk.
 */
const READ_SLICE_MS = 2;

/** Rows validated between two progress callbacks. */
const PROGRESS_EVERY = 1000;

export interface ImportProgress {
  /** Data rows validated so far. */
  done: number;
  /** Data rows expected (estimated from the file; 0 when unknown). */
  total: number;
}

export interface ImportFileInput {
  instansiKode: string;
  kind: ImportKind;
  data: Buffer;
  /** As uploaded; the format is sniffed from the content, these only appear in a refusal's details. */
  fileName?: string;
  contentType?: string;
  /** XLSX: the sheet to read, by name (default: the first sheet). */
  sheet?: string;
  /** Validate and report without storing anything. */
  dryRun?: boolean;
  /** Called while rows are validated (the CLI progress bar). */
  onProgress?: (progress: ImportProgress) => void;
}

/** Thrown inside the transaction of a dry run to roll it back with the report in hand. */
class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

function assertKind(kind: string): asserts kind is ImportKind {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw validationError(`Jenis impor "${kind}" tidak dikenal; gunakan salah satu dari ${IMPORT_KINDS.join(', ')}`);
  }
}

/** Problems of one row left to right, as the analyst reads the row. */
function inColumnOrder(kind: ImportKind, problems: readonly RowProblem[]): RowProblem[] {
  const order = IMPORT_COLUMNS[kind].all;
  return [...problems].sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
}

function rowNumbering(table: ImportTable): string {
  const header = table.headerRows.join(' dan ');
  const where = table.sheet === null ? 'berkas CSV' : `lembar "${table.sheet}"`;
  return `Nomor baris sesuai tampilan ${where} (baris judul kolom: ${header}; baris judul, kosong dan jumlah dilewati)`;
}

/**
 * Imports one CSV/XLSX file.
 * @returns the report `{ kind, rows, inserted, updated, unchanged, rejected, … }`
 * @throws AppError UNPROCESSABLE when the file is not CSV/XLSX, exceeds an import limit, or lacks required columns
 *   (nothing stored); NOT_FOUND/FORBIDDEN for the instansi; INTERNAL `import.failed` when the database fails
 */
export async function importFile(ctx: ServiceContext, input: ImportFileInput): Promise<ImportReport> {
  assertKind(input.kind);
  const { kind } = input;
  const dryRun = input.dryRun ?? false;
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'import.write');
  const mapping = await createImportMappingsRepository({ db: ctx.deps.dbHandle.db }).find(instansi.id, kind);
  const table = await openImportTable({
    kind,
    data: input.data,
    limits: importLimitsOf(ctx.deps.config),
    label: { fileName: input.fileName, contentType: input.contentType },
    ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
    saved: mapping?.columns ?? null,
  });

  try {
    const report = await ctx.deps.dbHandle.db.transaction(async (tx) => {
      await lockImports(tx, instansi.id);
      const embedded = ctx.deps.dbHandle.driver === 'pglite';
      const batch = await IMPORTERS[kind]({ db: tx, instansiId: instansi.id, now: ctx.now(), embedded });
      const rejected: RejectedRow[] = [];
      let rows = 0;
      let rejectedRows = 0;
      const slices = new EventLoopSlices(READ_SLICE_MS);
      try {
        for await (const r of table.rows) {
          rows++;
          try {
            batch.accept(r);
          } catch (err) {
            if (err instanceof RowProblems) rejected.push(...inColumnOrder(kind, err.problems).map((p) => toRejectedRow(r, p)));
            else if (err instanceof RowProblem) rejected.push(toRejectedRow(r, err));
            else throw err;
            rejectedRows++;
          }
          if (input.onProgress && rows % PROGRESS_EVERY === 0) input.onProgress({ done: rows, total: table.estimatedRows });
          if (slices.due()) {
            await batch.writeAhead?.();
            await slices.yield();
          }
        }
      } catch (err) {
        await batch.abandon?.();
        throw err;
      }
      const { inserted, updated } = await batch.flush();
      const unchanged = rows - rejectedRows - inserted - updated;
      const result: ImportReport = {
        kind,
        rows,
        inserted,
        updated,
        unchanged,
        rejected,
        rejectedRows,
        dryRun,
        file: { format: table.format, encoding: table.encoding, sheet: table.sheet, headerRows: table.headerRows },
        rowNumbering: rowNumbering(table),
        columns: table.columns,
        mapping: mapping ? { updatedAt: mapping.updatedAt.toISOString(), columns: mapping.columns } : null,
        skipped: table.skipped,
        notes: batch.notes?.() ?? [],
      };
      if (dryRun) throw new DryRunRollback(result);
      await markDataChanged(tx, instansi.id, ctx.deps.readCache);
      const counts = { rows, inserted, updated, unchanged, rejected: rejectedRows };
      await recordAudit(ctx, { instansiId: instansi.id, action: 'import', target: kind, details: { kind, format: table.format, ...counts } }, tx);
      return result;
    });
    input.onProgress?.({ done: report.rows, total: report.rows });
    ctx.log.info(
      { instansiId: instansi.id, kind, rows: report.rows, inserted: report.inserted, updated: report.updated, rejectedRows: report.rejectedRows },
      'import finished',
    );
    return report;
  } catch (err) {
    if (err instanceof DryRunRollback) {
      ctx.log.info({ instansiId: instansi.id, kind, rows: err.report.rows, rejectedRows: err.report.rejectedRows }, 'import dry run finished');
      return err.report;
    }
    if (err instanceof AppError) throw err;
    ctx.log.error({ instansiId: instansi.id, kind, sqlState: sqlStateOf(err) }, 'import failed, transaction rolled back');
    throw new AppError({
      kind: 'INTERNAL',
      code: 'import.failed',
      message: 'Impor gagal karena kesalahan database; tidak ada data yang disimpan',
      cause: (err as { cause?: unknown }).cause ?? err,
    });
  }
}
