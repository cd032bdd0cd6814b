/**
 * The posts a message names that are not what it asks about: the one it is addressed to ("Yth. Kepala BKPSDM, …"),
 * the asker's own ("saya sekda, …"), whoever a request comes from or is for ("ditunggu pak sekda", "laporan ke Pak
 * Sekda", "Fwd dari Bagian Organisasi:"), whoever is told to do the work, and a person's own post in apposition. Their
 * words become function words.
 * Pure; used by refine-roles.ts.
 */
import { ASKER_WORDS, ASKING_VERBS, HEADINGS, PAUSES, REGIONAL_HEADS, REQUEST_WORDS } from './lexicon/function-words.js';
import { CORRECTION_WORDS } from './org-spans.js';
import { COURTESY } from './purpose-clauses.js';
import { dropSignedName } from './sign-offs.js';
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';

/**
 * Drops every such post from `tokens`, in place.
 * @returns the words of the posts dropped as whoever asks (the asker's own, a requester's, a forwarded message's
 * sender), as they were: "di dinasnya", "pegawai kecamatan" said later may point back to them
 */
export function dropPostsNotAsked(tokens: Token[]): Token[][] {
  const askers: Token[][] = [];
  dropAddressee(tokens);
  dropAsker(tokens, askers);
  if (askers.length === 0) dropSignature(tokens, askers);
  if (askers.length === 0) dropSignedName(tokens, askers);
  dropRequester(tokens, askers);
  dropApposition(tokens);
  dropPostsAside(tokens);
  return askers;
}

/** Mutes the post at `start`…`end` to function words, keeping its words first where `into` is given. */
function mute(tokens: Token[], start: number, end: number, into?: Token[][]): void {
  into?.push(tokens.slice(start, end));
  for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
}

/** Words opening a letter to someone ("Yth.", "Kepada", "Dear"). */
const SALUTATIONS: ReadonlySet<string> = new Set(['yth', 'kepada', 'dear']);

/**
 * "Yth. Bapak Kepala BKPSDM, mohon …", "Dear Head of BKPSDM, …", "Kepada Yth. Kepala BKPSDM / Di tempat": the post a
 * message is addressed to, up to the comma or "Di tempat" after it, is no post asked about.
 */
function dropAddressee(tokens: Token[]): void {
  if (!SALUTATIONS.has(tokens[0]?.text ?? '')) return;
  let end = 1;
  while (tokens[end]?.role === 'honorific' || SALUTATIONS.has(tokens[end]?.text ?? '')) end++;
  const start = end;
  while (tokens[end]?.role === 'org') end++;
  // Up to the comma, or the "Di tempat" a letter's address ends with on a line of its own.
  const closed = tokens[end]?.text === ',' || (tokens[end]?.text === 'di' && tokens[end + 1]?.text === 'tempat');
  if (end === start || !closed) return;
  mute(tokens, start, end);
}

/** Words by which askers point back at themselves: "gantikan saya", "replace me", "my successor". */
const SELF_REFERENCES: ReadonlySet<string> = new Set(['saya', 'aku', 'me', 'my']);
/** When someone asked: "Kadis Kominfo kemarin tanya …". */
const WHEN_ASKED: ReadonlySet<string> = new Set(['kemarin', 'tadi', 'barusan', 'baru', 'sempat', 'juga']);
/** "sebagai kepala BKPSDM", "as head of BKPSDM": the post of whoever speaks next. */
const AS_WORDS: ReadonlySet<string> = new Set(['sebagai', 'selaku', 'as']);
/** Verbs of the work a request gives someone: "mohon BKPSDM menyiapkan data …", "tolong bagian umum kirimkan …". */
const DOING_VERBS: ReadonlySet<string> = new Set([
  'menyiapkan', 'siapkan', 'disiapkan', 'mengirim', 'mengirimkan', 'kirim', 'kirimkan', 'membuat', 'buatkan', 'menyusun',
  'susun', 'susunkan', 'menyampaikan', 'sampaikan', 'mengecek', 'cek', 'memeriksa', 'periksa', 'prepare', 'send',
  'menginventarisasi', 'menginventarisir', 'mendata', 'merekap', 'menghimpun', 'mengumpulkan',
]);
/** Words of a minute's instruction between whoever is to do the work and the work: "BKPSDM agar menginventarisasi …". */
const INSTRUCTED: ReadonlySet<string> = new Set(['agar', 'supaya', 'diminta', 'ditugaskan']);
/** Words before the one a request comes from: "ditunggu pak sekda", "atas permintaan Kadis", "sesuai arahan pak kaban". */
const REQUESTED_BY: ReadonlySet<string> = new Set(['ditunggu', 'permintaan', 'arahan', 'disposisi', 'perintah', 'instruksi', 'diminta', 'ditanya', 'ditanyakan']);
/**
 * Words before a person the answer is for, said with "Pak"/"Bu": "laporan ke Pak Sekda", "bahan untuk Bu Kadis",
 * "untuk bahan Pak Sekda", "bahan paparan Pak Sekda".
 */
