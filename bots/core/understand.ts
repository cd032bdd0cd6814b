/**
 * The grammar over the registered intents: a question is read twice (as typed, and with misspelt question words
 * corrected; twice more when it opens with "Pak"/"Bu", which may address the reader), every intent scores the readings, and the best score at or above {@link UNDERSTOOD} wins. Below it,
 * the nearest intents are suggested instead of a bare "not understood".
 */
import type { Intent } from '../intents/intent.js';
import { UNDERSTOOD } from '../intents/intent.js';
import { analyse, type Analysis } from '../language/analysis.js';
import type { Lang } from '../language/lang.js';
import { ASKER_WORDS, REQUEST_WORDS } from '../language/lexicon/function-words.js';
import { CORRECTION_WORDS, isBare } from '../language/org-spans.js';
import { buildPhraseIndex } from '../language/phrase-index.js';
import { isKindOfPost } from '../language/slots.js';
import { buildVocabulary, type OrgNames, type Vocabulary } from '../language/vocabulary.js';
import { splitQuotedReply } from './quoted-reply.js';

export type Understanding =
  | {
      kind: 'understood';
      intent: Intent;
      args: object;
      lang: Lang;
      question: Analysis;
      /**
       * Set when the reading is a guess (below {@link CONFIDENT}, such as a lone unknown word read as a name): the
       * intents to suggest if the guess finds nothing ("bagaimana cuaca hari ini" is no question about a "Cuaca").
       */
      tentative?: readonly Intent[];
    }
  | { kind: 'unknown'; lang: Lang; suggestions: readonly Intent[] };

export interface Grammar {
  /** The vocabulary of one instansi (its unit and position names added to the lexicon). */
  vocabulary(names: OrgNames): Vocabulary;
  /**
   * @param options.intent - read the question as this intent (a Telegram command), whatever else it scores
   */
  understand(text: string, vocabulary: Vocabulary, options?: { intent?: string }): Understanding;
}

/** Shown when nothing in the question points anywhere. */
const DEFAULT_SUGGESTIONS = ['kandidat', 'ninebox', 'bantuan'];
const SUGGESTIONS = 3;
/** A reading scoring below this rests on no question word of its own. */
const CONFIDENT = 3;

