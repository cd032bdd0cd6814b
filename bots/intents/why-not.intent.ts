/**
 * Why a named person is not on a position's slate: "kenapa Budi Santoso tidak masuk kandidat kadisdik?", "why isn't
 * Rina on the list for head of health?", "apa yang menghalangi pak Agus jadi sekda". The gates they fail, with the
 * compared values, from the stored near misses or the gates evaluated on the review's own inputs. Why someone sits in
 * their box ("kenapa Budi cuma di kotak 5?") is answered by their profile, opening with the scores that put them there.
 */
import type { EmployeeHit } from '../../services/chat/search-employees.js';
import { getCandidacy, type Candidacy } from '../../services/succession/get-candidacy.js';
import { CALLBACK_DATA_LIMIT } from '../core/pick.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { asksWhether, opensWithName, personName, positionPhrase } from '../language/slots.js';
import { engineText } from '../shared/engine-text.js';
import { gateText, jenisJabatanText, unratedReasonText, readinessText, reviewLine, routeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { answerProfile } from './profile.intent.js';
import { findPosition } from './shared/find-org.js';
import { findPerson } from './shared/find-person.js';
import { missingArgumentReply } from './shared/replies.js';

export interface WhyNotArgs {
  person: string | null;
  nip: string | null;
  position: string | null;
  /** "kenapa Budi cuma di kotak 5?": why their box, which their profile explains, when no post is said. */
  boxAsked: boolean;
}

const PICK = 'w';

/** `KODE|#123` (person chosen) or `KODE|n:budi santoso` (position chosen, person still to find). */
function keyFor(kode: string, person: { id: number } | { name: string }): string {
  if ('id' in person) return `${kode}|#${person.id}`;
  const room = CALLBACK_DATA_LIMIT - `${PICK}:id:${kode}|n:`.length;
  return `${kode}|n:${person.name.slice(0, Math.max(0, room))}`;
}

function statusBlocks(c: Candidacy, lang: Lang): ReplyBlock[] {
  const t = say(lang);
  const who = c.person.nama;
  const failed = c.gates.filter((g) => !g.passed);
  const passed = c.gates.filter((g) => g.passed);
  const gateLine = (g: Candidacy['gates'][number]) => `${gateText(g.gate, lang)}: ${engineText(g.reason, lang)}`;
  switch (c.status) {
    case 'ON_SLATE':
      return [{ kind: 'text', text: t(
        `${who} sudah ada di daftar kandidat: peringkat ${c.rank}, ${readinessText(c.readiness ?? '', lang)}, ${routeText(c.jenis ?? '', lang)}.`,
        `${who} is on the slate: rank ${c.rank}, ${readinessText(c.readiness ?? '', lang)}, ${routeText(c.jenis ?? '', lang)}.`) }];
    case 'ELIGIBLE':
      return [{ kind: 'text', text: t(
        `${who} memenuhi semua syarat, tetapi kalah peringkat: daftar kandidat hanya memuat yang teratas (urutan: siap sekarang, kesesuaian, nilai talenta, golongan, masa kerja).`,
        `${who} passes every gate but ranks below the slate's cut (order: ready now, fit, talent score, rank, years of service).`) }];
    case 'NEAR_MISS':
      return [
        { kind: 'text', text: t(`${who} ada di kotak ${c.person.box} dan hanya gagal satu syarat:`, `${who} is in box ${c.person.box} and fails a single gate:`) },
        { kind: 'list', items: failed.map(gateLine) },
      ];
    case 'NOT_ELIGIBLE':
      return [
        { kind: 'text', text: t(`${who} tidak memenuhi ${failed.length} syarat:`, `${who} fails ${failed.length} ${failed.length === 1 ? 'gate' : 'gates'}:`) },
        { kind: 'list', items: failed.map(gateLine) },
        ...(passed.length > 0
          ? [{ kind: 'note' as const, text: `${t('Syarat yang terpenuhi', 'Gates passed')}: ${passed.map((g) => gateText(g.gate, lang)).join(', ')}.` }]
          : []),
      ];
    case 'INCUMBENT':
      return [{ kind: 'text', text: t(`${who} adalah pemangku jabatan ini; pemangku tidak dicalonkan untuk jabatannya sendiri.`,
        `${who} holds this position; an incumbent is never their own successor.`) }];
    case 'NOT_A_TARGET':
      return [{ kind: 'text', text: t(`Jabatan ${jenisJabatanText(c.position.jenisJabatan, lang)} tidak memiliki daftar kandidat suksesi.`,
        `A ${jenisJabatanText(c.position.jenisJabatan, lang)} post has no succession slate.`) }];
  }
}

export function presentCandidacy(c: Candidacy, lang: Lang): Reply {
  const t = say(lang);
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: t(`${c.person.nama} dan daftar kandidat ${c.position.nama}`, `${c.person.nama} and the slate for ${c.position.nama}`) },
    { kind: 'text', text: `${c.person.jabatan}, ${c.person.unit.nama} · NIP ${c.person.nip} · ` +
      (c.person.box === null ? t('belum terpetakan', 'not placed') : `${t('kotak', 'box')} ${c.person.box}`) },
    ...statusBlocks(c, lang),
  ];
  if (c.person.box === null && c.person.unratedReasons.length > 0) {
    blocks.push({ kind: 'note', text: `${t('Belum terpetakan karena', 'Not placed because of')}: ${c.person.unratedReasons.map((r) => unratedReasonText(r, lang)).join(', ')}.` });
  }
  return { lang, personal: true, blocks, source: reviewLine(c.review, lang) };
}

