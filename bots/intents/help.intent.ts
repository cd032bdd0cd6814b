/**
 * Help: "bantuan", "help", "apa yang bisa kamu lakukan?", "what can you do?", an empty message. Every intent's help
 * line with an example, in the asker's language; the same lines are what an unknown question is pointed to.
 */
import type { Reply } from '../core/reply.js';
import { inLang, say, type Lang } from '../language/lang.js';
import { defineIntent, type Intent } from './intent.js';

/** "• kandidat <jabatan> — mis. “siapa pengganti kadisdik yang siap sekarang?”" */
export function helpLine(intent: Intent, lang: Lang): string | null {
  if (!intent.help) return null;
  const t = say(lang);
  return `${inLang(lang, intent.help.usage)} — ${t('mis.', 'e.g.')} “${inLang(lang, intent.help.example)}”`;
}

export function presentHelp(intents: readonly Intent[], lang: Lang): Reply {
  const t = say(lang);
  const commands = intents.flatMap((i) => (i.command ? [`/${i.command.name}`] : []));
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t('Talenta — asisten manajemen talenta dan suksesi ASN', 'Talenta — talent and succession assistant for ASN') },
      { kind: 'text', text: t('Tanyakan dengan kalimat biasa, dalam Bahasa Indonesia atau English. Saya menjawab dari tinjauan talenta terakhir, sesuai cakupan akses Anda:',
        'Ask in plain words, in English or Bahasa Indonesia. I answer from the latest talent review, within your access scope:') },
      { kind: 'list', items: intents.flatMap((i) => helpLine(i, lang) ?? []) },
      { kind: 'note', text: `${t('Perintah Telegram', 'Telegram commands')}: ${commands.join(' ')}` },
    ],
    source: null,
  };
}

/** Words that make a help request about using the bot rather than the topic its example names. */
const HOW_TO_USE: readonly string[] = ['bot', 'cara', 'ask'];

export const helpIntent = defineIntent<Record<string, never>>({
  name: 'bantuan',
  phrases: {
    help: [
      'bantuan', 'help', 'menu', 'panduan', 'petunjuk', 'perintah', 'command', 'commands', 'apa yang bisa', 'bisa apa',
      // "What kinds of HR analytics can I pull from you?"
      'pull from you', 'get from you', 'what kinds of', 'what kind of analytics', 'what kinds of analytics',
      'what can you do', 'what do you do', 'what sort of things', 'what can this do', 'new here', 'baru pakai', 'cara bagaimana', 'sanggup jawab apa', 'bisa jawab apa', 'jawab apa saja', 'sample queries', 'sample questions', 'example questions', 'contoh pertanyaan', 'suggest', 'what kind of things', 'what do you know about', 'what do you know', 'what can this bot', 'what can you tell me', 'how do i', 'how to use', 'cara pakai', 'cara menggunakan', 'fitur',
      'features', 'guide', 'tutorial', 'start', 'mulai', 'apa saja yang bisa', 'bisa bantu apa', 'apa fungsi', 'what can i ask', 'allowed to ask', 'able to ask',
      'what should i ask', 'reports available', 'what reports', 'which reports', 'this assistant', 'contoh pertanyaan', 'example', 'examples', 'usage', 'gunanya', 'kemampuan', 'capabilities',
      'bisa ditanya apa', 'what can talenta do', 'tanya apa', 'nanya apa', 'ditanyakan apa', 'how does this work',
      'how does it work', 'how does this bot work', 'how do you work', 'cara kerja', 'bingung', 'tidak paham',
      'tidak mengerti', 'confused', 'pakai bot', 'menggunakan bot', 'cara bertanya', 'cara tanya', 'cara nanya', 'cara cari', 'cara mencari', 'cara lihat', 'cara melihat', 'cara cek', 'how to ask',
      'dipakai buat apa', 'dipakai untuk apa', 'dapat membantu', 'bisa membantu', 'membantu apa', 'assistant can do',
      'walk me through', 'what this bot can do', 'what this assistant', 'buat apa saja', 'untuk apa saja', 'what kind of questions', 'what kinds of questions', 'what kinds of queries', 'questions do you understand', 'what questions',
      'ketik apa', 'harus ketik', 'ngetik apa', 'what sorts of things', 'sorts of things', 'able to answer', 'tips', 'how to phrase', 'bisa ditanya soal',
      'ditanya soal apa', 'format pertanyaan', 'pertanyaan yang dapat', 'fungsi apa', 'fungsi bot', 'gunanya apa', 'bisa ngapain',
      'supposed to use', 'use this thing', 'use this bot', 'how am i supposed', 'what kind of reports', 'what reports',
      'pertanyaan seperti apa', 'pertanyaan apa saja', 'dapat dijawab', 'bisa dijawab', 'mohon arahan', 'how do i ask',
      // "cara minta data 9 box gimana?", "gimana cara nanya data ABK ke bot ini?": how to ask, whatever it is for.
      'cara minta', 'cara meminta', 'cara mendapatkan',
      'how do i look up', 'how can i look up', 'how do i get', 'questions can i ask',
      // What the bot offers, said formally, and in Sundanese ("kumaha carana", "tiasa naon").
      'layanan', 'jenis informasi', 'informasi apa saja', 'dapat diperoleh', 'bisa diperoleh', 'kumaha carana', 'carana',
      'dianggo', 'bot can answer', 'this bot can answer', 'what can it answer', 'quick list of what',
      'what sort of questions', 'what sorts of questions', 'im lost', 'gaptek', 'bot buat apa', 'bot untuk apa', 'bisa cek apa',
      'format bagaimana', 'format seperti apa', 'format tanya', 'format bertanya', 'manual', 'user guide', 'rundown of what',
      'buku panduan', 'petunjuk penggunaan', 'panduan penggunaan',
      'what information can', 'information can this', 'can this assistant provide', 'bot ini bisa', 'bisa kasih data apa', 'layanan apa saja', 'tanya opo',
      // Sundanese "kumaha cara make bot ieu" (make: to use).
      'cara make', 'make bot',
      // Eastern Indonesian "ngana bisa beking apa", "ale bisa bikin apa saja".
      'bisa bikin apa',
    ],
  },
  grammar: {
    // Nothing but courtesy ("tolong", "mohon pak"): the asker needs to know what to ask. Asked of the bot itself ("gimana
    // caranya nanya kandidat di bot ini?", "how do i ask about successors"), help outweighs the topic the example names.
    score: (q) => (q.tokens.every((t) => t.role === 'function' || t.role === 'honorific') ? 3 : q.has('help') ? (HOW_TO_USE.some((w) => q.words.includes(w)) ? 5 : 3) : 0),
    args: () => ({}),
  },
  answer: async (h) => presentHelp(h.intents, h.lang),
  help: null,
  command: { name: 'bantuan', description: { id: 'daftar pertanyaan yang bisa dijawab', en: 'what you can ask' } },
});