const FOR_WHOM: ReadonlySet<string> = new Set(['ke', 'kepada', 'untuk', 'buat', 'bahan', 'paparan']);
/** Papers prepared for someone: "a report for the Sekda", "briefing for the Bupati". */
const PAPERS: ReadonlySet<string> = new Set(['report', 'briefing', 'memo', 'presentation', 'brief', 'note', 'summary']);
/** What says, right after a post, that the post itself is asked about: "the Sekda position", "the Kadis slate". */
const POST_AFTER: ReadonlySet<string> = new Set(['positionWord', 'successor']);
/** A message passed on: "Fwd dari Bagian Organisasi: …", "Forwarded from the Sekda: …", "[Diteruskan]" (read as "terus"). */
const FORWARDED: ReadonlySet<string> = new Set(['fwd', 'fw', 'forward', 'forwarded', 'forwarding', 'diteruskan', 'terusan', 'terus']);
/** What a question relayed from someone is called: "quick one from the Sekda", "pertanyaan dari Pak Kaban", "titipan dari …". */
const RELAYED: ReadonlySet<string> = new Set(['one', 'question', 'request', 'message', 'note', 'pertanyaan', 'titipan', 'pesan', 'permintaan']);
/** Words right before whoever a question is passed on from: "titipan Pak Kaban: …", "titip pertanyaan Pak Kalak: …". */
const RELAYED_BY: ReadonlySet<string> = new Set(['titipan', 'titip', 'nitip', 'pertanyaan']);
/** What someone who asks wants to do: "Pak Sekda mau lihat …", "Bu Kadis ingin tahu …". */
const WANTS_TO: ReadonlySet<string> = new Set([
  'lihat', 'liat', 'melihat', 'tahu', 'tau', 'cek', 'mengecek', 'tanya', 'see', 'know', 'check',
  // What they want to do with the answer: "Pak Sekda mau pegang hardcopy-nya", "Bu Kadis ingin bahas …".
  'pegang', 'bawa', 'baca', 'pelajari', 'bahas', 'paparkan', 'presentasikan',
]);
/** Asking leave before the message proper: "Mohon izin, Kaban BPKAD ingin tahu …", "Punten, Kadis … nitip …". */
const POLITE_OPENERS: ReadonlySet<string> = new Set(['mohon', 'izin', 'ijin', 'punten', 'permisi', 'maaf', 'excuse']);
/** The bot addressed and a voice note's pauses before whoever asks says who they are: "halo bot eh ini saya kadis …". */
const SPOKEN_OPENERS: ReadonlySet<string> = new Set(['bot', 'min', 'admin', ...PAUSES]);
/** How long the asker has held their post: "As the incoming Sekda, …", "as the new head of BKPSDM". */
const NEW_IN_POST: ReadonlySet<string> = new Set(['incoming', 'new', 'newly', 'outgoing', 'acting', 'interim']);
/** Words inside an English post's name said as a phrase: "head of the BKPSDM". */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'the']);

/** The end of the post named from `start`, through "of"/"the" between its words and a unit's number ("SD Negeri 3 Contoh"). */
function endOfPost(tokens: readonly Token[], start: number): number {
  let end = start;
  for (let i = start; i < tokens.length; i++) {
    const numbered = tokens[i]?.role === 'number' && end === i && (tokens[i + 1] === undefined || tokens[i + 1]?.role === 'org' || tokens[i + 1]?.role === 'joiner');
    if (tokens[i]?.role === 'org' || numbered) end = i + 1;
    else if (!NAME_LINKS.has(tokens[i]?.text ?? '') || (end === start && i > start)) break;
  }
  return end;
}

/** Words between the asker and where they work. */
const WHERE_FROM: ReadonlySet<string> = new Set(['di', 'dari', 'at', 'from']);

/**
 * The asker's own post, said before what they ask, is no post asked about: "saya sekda, mau lihat kandidat kadis
 * pendidikan", "sebagai kepala BKPSDM saya ingin tahu …", "as head of BKPSDM, I'd like …", "kami di BKPSDM lagi …",
 * and a post that opens the message followed by a verb of asking ("Sekda minta gambaran risiko di Diskominfo").
 */
