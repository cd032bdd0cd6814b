/**
 * Saved column mappings per instansi and import kind (ADMIN): read, replace, remove. Every later import of that kind
 * reads the mapped headers before the built-in aliases, and its report says so.
 */
import { createImportMappingsRepository, type ImportMappingRow } from '../../../db/repositories/import-mappings.repository.js';
import { AppError, validationError } from '../../../lib/errors.js';
import { recordAudit } from '../../audit/record-audit.js';
import { describeActor, type ServiceContext } from '../../context.js';
import { resolveInstansi } from '../../instansi/resolve-instansi.js';
import { IMPORT_COLUMNS, type ImportKind } from '../import-kinds.js';
import { spellingKey } from '../normalise/spelling.js';
import { ColumnMappingInput, type ColumnMapping } from './schemas.js';

function present(row: ImportMappingRow): ColumnMapping {
  return { kind: row.kind as ImportKind, columns: row.columns, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
}

function notFound(kind: ImportKind): AppError {
  return new AppError({ kind: 'NOT_FOUND', code: 'mapping.not_found', message: `Belum ada pemetaan kolom untuk jenis ${kind}` });
}

/** @throws AppError NOT_FOUND when the instansi has no mapping for the kind */
export async function getColumnMapping(ctx: ServiceContext, input: { instansiKode: string; kind: ImportKind }): Promise<ColumnMapping> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'import.write');
  const row = await createImportMappingsRepository({ db: ctx.deps.dbHandle.db }).find(instansi.id, input.kind);
  if (!row) throw notFound(input.kind);
  return present(row);
}

/**
 * Replaces the mapping of the kind. Keys must be columns of the kind; two columns cannot read the same header.
 * @throws AppError VALIDATION naming unknown columns or a header used twice
 */
export async function putColumnMapping(
  ctx: ServiceContext,
  input: { instansiKode: string; kind: ImportKind; mapping: ColumnMappingInput },
): Promise<ColumnMapping> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'import.write');
  const parsed = ColumnMappingInput.safeParse(input.mapping);
  if (!parsed.success) {
    throw validationError('Pemetaan kolom tidak valid: isi { "columns": { "<kolom>": "<judul kolom di berkas>" } }', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const { columns } = parsed.data;
  const known = IMPORT_COLUMNS[input.kind].all;
  const unknown = Object.keys(columns).filter((c) => !known.includes(c));
  if (unknown.length > 0) {
    throw validationError(`Kolom tidak dikenal untuk jenis ${input.kind}: ${unknown.join(', ')}; kolom yang ada: ${known.join(', ')}`, {
      unknownColumns: unknown,
    });
  }
  const byHeader = new Map<string, string>();
  for (const [column, header] of Object.entries(columns)) {
    const other = byHeader.get(spellingKey(header));
    if (other) throw validationError(`Judul kolom "${header}" dipetakan ke dua kolom: ${other} dan ${column}`);
    byHeader.set(spellingKey(header), column);
  }
  const row = await ctx.deps.dbHandle.db.transaction(async (tx) => {
    const saved = await createImportMappingsRepository({ db: tx }).upsert({
      instansiId: instansi.id,
      kind: input.kind,
      columns,
      updatedBy: describeActor(ctx.actor),
    });
    await recordAudit(ctx, { instansiId: instansi.id, action: 'import.mapping.put', target: input.kind, details: { columns } }, tx);
    return saved;
  });
  return present(row);
}

/** @throws AppError NOT_FOUND when there was no mapping */
export async function deleteColumnMapping(ctx: ServiceContext, input: { instansiKode: string; kind: ImportKind }): Promise<void> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'import.write');
  const removed = await ctx.deps.dbHandle.db.transaction(async (tx) => {
    const gone = await createImportMappingsRepository({ db: tx }).remove(instansi.id, input.kind);
    if (gone) await recordAudit(ctx, { instansiId: instansi.id, action: 'import.mapping.delete', target: input.kind }, tx);
    return gone;
  });
  if (!removed) throw notFound(input.kind);
}
