/**
 * Master-data and talent-data imports (contract §1). The file arrives either as the raw body (`text/csv`, XLSX or
 * `application/octet-stream`, parsed to a Buffer by the API plugin) or as multipart/form-data with one file.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAppError, validationError } from '../../../lib/errors.js';
import { IMPORT_KINDS } from '../../../services/imports/import-kinds.js';
import { ImportReportSchema } from '../../../services/imports/import-report.schema.js';
import { importFile } from '../../../services/imports/import-file.js';
import { BEARER_SECURITY, errorResponses, InstansiParams } from './route-common.js';

const ImportParams = InstansiParams.extend({ kind: z.enum(IMPORT_KINDS) });

const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('true: periksa dan laporkan tanpa menyimpan apa pun'),
  sheet: z.string().trim().min(1).max(100).optional().describe('XLSX: nama lembar kerja yang dibaca (bawaan: lembar pertama)'),
});

interface UploadedFile {
  data: Buffer;
  fileName?: string;
  contentType?: string;
}

/** The uploaded bytes, whichever way they came; an empty upload is a 400. */
async function readUpload(request: FastifyRequest): Promise<UploadedFile> {
  if (request.isMultipart()) return readMultipartFile(request);
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
    throw validationError('Isi permintaan kosong: kirim berkas CSV/XLSX sebagai body atau multipart');
  }
  const contentType = request.headers['content-type'];
  return { data: request.body, ...(contentType ? { contentType } : {}) };
}

async function readMultipartFile(request: FastifyRequest): Promise<UploadedFile> {
  try {
    const part = await request.file();
    if (!part) throw validationError('Permintaan multipart harus berisi satu berkas');
    return { data: await part.toBuffer(), fileName: part.filename, contentType: part.mimetype };
  } catch (err) {
    // Limits (413) and our own refusals keep their answer; the parser's plain errors mean a broken body.
    if (isAppError(err) || typeof (err as { statusCode?: unknown }).statusCode === 'number') throw err;
    throw validationError('Isi multipart tidak dapat dibaca: rusak atau terpotong');
  }
}

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instansi/:kode/imports/:kind',
    {
      schema: {
        tags: ['impor'],
        summary: 'Impor berkas CSV/XLSX (body text/csv, XLSX, atau multipart satu berkas)',
        description:
          'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, ' +
          'application/octet-stream, atau multipart/form-data dengan satu berkas. Judul kolom ekspor SIASN/SIMPEG/' +
          'e-Kinerja dikenali, begitu juga pemetaan kolom tersimpan (…/imports/{kind}/mapping). Hasil: laporan impor ' +
          'dengan setiap masalah tiap baris (nomor baris sesuai lembar kerja).',
        operationId: 'importFile',
        security: BEARER_SECURITY,
        consumes: [
          'text/csv',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/octet-stream',
          'multipart/form-data',
        ],
        params: ImportParams,
        querystring: ImportQuery,
        response: { 200: ImportReportSchema, ...errorResponses(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (request) => {
      const upload = await readUpload(request);
      const { dryRun, sheet } = request.query;
      return importFile(request.ctx, {
        instansiKode: request.params.kode,
        kind: request.params.kind,
        ...upload,
        dryRun,
        ...(sheet === undefined ? {} : { sheet }),
      });
    },
  );
};
