/**
 * The review schedule: "jadwal", "kapan tinjauan berikutnya?", "when is the next talent review?", "kapan review
 * terakhir?". The schedule in words, the next run in the schedule's timezone, and the latest completed review.
 */
import { isAppError } from '../../lib/errors.js';
import { getReview } from '../../services/reviews/get-review.js';
import type { ReviewView } from '../../services/reviews/schemas.js';
import { getSchedule } from '../../services/schedule/get-schedule.js';
import type { Schedule } from '../../services/schedule/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { dateText, reviewLine } from '../shared/labels.js';
import { MONTHS_EN, MONTHS_ID } from '../language/lexicon/months.js';
import { NEXT_OR_YEAR_PART_WORDS, NEXT_WORDS } from '../language/numbers.js';
import type { Analysis } from '../language/analysis.js';
import { strayWordsPenalty } from '../language/slots.js';
import { defineIntent } from './intent.js';


/**
 * Words that put a review in time: the next one ("sidang komite berikutnya", "ada review talenta lagi?"), a month, a
 * quarter or a half ("Q4 ada review talenta?", "is the talent review still on for March?"). A review said with one
 * asks when reviews run, as a review said with a span does ("kalibrasi bulan ini jadi?"). English "may" is left out:
 * it asks leave far more often than it names a month.
 */
const REVIEW_TIME_WORDS: ReadonlySet<string> = new Set([
  ...NEXT_OR_YEAR_PART_WORDS,
  'lagi', 'q1', 'q2', 'q3', 'q4',
  ...[...MONTHS_ID, ...MONTHS_EN].map((m) => m.toLowerCase()).filter((m) => m !== 'may'),
]);

/** Words that say which mapping, in time: the last one or the next. */
const LAST_OR_NEXT_WORDS: ReadonlySet<string> = new Set([...NEXT_WORDS, 'last', 'latest', 'terakhir', 'terakhirnya', 'lagi']);

/**
 * "When was the talent mapping last carried out?", "when is the next nine box": the grid said with the last or the
 * next one, and asked when, asks when reviews run.
 */
const mappingInTime = (q: Analysis) => q.has('ninebox') && q.words.some((w) => LAST_OR_NEXT_WORDS.has(w));

/** `0 2 1 1,4,7,10 *` → "tanggal 1 Januari, April, Juli, Oktober pukul 02.00"; other forms are shown as they are. */
export function cronInWords(cron: string, lang: Lang): string {
  const t = say(lang);
  const [minute, hour, day, months, weekday, extra] = cron.trim().split(/\s+/);
  const numeric = (v: string | undefined) => v !== undefined && /^\d+$/.test(v);
  if (extra !== undefined || weekday !== '*' || !numeric(minute) || !numeric(hour) || !numeric(day) || months === undefined) {
    return `cron ${cron}`;
  }
  const time = `${(hour ?? '').padStart(2, '0')}.${(minute ?? '').padStart(2, '0')}`;
  if (months === '*') return t(`setiap tanggal ${day} pukul ${time}`, `every month on day ${day} at ${time}`);
  const list = months.split(',');
  if (!list.every((m) => /^\d+$/.test(m) && Number(m) >= 1 && Number(m) <= 12)) return `cron ${cron}`;
  const names = list.map((m) => (lang === 'en' ? MONTHS_EN : MONTHS_ID)[Number(m) - 1] as string);
  return t(`setiap tanggal ${day} bulan ${names.join(', ')} pukul ${time}`, `on day ${day} of ${names.join(', ')} at ${time}`);
}

/** `2027-01-01T19:00:00.000Z` in Asia/Jakarta → "2 Januari 2027 pukul 02.00". */
function instantInZone(iso: string, timeZone: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = dateText(`${get('year')}-${get('month')}-${get('day')}`, lang);
  return lang === 'en' ? `${date} at ${get('hour')}:${get('minute')}` : `${date} pukul ${get('hour')}.${get('minute')}`;
}

export function presentSchedule(schedule: Schedule, latest: ReviewView | null, instansi: { nama: string }, lang: Lang): Reply {
  const t = say(lang);
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: t(`Jadwal tinjauan talenta ${instansi.nama}`, `Talent review schedule of ${instansi.nama}`) },
    { kind: 'text', text: schedule.enabled
      ? `${t('Tinjauan berjalan otomatis', 'Reviews run automatically')} ${cronInWords(schedule.cron, lang)} (${schedule.timezone}).`
      : t('Jadwal otomatis sedang dinonaktifkan.', 'The automatic schedule is switched off.') },
  ];
  if (schedule.next) blocks.push({ kind: 'text', text: `${t('Tinjauan berikutnya', 'Next review')}: ${instantInZone(schedule.next, schedule.timezone, lang)} (${schedule.timezone}).` });
  blocks.push({ kind: 'text', text: latest
    ? `${t('Tinjauan terakhir yang selesai', 'Latest completed review')}: ${reviewLine(latest, lang)}.`
    : t('Belum ada tinjauan yang selesai.', 'No review has completed yet.') });
  return { lang, personal: false, blocks, source: latest ? reviewLine(latest, lang) : null };
}