export function createGrammar(intents: readonly Intent[]): Grammar {
  const phrases = buildPhraseIndex(intents.map((i) => i.phrases));

  function suggest(readings: readonly Analysis[]): Intent[] {
    const scored = intents
      .map((intent) => ({ intent, score: Math.max(...readings.map((r) => intent.score(r))) }))
      .filter((s) => s.score > 0 && s.intent.help !== null)
      .sort((a, b) => b.score - a.score)
      .map((s) => s.intent);
    for (const name of DEFAULT_SUGGESTIONS) {
      const intent = intents.find((i) => i.name === name);
      if (intent && !scored.includes(intent)) scored.push(intent);
    }
    return scored.slice(0, SUGGESTIONS);
  }

  const grammar: Grammar = {
    vocabulary: (names) => buildVocabulary(phrases, names),
    understand(text, vocabulary, options = {}) {
      // "> Pak Sekda: …\nbot, calon pengganti kabag organisasi siapa aja?": the reply asks; the quote only when it does not.
      const quoted = options.intent === undefined ? splitQuotedReply(text) : null;
      if (quoted) {
        const reply = grammar.understand(quoted.reply, vocabulary, options);
        // "bot tolong jawab 🙏", "siap bu": courtesy alone asks what the quote asks.
        const asks = reply.kind === 'understood' && reply.tentative === undefined && !(reply.intent.name === 'bantuan' && !reply.question.has('help')) &&
          reply.intent.name !== 'salam';
        return asks ? reply : grammar.understand(`${quoted.quote}\n${quoted.reply}`, vocabulary, options);
      }
      const whole = readBest(text, vocabulary, options);
      // "When does Sri Rahayu retire? She's our only auditor …": a question followed by context is that question,
      // where the context would make it another one.
      if (options.intent !== undefined) return whole;
      const wholeSure = whole.kind === 'understood' && whole.tentative === undefined;
      const differs = (asked: Understanding) =>
        asked.kind === 'understood' && asked.tentative === undefined && (!wholeSure || asked.intent !== whole.intent);
      const opening = questionBeforeContext(text);
      // "bidang kami ada yg …? saya kabid rehabilitasi BPBD": whoever asks signs after the question; read it whole.
      const head = opening !== null && signs(text.slice(opening.length), vocabulary) ? null : opening;
      if (head !== null) {
        const asked = readBest(head, vocabulary, options);
        // "Siapa talenta terbaik di SMP Negeri 2? Ada tawaran beasiswa …, kuotanya cuma satu": what follows explains
        // why, and says nothing the question asks, though it asks the same.
        const sure = asked.kind === 'understood' && asked.tentative === undefined;
        const rest = text.slice(head.length);
        // "…? kadisnya mau evaluasi": a sentence pointing back at the place asked about does not move the question
        // to a post of it; one that only adds to the same question ("…? pejabatnya mau naik, kita perlu yg ready now") is read with it.
        // "… ganti Kepala Dinas Sosial? Bapa Kadis pu masa jabatan su mo habis.": a question that names its own post keeps
        // it, whatever post the context after it seems to name.
        const corrected = wordsOf(rest).some((w) => CORRECTION_WORDS.has(w));
        const ownPlace = sure && !corrected && placeDiffers(whole, asked) && !refines(whole, asked) && namesOwnPlace(asked);
        if (differs(asked) || ownPlace || (sure && (opensContext(rest) || (hedges(rest) && !pointsBack(rest)) || (pointsBack(rest) && placeDiffers(whole, asked))))) return asked;
      }
      // "Pak Sekda minta bahan untuk perencanaan formasi. Siapa saja di Disdik yang pensiun tahun 2027?": context
      // before the question does not decide what it asks; what it names (a unit) still counts. Not where the context
      // names the person asked about, nor where the whole message asks for help using the bot.
      const tail = questionAfterContext(head ?? text);
      const contextMatters = whole.kind === 'understood' && (whole.question.people.length > 0 || whole.intent.name === 'bantuan');
      const asked = tail === null || contextMatters ? null : readBest(tail, vocabulary, options);
      if (asked === null || asked.kind !== 'understood') return whole;
      if (differs(asked)) return readBest(text, vocabulary, { intent: asked.intent.name });
      // "Two of Bapenda's kabids look like flight risks. What's the overall succession risk for Bapenda?": a question
      // that names its own place asks about it, whatever place the context before it named.
      // A kind of unit said alone ("calon penggantinya di kecamatan") is the context's place; a kind of post
      // ("perawat di dinas saya") names none.
      const namesPlace = asked.question.orgSpans.some((s) => !isBare(s) && !isKindOfPost(s));
      // What the context adds to the same place ("Saya Camat Contoh Barat. Kasi Trantib di kecamatan saya …") stays.
      return asked.tentative === undefined && namesPlace && placeDiffers(whole, asked) && !refines(whole, asked) ? asked : whole;
    },
  };
  return grammar;

  /** Whether `rest` says who asks: a word for oneself, then a post ("saya kabid …", "I'm the head of …"). */
  function signs(rest: string, vocabulary: Vocabulary): boolean {
    const tokens = analyse(rest, { phrases, vocabulary }, { correctConcepts: false }).tokens.filter((t) => t.text !== 'the' && t.text !== 'am');
    return ASKER_WORDS.has(tokens[0]?.text ?? '') && tokens[1]?.role === 'org' && tokens[1].orgRole === 'title';
  }

  function readBest(text: string, vocabulary: Vocabulary, options: { intent?: string }): Understanding {
    const grammar = { phrases, vocabulary };
    const readings = [false, true].map((correctConcepts) => analyse(text, grammar, { correctConcepts }));
    const asTyped = readings[0] as Analysis;
    // "Bpk, kandidat sekcam …" may address the reader ("Pak, …") rather than name "Pak Kandidat": both are read, and
    // on equal scores the name, read first, wins ("Pak Bintang").
    if (asTyped.tokens[0]?.role === 'honorific') {
      readings.push(...[false, true].map((correctConcepts) => analyse(text, grammar, { correctConcepts, addressFirst: true })));
    }
    const forced = options.intent === undefined ? undefined : intents.find((i) => i.name === options.intent);
    if (forced) return { kind: 'understood', intent: forced, args: forced.read(asTyped), lang: asTyped.lang, question: asTyped };
    let best: { intent: Intent; question: Analysis; score: number } | null = null;
    const [, corrected] = readings;
    for (const question of readings) {
      for (const intent of intents) {
        const score = intent.score(question);
        // "perbandigan talenta antara …": on equal scores, the reading with a mistyped word corrected rather than
        // taken for a name.
        const fewerNames = best !== null && score === best.score && question === corrected && best.question === asTyped &&
          question.names.length < best.question.names.length;
        if (score > (best?.score ?? 0) || fewerNames) best = { intent, question, score };
      }
    }
    if (best && best.score >= UNDERSTOOD) {
      const understood = { kind: 'understood' as const, intent: best.intent, args: best.intent.read(best.question), lang: best.question.lang, question: best.question };
      return best.score < CONFIDENT ? { ...understood, tentative: suggest(readings) } : understood;
    }
    return { kind: 'unknown', lang: asTyped.lang, suggestions: suggest(readings) };
  }
}