function dropAsker(tokens: Token[], askers: Token[][]): void {
  let at = headingEnd(tokens);
  // "[Diteruskan] Kabid Mutasi bertanya …" (a speaker label, tokenise.ts): the mark of a forward comes first.
  // "Selamat pagi Pak. Saya kepala SD Negeri 3 …": a greeting's own sentence too.
  while (tokens[at]?.role === 'honorific' || tokens[at]?.concept === 'greeting' || tokens[at]?.text === ',' || FORWARDED.has(tokens[at]?.text ?? '') ||
    POLITE_OPENERS.has(tokens[at]?.text ?? '') || SPOKEN_OPENERS.has(tokens[at]?.text ?? '') ||
    // "ini saya Kadis …", "it's me, …": who speaks, announced.
    (tokens[at]?.text === 'ini' && ASKER_WORDS.has(tokens[at + 1]?.text ?? '')) || (at > 0 && tokens[at]?.role === 'joiner' && SENTENCE_ENDS.has(tokens[at]?.text ?? '')) ||
    (WHERE_FROM.has(tokens[at]?.text ?? '') && FORWARDED.has(tokens[at - 1]?.text ?? ''))) at++;
  const opener = tokens[at]?.text ?? '';
  const says = ASKER_WORDS.has(opener) ? 'self' : AS_WORDS.has(opener) ? 'as' : 'post';
  if (says !== 'post') at++;
  // "kami di BKPSDM lagi bikin …", "saya dari Bappeda": where the asker works.
  if (says === 'self' && WHERE_FROM.has(tokens[at]?.text ?? '')) at++;
  while (tokens[at]?.role === 'honorific' || tokens[at]?.text === 'the' || NEW_IN_POST.has(tokens[at]?.text ?? '')) at++;
  const start = at;
  let end = endOfPost(tokens, start);
  if (end === start || tokens[start]?.role !== 'org') return;
  // "Kabid Mutasi bertanya": a word of the post's name that is a question word elsewhere ("mutasi") ends it still.
  if (tokens[end]?.role === 'concept' && ASKING_VERBS.has(tokens[end + 1]?.text ?? '')) end++;
  const after = tokens[end]?.text === ',' ? end + 1 : end;
  // "Kadis Kominfo kemarin tanya soal …": when they asked may come between.
  const verb = WHEN_ASKED.has(tokens[end]?.text ?? '') ? end + 1 : end;
  // "Fwd Sekda: 'Tolong siapkan …'", "Fwd dari Kadis: …": whoever the forwarded message is from.
  const markBefore = WHERE_FROM.has(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
  const forwardedFrom = FORWARDED.has(tokens[markBefore]?.text ?? '') && tokens[end]?.role === 'joiner' && SENTENCE_ENDS.has(tokens[end]?.text ?? '');
  const asker = forwardedFrom ||
    (says === 'self' ? after < tokens.length : says === 'as' ? ASKER_WORDS.has(tokens[after]?.text ?? '') : ASKING_VERBS.has(tokens[verb]?.text ?? ''));
  // "saya inspektur, siapa yang bisa gantikan saya?": the asker's own post, referred back to, is the one asked about.
  const rest = tokens.slice(after + 1);
  const referredBack = rest.some((t) => SELF_REFERENCES.has(t.text)) && !rest.some((t) => t.role === 'org');
  // In a forwarded message "saya" is its sender speaking ("Fwd Sekda: '… akan saya bahas dengan Bupati'").
  if (!asker || (referredBack && !forwardedFrom)) return;
  mute(tokens, start, end, askers);
}

/** Words for oneself that also say whose something is ("dinas saya"). */
const POSSESSIVE: ReadonlySet<string> = new Set(['saya', 'kami', 'aku']);

/**
 * Whoever asks, saying who they are after the question: "…, saya kadis PUPR", "… I'm the head of DPMPTSP": a post
 * after a word for oneself that runs to the end of the message is no post asked about.
 */
function dropSignature(tokens: Token[], askers: Token[][]): void {
  for (let at = 1; at < tokens.length; at++) {
    // "dinas saya, saya kadis PUPR": "saya" right after a unit is whose unit it is; "maksud saya Sekretaris
    // Bapenda" corrects the post asked about.
    if (!ASKER_WORDS.has(tokens[at]?.text ?? '') || (tokens[at - 1]?.role === 'org' && POSSESSIVE.has(tokens[at]?.text ?? ''))) continue;
    if (CORRECTION_WORDS.has(tokens[at - 1]?.text ?? '')) continue;
    let start = at + 1;
    while (tokens[start]?.role === 'honorific' || tokens[start]?.text === 'the' || tokens[start]?.text === 'am') start++;
    if (tokens[start]?.role !== 'org' || tokens[start]?.orgRole !== 'title') continue;
    // The post runs to the end, "dan" inside its name too ("kabid rehabilitasi dan rekonstruksi BPBD").
    let end = endOfPost(tokens, start);
    // … and where it is, "I head Bina Marga at DPUPR".
    while ((tokens[end]?.text === 'dan' || WHERE_FROM.has(tokens[end]?.text ?? '')) && tokens[end + 1]?.role === 'org') end = endOfPost(tokens, end + 1);
    if (tokens.slice(end).some((t) => t.role !== 'joiner')) continue;
    // "risiko suksesi jabatan saya sendiri, saya Kepala Bappeda": the asker's own post, referred back to, is asked about.
    const before = tokens.slice(0, at);
    if (before.some((t) => SELF_REFERENCES.has(t.text)) && !before.some((t) => t.role === 'org')) return;
    mute(tokens, start, end, askers);
    return;
  }
}

/**
 * Where a message's heading ends ("Notulen rapat Baperjakat: Kepala BKPSDM meminta …" is read from "Kepala"): after
 * its first sentence, when that opens with a heading word and names no post or person; else 0.
 */
function headingEnd(tokens: readonly Token[]): number {
  if (!HEADINGS.has(tokens[0]?.text ?? '')) return 0;
  const end = tokens.findIndex((t) => t.role === 'joiner' && SENTENCE_ENDS.has(t.text));
  return end > 0 && tokens.slice(0, end).every((t) => t.role !== 'org' && t.role !== 'name') ? end + 1 : 0;
}

/**
 * A post, said with "Pak"/"Bu", that asks something later in the message ("kemarin pak kadis PU minta nama-nama
 * terbaik di bidang penataan ruang"), from whom a request comes ("mohon segera, ditunggu pak sekda"), or who is asked
 * to do the work ("mohon BKPSDM menyiapkan data jabatan kosong di Setwan") is no post or unit asked about.
 */
function dropRequester(tokens: Token[], askers: Token[][]): void {
  for (let start = 1; start < tokens.length; start++) {
    // The elected head, whom no directory lists, asks and needs answers too ("the Bupati needs it for …").
    const head = REGIONAL_HEADS.has(tokens[start]?.text ?? '');
    if ((tokens[start]?.role !== 'org' && !head) || tokens[start - 1]?.role === 'org') continue;
    let before = start - 1;
    while (before >= 0 && (tokens[before]?.role === 'honorific' || tokens[before]?.text === 'the')) before--;
    const end = head ? start + 1 : endOfPost(tokens, start);
    const titled = tokens.slice(before + 1, start).some((t) => t.role === 'honorific' || t.text === 'the');
    const [said, next] = [tokens[end]?.text ?? '', tokens[end + 1]?.text ?? ''];
    // "Pak Sekda mau lihat …", "The Kalak asked for it", "The head of Bapenda is asking: …".
    // "… please, the Sekda needs it for the budget": whoever needs the answer (said in English with "the").
    const needs = said === 'needs' || said === 'needed';
    const asking = titled && (ASKING_VERBS.has(said) || needs || ((said === 'mau' || said === 'ingin') && WANTS_TO.has(next)) || (said === 'is' && ASKING_VERBS.has(next)));
    const doing = (REQUEST_WORDS.has(tokens[before]?.text ?? '') && DOING_VERBS.has(said)) || (INSTRUCTED.has(said) && DOING_VERBS.has(next));
    const by = tokens[before]?.text ?? '';
    // "laporan ke Pak Sekda", "Forwarded from the Sekda", "Fwd dari Bagian Organisasi", "asking for the Sekda's briefing".
    const passedOn = tokens[before - 1]?.text ?? '';
    // Whoever sent the message on or relayed the question ("Fwd dari …", "quick one from the Sekda", "titipan Pak
    // Kaban: …", "titip pertanyaan Pak Kalak: …", "titip dr Bu Kaban: …", a message opening "Dari Pak Sekda: …").
    const from = by === 'dari' || by === 'from' || by === 'dr';
    // "Pak, titipan Kadisdik: …": after a comma too.
    const opens = before === 0 || tokens[before - 1]?.text === ',';
    const sender = (from && (FORWARDED.has(passedOn) || RELAYED.has(passedOn) || RELAYED_BY.has(passedOn) || (titled && opens))) ||
      (RELAYED_BY.has(by) && (titled || opens));
    // "…, for the Sekda's morning briefing": in a clause of its own after the question, whom the answer is for; not
    // the post whose successors are asked ("…, for the Kadis Pertanian slate", "…, for the Sekda position").
    const ofThePost = POST_AFTER.has(tokens[end]?.concept ?? '');
    // Whose paper it is, said before it ("the Sekda's briefing"): the post is followed by more of its clause.
    const followed = tokens[end] !== undefined && tokens[end]?.role !== 'joiner';
    const afterQuestion = tokens.slice(0, before).some((t) => t.role === 'concept' && !COURTESY.has(t.concept ?? ''));
    const forClause = by === 'for' && titled && passedOn === ',' && followed && !ofThePost && afterQuestion;
    // "preparing a report for the Sekda": a paper for someone.
    const forWhom = (titled && FOR_WHOM.has(by)) || sender || forClause ||
      (by === 'for' && (ASKING_VERBS.has(passedOn) || PAPERS.has(passedOn)));
    if (!asking && !doing && !forWhom && !REQUESTED_BY.has(by)) continue;
    // Whoever asks, or sent the message on, may be pointed back to; whoever is to do the work or gets the answer not.
    mute(tokens, start, end, (asking || sender) && !head ? askers : undefined);
    // What they need it for, to the sentence's end, names nothing asked about either ("… needs it for the budget",
    // "…, for the Bupati's formasi planning").
    const sentenceEnd = (needs && titled) || forClause ? tokens.findIndex((t, k) => k > end && t.role === 'joiner' && SENTENCE_ENDS.has(t.text)) : end;
    if (sentenceEnd !== end) mute(tokens, end, sentenceEnd < 0 ? tokens.length : sentenceEnd);
    start = end;
  }
}

/**
 * "Mas Seto, sekretaris camat utara, kenapa ga masuk kandidat camat …?": a post said between commas right after a
 * name is that person's own, no post asked about.
 */
function dropApposition(tokens: Token[]): void {
  for (let start = 2; start < tokens.length; start++) {
    if (tokens[start]?.role !== 'org' || tokens[start - 1]?.text !== ',' || tokens[start - 2]?.role !== 'name') continue;
    const end = endOfPost(tokens, start);
    if (tokens[end]?.text !== ',' || !tokens.slice(end).some((t) => t.role === 'org')) continue;
    mute(tokens, start, end);
  }
}

/** Words before a post someone held ("mantan sekdis DLH", "former head of …"). */
const FORMERLY: ReadonlySet<string> = new Set(['mantan', 'eks', 'ex', 'former', 'formerly']);
/** Words before where someone moves to ("mau pindah ke DPMD", "dimutasi ke Bappeda", "moving to BKPSDM"). */
const MOVES_TO: ReadonlySet<string> = new Set(['pindah', 'dimutasi', 'mutasi', 'move', 'moving', 'moves', 'transferred']);
/** Words between "bukan" and the place it denies ("bukan yg di Dinkes", "bukan risiko disdik"). */
const DENIAL_GAP = 3;

/**
 * Posts and units said beside the one asked about: one someone held before ("Kadis Pertanian (mantan sekdis DLH)
 * minta …"), where someone moves to ("sekcam sy mau pindah ke DPMD, siapa yg bisa gantikan?"), and one denied for
 * another said later ("kandidat sekdis, bukan yg di Dinkes ya, yg di Dinsos").
 */
function dropPostsAside(tokens: Token[]): void {
  for (let start = 1; start < tokens.length; start++) {
    if (tokens[start]?.role !== 'org' || tokens[start - 1]?.role === 'org') continue;
    const end = endOfPost(tokens, start);
    const before = tokens[start - 1]?.text ?? '';
    // A unit moved to, not a post ("siapa yang cocok dipindah ke kabid angkutan" asks about that post).
    const moving = (before === 'ke' || before === 'to') && MOVES_TO.has(tokens[start - 2]?.text ?? '') && tokens[start]?.orgRole !== 'title';
    // Denied for a place said after a comma or a full stop ("bukan X kandidat kabid anggaran di BPKAD" denies nothing).
    const from = Math.max(0, start - DENIAL_GAP - 1);
    const denial = tokens.slice(from, start).findIndex((t) => t.text === 'bukan');
    const next = tokens.findIndex((t, k) => k >= end && t.role === 'org');
    const denied = denial >= 0 && next > end && tokens.slice(end, next).some((t) => t.text === ',' || SENTENCE_ENDS.has(t.text)) &&
      tokens.slice(from + denial + 1, start).every((t) => t.role === 'function' || t.role === 'concept');
    if (!FORMERLY.has(before) && !moving && !denied) continue;
    mute(tokens, start, end);
    start = end;
  }
}
