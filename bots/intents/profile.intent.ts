/**
 * One person's talent profile: "profil Budi Santoso", "bagaimana kinerja bu Rina?", "who is 196608011988031001?",
 * "Budi kotak berapa". Box and its label, scores and levels, what it would take to move up, box history, the slates
 * they are on and the box's recommended follow-up.
 */
import { z } from 'zod';
import type { EmployeeHit } from '../../services/chat/search-employees.js';
import { getEmployeeTalent } from '../../services/talent/get-employee-talent.js';
import type { EmployeeTalent } from '../../services/talent/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import type { Analysis } from '../language/analysis.js';
import { asksWhether, leavesOut, opensWithName, personName } from '../language/slots.js';
import { engineText } from '../shared/engine-text.js';
import { dateText, kinerjaText, potensialText, readinessText, reviewLine, scoreText, unratedReasonText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findPerson } from './shared/find-person.js';
import { missingArgumentReply } from './shared/replies.js';

export interface ProfileArgs {
  person: string | null;
  nip: string | null;
  /** What the question asks of the person, which the answer opens with: see {@link ProfileFocus}. */
  focus: ProfileFocus | null;
}

/** "kapan Budi pensiun?": when they retire; "kenapa Budi di kotak 5?": why their box. */
export type ProfileFocus = 'retirement' | 'box';

const PICK = 'p';

const AxisGapSchema = z.object({ nextLevel: z.string(), pointsNeeded: z.number(), boxIfReached: z.number().nullable() }).nullable();
const CounterfactualSchema = z.object({ kinerja: AxisGapSchema.optional(), potensial: AxisGapSchema.optional() });

/** "kinerja +5,00 poin → di atas ekspektasi (kotak 9)", or null at the top of that axis. */
function gapText(axis: 'kinerja' | 'potensial', gap: z.infer<typeof AxisGapSchema> | undefined, lang: Lang): string | null {
  if (!gap) return null;
  const t = say(lang);
  const level = axis === 'kinerja' ? kinerjaText(gap.nextLevel, lang) : potensialText(gap.nextLevel, lang);
  const box = gap.boxIfReached === null ? '' : ` (${t('kotak', 'box')} ${gap.boxIfReached})`;
  const name = axis === 'kinerja' ? t('kinerja', 'performance') : t('potensial', 'potential');
  return t(`${name} perlu +${scoreText(gap.pointsNeeded, lang)} poin untuk ${level}${box}`,
    `${name} needs +${scoreText(gap.pointsNeeded, lang)} points to reach ${level}${box}`);
}

/** "Pensiun 1 Juni 2031 (BUP 58 tahun)", or that the birth date needed is not in the data. */
function retirementText(view: EmployeeTalent, lang: Lang): string {
  const t = say(lang);
  const r = view.retirement;
  if (r === null) return t('Tanggal pensiun tidak diketahui: tanggal lahir tidak ada di data', 'Retirement date unknown: no birth date in the data');
  const past = r.date <= view.review.asOf;
  return past
    ? t(`Sudah mencapai batas usia pensiun (${r.bup} tahun): pensiun sejak ${dateText(r.date, lang)}`,
        `Past the retirement age (${r.bup}): retired from ${dateText(r.date, lang)}`)
    : t(`Pensiun ${dateText(r.date, lang)} (batas usia pensiun ${r.bup} tahun)`, `Retires ${dateText(r.date, lang)} (retirement age ${r.bup})`);
}

/** "Kotak 5 karena kinerja 80,00 (sesuai ekspektasi) dan potensial 60,00 (menengah)", or why they have no box. */
function boxReasonText(view: EmployeeTalent, lang: Lang): string {
  const t = say(lang);
  const p = view.placement;
  if (p.effectiveBox === null) return t('Belum terpetakan di kotak mana pun.', 'Not placed in any box.');
  const kinerja = `${t('kinerja', 'performance')} ${scoreText(p.kinerja.score, lang)}${p.kinerja.level ? ` (${kinerjaText(p.kinerja.level, lang)})` : ''}`;
  const potensial = `${t('potensial', 'potential')} ${scoreText(p.potensial.score, lang)}${p.potensial.level ? ` (${potensialText(p.potensial.level, lang)})` : ''}`;
  const calibrated = p.calibratedBox !== null && p.calibratedBox !== p.box;
  return calibrated
    ? t(`Kotak ${p.effectiveBox} karena kalibrasi komite; hitungannya kotak ${p.box}: ${kinerja} dan ${potensial}.`,
        `Box ${p.effectiveBox} by the committee's calibration; computed box ${p.box}: ${kinerja} and ${potensial}.`)
    : t(`Kotak ${p.effectiveBox} karena ${kinerja} dan ${potensial}.`, `Box ${p.effectiveBox} because ${kinerja} and ${potensial}.`);
}