/** Whether two readings of one intent ask about another unit or post. */
function placeDiffers(a: Understanding, b: Understanding): boolean {
  if (a.kind !== 'understood' || b.kind !== 'understood') return false;
  const [x, y] = [a.args as Record<string, unknown>, b.args as Record<string, unknown>];
  return x.unit !== y.unit || x.position !== y.position;
}

/** Whether a reading names a unit or post by name, not by a title or a kind alone. */
function namesOwnPlace(u: Understanding): boolean {
  return u.kind === 'understood' && u.question.orgSpans.some((s) => !isBare(s) && !isKindOfPost(s));
}

/** Whether `a` names the same kind of place as `b` (a unit, or a post) with every word of it and more. */
function refines(a: Understanding, b: Understanding): boolean {
  if (a.kind !== 'understood' || b.kind !== 'understood') return false;
  const [x, y] = [a.args as Record<string, unknown>, b.args as Record<string, unknown>];
  return (['unit', 'position'] as const).some((slot) => {
    const [wide, narrow] = [x[slot], y[slot]];
    if (typeof wide !== 'string' || typeof narrow !== 'string' || wide === narrow) return false;
    const words = new Set(wide.split(' '));
    return narrow.split(' ').every((w) => words.has(w));
  });
}

/**
 * The question a message opens with, when context follows its question mark ("… retire? She's our only auditor"); null
 * when none does, or when what follows corrects it ("…? Maksud saya Budi Santoso").
 */
function questionBeforeContext(text: string): string | null {
  const asked = /\?\s+\S/.exec(text);
  const end = asked ?? askedBeforeFullStop(text);
  if (end === null) return null;
  const rest = text.slice(end.index + 1);
  const words = wordsOf(rest).filter((w) => w.length > 0);
  // "… kosong kan? kandidatnya siapa", "…? How many?": a second question, not context; after a full stop, a request
  // too ("Mohon bantuannya Pak. … kami perlu nama-nama …").
  const asksAgain = rest.includes('?') || saysQuestionWord(words) || (asked === null && words.some((w) => ASKS_FOR.has(w) || NEEDS.has(w)));
  return asksAgain || words.slice(0, 4).some((w) => CORRECTION_WORDS.has(w)) ? null : text.slice(0, end.index + 1);
}

/**
 * A first sentence asked with a question word, or a request, and closed by a full stop, as chat often closes questions:
 * "…, siapa pegawai Diskominfo yang pensiun tahun ini. Mau disiapkan acara pelepasan.", "Please show the talent pool
 * members for BRIDA. We're staffing the new innovation lab."; null when the first sentence asks nothing.
 */
