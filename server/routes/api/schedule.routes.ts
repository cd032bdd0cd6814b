/** The recurring review schedule of an instansi (cron + timezone). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getSchedule } from '../../../services/schedule/get-schedule.js';
import { putSchedule } from '../../../services/schedule/put-schedule.js';
import { ScheduleSchema } from '../../../services/schedule/schemas.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams } from './route-common.js';

/** Shape only; the service checks that the cron expression and the timezone are valid. */
const ScheduleBody = z.object({
  cron: z.string().trim().min(9).max(100).describe('ekspresi cron 5 kolom, mis. "0 2 1 1,4,7,10 *"'),
  timezone: z.string().trim().min(1).max(64).describe('zona waktu IANA, mis. Asia/Jakarta'),
  enabled: z.boolean().optional(),
});

export const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/schedule',
    {
      schema: {
        tags: ['pengaturan'],
        summary: 'Jadwal tinjauan talenta',
        operationId: 'getSchedule',
        security: BEARER_SECURITY,
        params: InstansiParams,
        response: { 200: ScheduleSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getSchedule(request.ctx, { instansiKode: request.params.kode }),
  );

  app.put(
    '/instansi/:kode/schedule',
    {
      schema: {
        tags: ['pengaturan'],
        summary: 'Mengubah jadwal tinjauan talenta (ADMIN)',
        operationId: 'putSchedule',
        security: BEARER_SECURITY,
        params: InstansiParams,
        body: ScheduleBody,
        response: { 200: ScheduleSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => putSchedule(request.ctx, { instansiKode: request.params.kode, ...request.body }),
  );
};
