import type { ScheduleView } from '../../core/bot-services.js';

/** The review schedule in words a BKD analyst recognises, with the raw cron for the administrator. */
export function presentSchedule(view: ScheduleView, instansi: { kode: string; nama: string }): string {
  const lines = [`Jadwal tinjauan talenta ${instansi.nama}`, `Cron: ${view.cron} (${view.timezone})`];
  if (view.cron === '0 2 1 1,4,7,10 *') lines.push('Setiap triwulan: tanggal 1 Januari, April, Juli, Oktober pukul 02.00.');
  if (view.next) lines.push(`Tinjauan berikutnya: ${view.next}`);
  return lines.join('\n');
}