function askedBeforeFullStop(text: string): RegExpExecArray | null {
  const end = new RegExp(SENTENCE_END.source).exec(text);
  const words = end === null ? [] : wordsOf(text.slice(0, end.index));
  return end !== null && (saysQuestionWord(words) || words.some((w) => ASKS_FOR.has(w))) ? end : null;
}

/** Words a request is made with, which a first sentence asks with as a question word would ("Please show …. We're …"). */
const ASKS_FOR: ReadonlySet<string> = new Set([...REQUEST_WORDS, 'show', 'list', 'tampilkan', 'kirimkan']);
/** Words of needing something, which make a sentence a request too ("kami perlu nama-nama …"). */
const NEEDS: ReadonlySet<string> = new Set(['perlu', 'butuh', 'need', 'needs', 'want', 'wants']);

/**
 * A full stop before a capital after a word of four letters or more, or a short word that ends sentences ("tahun
 * ini. Mau …", "… ya Pak. Kalau …", "… flight risks to me. What's …"), a closing bracket between ("(BRIDA).
 * We're"): "S.E. sudah", "Kec. Contoh", "Sdri. Retno" end none.
 */
const SENTENCE_END = /(?<=(?:^|[^A-Za-z.])(?:[A-Za-z]{4,}|ini|itu|ya|aja|dong|[Pp]ak|[Bb]u|me|us|it|him|her|them|too|now)\)?)(?<!\b(?:[Ss]dri|[Pp]rof))[.!]\s+(?=[A-Z])/g;

/**
 * The last question of a message, asked with a question word, when sentences without one come before it (context), or
 * null. A sentence ends at a full stop after a word of four letters or more and before a capital: "S.E. sudah",
 * "Hj. Nurhayati" and "Kec. Contoh" end none.
 */
function questionAfterContext(text: string): string | null {
  const end = text.lastIndexOf('?');
  if (end < 0) return null;
  const sentenceEnds = [...text.slice(0, end).matchAll(SENTENCE_END)];
  const start = sentenceEnds.at(-1);
  if (start === undefined || text.slice(0, start.index).includes('?')) return null;
  const question = text.slice(start.index + start[0].length, end + 1);
  return saysQuestionWord(wordsOf(question)) ? question : null;
}

/** A text's words, folded to lower case, as the message-level reading here sees them. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z]+/);

const saysQuestionWord = (words: readonly string[]) => words.some((w) => QUESTION_WORDS.has(w));

/** Words that open an explanation of why one asks, not more of the question ("Soalnya …", "The BKPSDM needs it …"). */
const CONTEXT_OPENERS: ReadonlySet<string> = new Set([
  'soalnya', 'karena', 'sebab', 'because', 'since', 'ada', 'beliau', 'kami', 'we', 'the', 'he', 'she', 'they', 'it', 'rencananya',
  'her', 'his', 'their',
]);

/** A word that points back at what the question named ("…? kadisnya mau evaluasi", "…? Pejabatnya pensiun Maret"). */
const POINTS_BACK = /^[a-z]{3,}nya$/;

const firstWord = (rest: string) => wordsOf(rest.trim())[0] ?? '';
const opensContext = (rest: string) => CONTEXT_OPENERS.has(firstWord(rest));

/** Words that hedge a statement ("…? Kasi Kesos kayaknya masih Plh."): what follows is what the asker believes, not asks. */
const HEDGES: ReadonlySet<string> = new Set(['kayaknya', 'sepertinya', 'kelihatannya', 'tampaknya', 'katanya', 'kabarnya', 'setahu', 'setau', 'rasanya', 'seems', 'apparently']);
const hedges = (rest: string) => !rest.includes('?') && wordsOf(rest).some((w) => HEDGES.has(w));
const pointsBack = (rest: string) => POINTS_BACK.test(firstWord(rest));

/** Words that make what follows a question mark a question of its own. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'siapa', 'siapakah', 'berapa', 'brp', 'apa', 'kapan', 'mana', 'gimana', 'bagaimana', 'who', 'what', 'which', 'when', 'how', 'why',
]);
