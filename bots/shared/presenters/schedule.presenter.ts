import type { ScheduleView } from '../../core/bot-services.js';

/** The review schedule in words a BKD analyst recognises, with the raw cron for the administrator. */
export function presentSchedule(view: ScheduleView, instansi: { kode: string; nama: string }): string {
  const lines = [`Jadwal tinjauan talenta ${instansi.nama}`, `Cron: ${view.cron} (${view.timezone})`];
  if (view.cron === '0 2 1 1,4,7,10 *') lines.push('Setiap triwulan: tanggal 1 Januari, April, Juli, Oktober pukul 02.00.');
  if (view.next) lines.push(`Tinjauan berikutnya: ${formatInZone(view.next, view.timezone)} (${view.timezone})`);
  return lines.join('\n');
}

/** `2027-01-01T19:00:00.000Z` in Asia/Jakarta → `2027-01-02 02.00`. */
function formatInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}.${get('minute')}`;
}