async function latestReview(h: HandlerContext): Promise<ReviewView | null> {
  try {
    return await getReview(h.ctx, { instansiKode: h.instansi.kode, reviewId: 'latest' });
  } catch (err) {
    if (isAppError(err) && err.kind === 'NOT_FOUND') return null;
    throw err;
  }
}

export const scheduleIntent = defineIntent<Record<string, never>>({
  name: 'jadwal',
  phrases: {
    schedule: [
      'jadwal', 'jadual', 'jadwalnya', 'next refresh', 'next update', 'how current', 'how up to date', 'how fresh', 'review cycle', 'coming up', 'deadline', 'cut off', 'cutoff', 'tenggat', 'batas waktu', 'due date', 'schedule', 'scheduled', 'kalender', 'calendar', 'tinjauan berikutnya', 'review berikutnya',
      'review selanjutnya', 'tinjauan selanjutnya', 'next review', 'review terakhir', 'tinjauan terakhir', 'last review',
      'latest review', 'upcoming review', 'next talent review', 'periode berikutnya', 'siklus', 'review talenta berikutnya',
      'pemetaan berikutnya', 'pemetaan talenta berikutnya', 'penilaian berikutnya', 'pemetaan selanjutnya',
      'tiap berapa bulan', 'berapa bulan sekali', 'berapa kali setahun', 'seberapa sering', 'how often', 'kapan terakhir',
      'terakhir kali', 'next committee', 'next talent committee', 'next committee meeting', 'next meeting', 'last completed',
      'last completed review', 'last completed talent review', 'calibration session', 'calibration meeting', 'sesi kalibrasi',
      'rapat kalibrasi', 'timeline', 'date been set', 'date set',
      // Whether the review is settled yet: "sudah final atau masih draft?", "is the grid final?".
      'sudah final', 'masih draft', 'final atau', 'is the grid final', 'is it final', 'finalised yet', 'finalized yet',
      'per tanggal berapa', 'per kapan', 'timetable', 'data per tanggal', 'as of what date', 'as of when', 'update data terakhir', 'update terakhir', 'last update', 'terakhir diperbarui', 'terakhir update',
      // Which review the figures come from: "which review period does the nine-box data come from?".
      'review period', 'periode tinjauan', 'periode review', 'which review', 'tinjauan yang mana', 'review yang mana',
      'data come from', 'data comes from', 'data is from', 'data dari tinjauan', 'data dari review', 'data based on',
      'reviu talenta', 'reviu berikutnya', 'reviu selanjutnya', 'based on which review', 'which review period', 'what period', 'which period', 'penilaian kinerja dan potensi', 'penilaian potensi dan kinerja', 'review bulan apa', 'tinjauan bulan apa', 'batas akhir', 'tenggat waktu',
    ],
    review: ['tinjauan', 'review', 'reviews', 'talent review', 'assessment round', 'talent assessment round', 'round', 'putaran', 'rapat', 'meeting', 'sidang', 'tim penilai kinerja', 'tpk', 'rapat tpk', 'penilaian', 'evaluasi', 'periode', 'calibrate', 'pemutakhiran', 'update data', 'pemetaan ulang', 'diperbarui', 'diperbaharui',
      'pembaruan', 'pembaharuan', 'diupdate', 'update', 'updated', 'dimutakhirkan', 'refresh', 'refreshed', 'committee meeting',
      // The committee's sitting is part of the review cycle: "kapan kalibrasi berikutnya?" asks for the schedule.
      'kalibrasi', 'rapat kalibrasi', 'calibration', 'calibration meeting', 'komite talenta', 'talent committee', 'rapat komite'],
  },
  grammar: {
    // "kapan pemetaan talenta dilakukan lagi?": when the mapping is done is when the review runs.
    // "kalibrasi talenta bln ini jadi gak": a review said with its time asks whether it runs then, if nothing else is asked.
    score: (q) =>
      q.has('schedule') || (q.has('when') && (q.has('review') || q.has('mapping') || mappingInTime(q)))
        ? 3.5 - strayWordsPenalty(q)
        : q.has('review')
          ? q.period !== null || q.words.some((w) => REVIEW_TIME_WORDS.has(w))
            ? 2.5
            : 1
          : 0,
    args: () => ({}),
  },
  async answer(h) {
    const [schedule, latest] = await Promise.all([getSchedule(h.ctx, { instansiKode: h.instansi.kode }), latestReview(h)]);
    return presentSchedule(schedule, latest, h.instansi, h.lang);
  },
  help: {
    usage: { id: 'jadwal', en: 'schedule' },
    example: { id: 'kapan tinjauan talenta berikutnya?', en: 'when is the next talent review?' },
  },
  command: { name: 'jadwal', description: { id: 'jadwal tinjauan talenta', en: 'talent review schedule' } },
});
