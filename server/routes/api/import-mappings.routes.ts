/** Saved column mappings of an instansi per import kind (ADMIN): which file header feeds which Talenta column. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORT_KINDS } from '../../../services/imports/import-kinds.js';
import { deleteColumnMapping, getColumnMapping, putColumnMapping } from '../../../services/imports/mappings/column-mapping.js';
import { ColumnMappingInput, ColumnMappingSchema } from '../../../services/imports/mappings/schemas.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams } from './route-common.js';

const MappingParams = InstansiParams.extend({ kind: z.enum(IMPORT_KINDS) });

export const importMappingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/imports/:kind/mapping',
    {
      schema: {
        tags: ['impor'],
        summary: 'Pemetaan kolom tersimpan untuk satu jenis impor',
        operationId: 'getImportMapping',
        security: BEARER_SECURITY,
        params: MappingParams,
        response: { 200: ColumnMappingSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getColumnMapping(request.ctx, { instansiKode: request.params.kode, kind: request.params.kind }),
  );

  app.put(
    '/instansi/:kode/imports/:kind/mapping',
    {
      schema: {
        tags: ['impor'],
        summary: 'Menyimpan pemetaan kolom (dipakai pada impor berikutnya, sebelum alias bawaan)',
        operationId: 'putImportMapping',
        security: BEARER_SECURITY,
        params: MappingParams,
        body: ColumnMappingInput,
        response: { 200: ColumnMappingSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      putColumnMapping(request.ctx, { instansiKode: request.params.kode, kind: request.params.kind, mapping: request.body }),
  );

  app.delete(
    '/instansi/:kode/imports/:kind/mapping',
    {
      schema: {
        tags: ['impor'],
        summary: 'Menghapus pemetaan kolom tersimpan',
        operationId: 'deleteImportMapping',
        security: BEARER_SECURITY,
        params: MappingParams,
        response: { 204: z.null().describe('dihapus'), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteColumnMapping(request.ctx, { instansiKode: request.params.kode, kind: request.params.kind });
      return reply.status(204).send(null);
    },
  );
};
