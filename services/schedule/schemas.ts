/** Schemas of the schedule verbs (contract §4: cron + timezone per instansi, default quarterly). */
import { z } from 'zod';

export const ScheduleSchema = z.object({
  instansi: z.string(),
  cron: z.string(),
  timezone: z.string(),
  enabled: z.boolean(),
  /** True when nothing is stored yet and the default (`SCHEDULE_DEFAULT_CRON`, quarterly unless set) applies. */
  isDefault: z.boolean(),
  /** When the next scheduled review starts (ISO 8601, UTC); null when disabled. */
  next: z.string().nullable(),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const GetScheduleInput = z.object({ instansiKode: z.string().min(1) });
export type GetScheduleInput = z.infer<typeof GetScheduleInput>;

export const PutScheduleInput = z.object({
  instansiKode: z.string().min(1),
  cron: z.string(),
  timezone: z.string(),
  enabled: z.boolean().optional(),
});
export type PutScheduleInput = z.infer<typeof PutScheduleInput>;
