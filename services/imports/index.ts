/** Public API of the import use case, for the HTTP route, the CLI and the demo seeder. */
export { importFile, type ImportFileInput, type ImportProgress } from './import-file.js';
export { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind, type KindColumns } from './import-kinds.js';
export { ImportReportSchema, RejectedRowSchema, type ImportReport, type RejectedRow } from './import-report.schema.js';