export function presentProfile(view: EmployeeTalent, lang: Lang, options: { focus?: ProfileFocus | null } = {}): Reply {
  const t = say(lang);
  const p = view.placement;
  const box = p.effectiveBox;
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: t(`Profil talenta ${p.nama}`, `Talent profile: ${p.nama}`) },
    { kind: 'text', text: `${p.jabatan.nama} — ${p.unit.nama} · NIP ${p.nip}` },
  ];
  if (options.focus === 'retirement') blocks.push({ kind: 'text', text: `${retirementText(view, lang)}.` });
  if (options.focus === 'box') blocks.push({ kind: 'text', text: boxReasonText(view, lang) });
  if (box === null) {
    const why = p.unratedReasons.map((r) => unratedReasonText(r, lang)).join(', ');
    blocks.push({ kind: 'text', text: t(`Belum terpetakan${why ? `: ${why}` : ''}.`, `Not placed on the nine-box${why ? `: ${why}` : ''}.`) });
  } else {
    const calibrated = p.calibratedBox !== null && p.calibratedBox !== p.box
      ? t(` (hasil kalibrasi komite; semula kotak ${p.box})`, ` (calibrated by the committee; computed box ${p.box})`)
      : '';
    blocks.push({ kind: 'text', text: `${t('Kotak', 'Box')} ${box}: ${engineText(p.label ?? '', lang)}${calibrated}` });
  }
  blocks.push({
    kind: 'list',
    items: [
      `${t('Kinerja', 'Performance')} ${scoreText(p.kinerja.score, lang)}${p.kinerja.level ? ` (${kinerjaText(p.kinerja.level, lang)})` : ''}`,
      `${t('Potensial', 'Potential')} ${scoreText(p.potensial.score, lang)}${p.potensial.level ? ` (${potensialText(p.potensial.level, lang)})` : ''}`,
      `${t('Nilai talenta', 'Talent score')} ${scoreText(p.nilaiTalenta, lang)}`,
      ...(options.focus === 'retirement' ? [] : [retirementText(view, lang)]),
    ],
  });
  const counterfactual = CounterfactualSchema.safeParse(view.counterfactual);
  const known = counterfactual.success && counterfactual.data.kinerja !== undefined && counterfactual.data.potensial !== undefined;
  if (box !== null && counterfactual.success && known) {
    const gaps = [gapText('kinerja', counterfactual.data.kinerja, lang), gapText('potensial', counterfactual.data.potensial, lang)].filter(
      (g): g is string => g !== null,
    );
    blocks.push({ kind: 'text', text: gaps.length > 0
      ? `${t('Untuk naik kotak', 'To move up')}: ${gaps.join('; ')}.`
      : t('Sudah di tingkat tertinggi pada kedua sumbu.', 'Already at the top level on both axes.') });
  }
  if (view.history.length > 1) {
    const steps = view.history.map((h) => `${dateText(h.review.asOf, lang)}: ${h.effectiveBox ?? '–'}`);
    blocks.push({ kind: 'text', text: `${t('Riwayat kotak', 'Box history')}: ${steps.join(' → ')}` });
  }
  if (view.slates.length > 0) {
    blocks.push({ kind: 'text', text: t('Masuk daftar kandidat:', 'On the slate for:') }, {
      kind: 'list',
      items: view.slates.map((s) => `${s.position.nama} — ${t('peringkat', 'rank')} ${s.rank}, ${readinessText(s.readiness, lang)}`),
    });
  }
  if (p.rekomendasi.length > 0) {
    blocks.push({ kind: 'note', text: `${t('Rekomendasi', 'Recommended follow-up')} (PermenPANRB 3/2020): ${p.rekomendasi.join('; ')}` });
  }
  return { lang, personal: true, blocks, source: reviewLine(view.review, lang) };
}

/** Pick keys carry the focus after the person: "#12~retirement". */
const FOCUS_MARK = '~';

async function answerNip(h: HandlerContext, nip: string, focus: ProfileFocus | null): Promise<Reply> {
  return presentProfile(await getEmployeeTalent(h.ctx, { instansiKode: h.instansi.kode, nip }), h.lang, { focus });
}

async function answerPerson(h: HandlerContext, person: { name: string } | { id: number }, focus: ProfileFocus | null): Promise<Reply> {
  const keyOf = (hit: EmployeeHit) => `#${hit.id}${focus === null ? '' : `${FOCUS_MARK}${focus}`}`;
  const found = await findPerson(h, person, { prefix: PICK, keyOf });
  return 'reply' in found ? found.reply : answerNip(h, found.person.nip, focus);
}

function focusOfKey(key: string): ProfileFocus | null {
  const focus = key.split(FOCUS_MARK)[1];
  return focus === 'retirement' || focus === 'box' ? focus : null;
}

/** One person's profile, opening with what the question asks of them; also the answer to "kenapa Budi di kotak 5?". */
export function answerProfile(h: HandlerContext, args: ProfileArgs): Promise<Reply> {
  if (args.nip !== null) return answerNip(h, args.nip, args.focus);
  if (args.person === null) {
    return Promise.resolve(missingArgumentReply(h.lang, {
      id: 'Sebutkan NIP atau nama pegawai, misalnya "profil Budi Santoso".',
      en: 'Whose profile? Give a name or NIP, e.g. "profile Budi Santoso".',
    }));
  }
  return answerPerson(h, { name: args.person }, args.focus);
}

