/**
 * Turns a chat message ("siapa pengganti sekda?", "successors for head of finance", "/ninebox@TalentaBot dinkes")
 * into an intent. Transport-free and pure: Slack and Telegram both call it with the user's raw text.
 */
import { Nip } from '../../services/schemas.js';
import { foldText } from '../../services/succession/name-match.js';
import { translateEnglishTerms } from './english-terms.js';

export type Intent =
  | { kind: 'kandidat'; position: string }
  | { kind: 'ninebox'; unit: string | null }
  | { kind: 'profil'; nip: string }
  | { kind: 'profil'; nama: string }
  | { kind: 'risiko'; unit: string | null }
  | { kind: 'jadwal' }
  | { kind: 'bantuan' }
  | { kind: 'unknown'; text: string };

export type IntentKind = Intent['kind'];

const isNip = (text: string): boolean => Nip.safeParse(text).success;

/** Courtesy words that change nothing ("tolong", "pak", "please"). Stripped at both ends. */
const COURTESY = new Set(['tolong', 'mohon', 'coba', 'please', 'pls', 'pak', 'bu', 'dong', 'ya', 'kak', 'bot', 'talenta']);

type Rule = { pattern: RegExp; build: (rest: string) => Intent };

const optionalUnit = (rest: string): string | null => {
  const unit = translateEnglishTerms(rest.replace(/^(di|untuk|unit|pada|in|for|of)\s+/, '').trim());
  return unit.length > 0 ? unit : null;
};

const kandidat = (rest: string): Intent => ({ kind: 'kandidat', position: translateEnglishTerms(rest.replace(/^((untuk|jabatan|posisi|for|of|as)\s+)+/, '').trim()) });

/** Ordered: the first rule whose pattern matches wins; `rest` is what follows the matched words. */
const RULES: readonly Rule[] = [
  { pattern: /^(bantuan|help|start|menu|halo|hai|hi|hello|selamat (pagi|siang|sore|malam)|panduan|perintah|commands?|apa yang bisa( kamu| anda)? lakukan|what can you do)\b/, build: () => ({ kind: 'bantuan' }) },
  { pattern: /^(jadwal|schedule|kapan (tinjauan|review)|when is the next review|next review)\b/, build: () => ({ kind: 'jadwal' }) },
  { pattern: /^(risiko|resiko|risk|risks|jabatan berisiko|posisi berisiko|apa (saja )?yang berisiko|what is at risk|positions at risk)\b/, build: (rest) => ({ kind: 'risiko', unit: optionalUnit(rest) }) },
  {
    pattern: /^(ninebox|nine box|9 box|9box|9 kotak|sembilan kotak|kotak talenta|peta talenta|sebaran talenta|talent grid|talent map|talent distribution|grid talenta|grid)\b/,
    build: (rest) => ({ kind: 'ninebox', unit: optionalUnit(rest) }),
  },
  { pattern: /^(profil|profile)\b/, build: (rest) => profil(rest) },
  { pattern: /^(kandidat|calon|suksesor|penerus|pengganti|successors?|candidates?|succession)\b/, build: kandidat },
  { pattern: /^siapa (saja )?(yang )?(pengganti|kandidat|calon|suksesor|penerus)\b/, build: kandidat },
  { pattern: /^siapa (saja )?(yang )?(bisa|dapat|layak|pantas|siap) (menggantikan|mengganti|jadi|menjadi)\b/, build: kandidat },
  { pattern: /^who (can|could|should|might) (replace|succeed|take over( as| from)?|become)\b/, build: kandidat },
  { pattern: /^who (are|is|would be) (the )?(next )?(successors?|candidates?|replacements?)\b/, build: kandidat },
  { pattern: /^(replacement|replacements) (for|of)\b/, build: kandidat },
];

function profil(rest: string): Intent {
  const compact = rest.replace(/\s+/g, '');
  if (isNip(compact)) return { kind: 'profil', nip: compact };
  return { kind: 'profil', nama: rest.replace(/^((pegawai|saudara|sdr|bapak|ibu|of|for|dari)\s+)+/, '').trim() };
}

/** Drops chat syntax: Slack mentions (`<@U123>`), a leading slash and a Telegram `@botname` command suffix. */
function stripChatSyntax(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .trim()
    .replace(/^\/([a-z0-9_]+)@\w+/i, '$1')
    .replace(/^\//, '');
}

function stripCourtesy(folded: string): string {
  const words = folded.split(' ');
  while (words.length > 1 && COURTESY.has(words[0] as string)) words.shift();
  while (words.length > 1 && COURTESY.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/**
 * @returns the intent of `text`; `unknown` keeps the folded text so the reply can echo it.
 */
export function parseQuery(text: string): Intent {
  const folded = stripCourtesy(foldText(stripChatSyntax(text)));
  if (folded.length === 0) return { kind: 'bantuan' };
  if (isNip(folded.replace(/\s+/g, ''))) return { kind: 'profil', nip: folded.replace(/\s+/g, '') };
  for (const rule of RULES) {
    const match = rule.pattern.exec(folded);
    if (match) return rule.build(folded.slice(match[0].length).trim());
  }
  return { kind: 'unknown', text: folded };
}