async function answerFor(h: HandlerContext, kode: string, person: { id: number } | { name: string }): Promise<Reply> {
  const found = await findPerson(h, person, { prefix: PICK, keyOf: (hit: EmployeeHit) => keyFor(kode, { id: hit.id }) });
  if ('reply' in found) return found.reply;
  const data = await getCandidacy(h.ctx, { instansiKode: h.instansi.kode, positionKode: kode, nip: found.person.nip });
  return presentCandidacy(data, h.lang);
}

/** "bisakah Rina jadi kadisdik?", "can Agus become head of Bappeda?": becoming the post, asked of a person. */
const BECOMING: ReadonlySet<string> = new Set(['jadi', 'menjadi', 'become', 'be', 'menjabat', 'promosi', 'considered', 'dipertimbangkan']);

/** "what gaps does Bayu need to close before he's considered for …": what the person lacks, asked in English. */
const LACKING_WORDS: ReadonlySet<string> = new Set(['gap', 'gaps', 'missing', 'lacking', 'lacks', 'lack']);

export const whyNotIntent = defineIntent<WhyNotArgs>({
  name: 'alasan',
  grammar: {
    score(q) {
      if (q.names.length === 0 && q.nip === null) return 0;
      const titled = q.orgSpans.some((s) => s.hasTitle);
      // "apakah Agus memenuhi syarat kadinkes?", "is Dewi eligible for head of health?": the gates answer it too.
      const becoming = q.has('successor') || q.has('ready') || q.has('readyNow') || q.words.some((w) => BECOMING.has(w));
      // "is Eko ready to lead the finance agency?": a unit someone would lead names its head's post.
      // "Pak Hendra pensiun tahun depan, siapa penggantinya …?" opens with a name but asks who: no yes-or-no about them.
      const aboutThem = asksWhether(q) || (opensWithName(q) && !q.has('who'));
      const whetherFits = (q.has('neg') && q.has('successor') && titled) || (aboutThem && becoming && q.orgSpans.length > 0);
      // "apa kurangnya Wahyu Hidayat untuk jadi kepala BPBD": what the person lacks for the post.
      const lacks = (q.tokens[0]?.text === 'apa' && q.tokens[1]?.concept === 'gapShort' && q.tokens.slice(2, 4).some((t) => t.role === 'name')) ||
        (q.tokens[0]?.text === 'what' && LACKING_WORDS.has(q.tokens[1]?.text ?? '') && q.tokens.slice(2, 5).some((t) => t.role === 'name'));
      let score = q.has('why') || (lacks && becoming) ? 3 : whetherFits ? 2.5 : 0;
      if (score === 0) return 0;
      if (q.has('neg')) score += 1;
      if (titled) score += 1;
      if (q.has('successor')) score += 0.5;
      return score;
    },
    args: (q) => ({
      person: personName(q),
      nip: q.nip,
      position: positionPhrase(q),
      // A box said, or nothing of a slate at all ("what box is Budi in and why").
      boxAsked: q.boxes.length > 0 || q.cell !== null || q.has('box') || q.has('ninebox') || q.has('pool') ||
        (!q.has('successor') && !q.has('neg') && q.orgSpans.length === 0),
    }),
  },
  async answer(h, args) {
    if (args.position === null && args.boxAsked) return answerProfile(h, { person: args.person, nip: args.nip, focus: 'box' });
    if (args.position === null) {
      return missingArgumentReply(h.lang, {
        id: 'Untuk jabatan apa? Misalnya "kenapa Budi Santoso tidak masuk kandidat kepala dinas pendidikan?".',
        en: 'For which position? For example "why isn\'t Budi Santoso on the slate for head of education?".',
      });
    }
    if (args.person === null && args.nip === null) {
      return missingArgumentReply(h.lang, { id: 'Sebutkan nama pegawainya.', en: 'Whose name?' });
    }
    const name = args.person ?? '';
    const found = findPosition(h, args.position, PICK, (p) => keyFor(p.kode, { name }));
    if ('reply' in found) return found.reply;
    if (args.nip !== null) {
      const data = await getCandidacy(h.ctx, { instansiKode: h.instansi.kode, positionKode: found.position.kode, nip: args.nip });
      return presentCandidacy(data, h.lang);
    }
    return answerFor(h, found.position.kode, { name });
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const [kode = '', who = ''] = key.split('|');
      return answerFor(h, kode, who.startsWith('#') ? { id: Number(who.slice(1)) } : { name: who.slice(2) });
    },
  },
  help: {
    usage: { id: 'kenapa <nama> tidak masuk kandidat <jabatan>', en: 'why isn\'t <name> on the slate for <position>' },
    example: { id: 'kenapa Budi Santoso tidak masuk kandidat kadisdik?', en: 'why isn\'t Rina Wulandari a successor for head of health?' },
  },
  command: null,
});