/**
 * "kapan Budi Santoso pensiun?", "when does Agus Salim retire?", "apakah bu Dewi pensiun tahun depan?": one person
 * said by NIP, after a title, first, or in a yes-or-no question, with a retirement word, asks when that person
 * retires, not who retires, whatever post or unit the message also says of them ("pak X, kabid tanaman pangan");
 * so does a name in a question of when or how long ("kapan Suharti pensiun"), where no unit is said. "which officers
 * reach pensionable age …" and "Bapak minta daftar …" name nobody: unknown words without those marks are more often
 * words the grammar lacks.
 */
function asksOwnRetirement(q: Analysis): boolean {
  // "Selain Bu Suharti, ada lagi yang pensiun …?": the person is left out of a list.
  // "seberapa rawan jabatan kabid mutasi kalo pak heru pensiun": the risk their retirement leaves is asked.
  if (!q.has('retire') || q.people.length !== 1 || q.has('which') || q.has('who') || q.has('risk') || leavesOut(q)) return false;
  const titled = q.tokens.some((t, i) => t.role === 'honorific' && q.tokens[i + 1]?.role === 'name');
  if (q.nip !== null || titled || asksWhether(q) || opensWithName(q)) return true;
  return q.orgSpans.length === 0 && (q.has('when') || q.has('howMany'));
}

/** Asking someone's age. */
const AGE_PHRASES: ReadonlySet<string> = new Set(['how old', 'what age', 'umur berapa', 'usia berapa']);

export const profileIntent = defineIntent<ProfileArgs>({
  name: 'profil',
  grammar: {
    score(q) {
      if (asksOwnRetirement(q) && !q.has('successor')) return 4.8;
      // "kenapa Budi cuma di kotak 5? padahal kinerjanya bagus": why, which the reasons intent answers.
      if (q.has('why')) return q.nip !== null || q.names.length > 0 ? 2 : 0;
      if (q.nip !== null) return 4;
      if (q.names.length === 0) return 0;
      // "Bejo Santoso nilai SKP-nya berapa", "hasil penilaian talenta Ir. Bambang Sutrisno": one person's record.
      if (q.has('profile') || q.has('mapping') || q.has('kinerjaRecord') || (q.has('review') && q.people.length === 1 && q.words.includes('hasil'))) return 4;
      // "is Sri Rahayu a high potential?", "apakah Budi masuk talent pool?", "Rizki Amalia kotak 7 kah?": where one
      // person stands, which the profile says, not the list of everyone there.
      const onePerson = q.people.length === 1;
      // "how old is Budi Santoso?", "umur berapa Bu Rina?": one person's age, which the profile gives.
      if (onePerson && q.orgSpans.length === 0 && q.tokens.some((t) => t.concept === 'when' && AGE_PHRASES.has(t.text))) return 4;
      // "Is Dedi on anyone's bench?", "apakah Bu Sri termasuk yang disiapkan?": on a slate, no post said.
      const onSomeSlate = q.has('successor') && q.orgSpans.length === 0;
      const standing = q.cell !== null || q.has('pool') || q.boxes.length > 0 || q.has('top') || q.has('placed') || q.has('unplaced') || onSomeSlate;
      if (onePerson && (asksWhether(q) || opensWithName(q)) && standing) return 4.6;
      // "perlu data talenta Sdr. Yohanes Petrus Manalu: golongan, jabatan, posisinya di nine box": one person's record.
      if (onePerson && q.has('profile') && q.orgSpans.length === 0) return 4.6;
      // "What's the current box and readiness of Ni Luh Putu Ariani?": one person's box or readiness, asked for.
      if (onePerson && q.orgSpans.length === 0 && (q.has('box') || q.has('ready')) && q.has('show') && !q.has('who') && !q.has('howMany')) return 4;
      // "siapa Budi Santoso?", "bagaimana cuaca hari ini?": a question word and an unknown word is a weaker reading,
      // answered with suggestions if no one of that name is found.
      if (q.has('box') || q.has('ninebox') || q.has('who') || q.has('show')) return 2.9;
      // A bare name ("budi santoso"): a profile, unless anything else in the question says more.
      return q.orgSpans.length === 0 && q.tokens.every((tk) => tk.role !== 'concept') ? 2.6 : 1;
    },
    args: (q) => ({ person: personName(q), nip: q.nip, focus: asksOwnRetirement(q) ? 'retirement' : null }),
  },
  answer: answerProfile,
  pick: {
    prefix: PICK,
    answer: (h, key) => answerPerson(h, { id: Number((key.split(FOCUS_MARK)[0] ?? '').replace('#', '')) }, focusOfKey(key)),
  },
  help: {
    usage: { id: 'profil <nama|NIP>', en: 'profile <name|NIP>' },
    example: { id: 'bagaimana profil Budi Santoso?', en: 'show me the profile of Rina Wulandari' },
  },
  command: { name: 'profil', description: { id: 'profil talenta seorang pegawai', en: 'talent profile of an employee' } },
});
