/** Reply pieces several intents share: "not found", "which one did you mean?", "say which …". */
import { pickValue } from '../../core/pick.js';
import { refusalReply, type PickOption, type Reply } from '../../core/reply.js';
import { say, type Lang } from '../../language/lang.js';
import { titleCase } from '../../language/absent-post.js';

export function notFoundReply(lang: Lang, what: { id: string; en: string }): Reply {
  const t = say(lang);
  return refusalReply(lang, 'not_found', t(`🔎 ${what.id} tidak ditemukan dalam cakupan Anda. Coba tulis nama lain atau kodenya.`,
    `🔎 ${what.en} was not found in your scope. Try another name or its code.`));
}

/**
 * A numbered unit the instansi does not have ("smp negeri 4" where SMP Negeri 1–3 are): said so, with the numbered
 * units nearest to it, rather than offering those as if they matched.
 */
export function numberedNotFoundReply(lang: Lang, phrase: string, number: string, nearest: readonly string[]): Reply {
  const t = say(lang);
  // A number ("SMP Negeri 4") or a point of the compass ("Contoh Tengah") the instansi's series do not have.
  const digits = /^\d/.test(number);
  return refusalReply(lang, 'not_found', t(
    `🔎 Unit ${digits ? `bernomor ${number}` : `"${number}"`} yang dimaksud "${phrase}" tidak ada di instansi ini. Yang terdekat: ${nearest.join(', ')}.`,
    `🔎 "${phrase}": this instansi has no unit ${digits ? `numbered ${number}` : `"${number}"`}. Nearest: ${nearest.join(', ')}.`,
  ));
}

/**
 * A functional post asked at a grade (jenjang) the instansi has none of ("bidan ahli muda" beside Bidan Ahli Pertama):
 * said so, with the grades of that function it has, rather than answering for a post of another grade.
 */
export function gradeNotFoundReply(lang: Lang, phrase: string, grade: string, nearest: readonly string[]): Reply {
  const t = say(lang);
  return refusalReply(lang, 'not_found', t(
    `🔎 Jabatan "${phrase}" tidak ada di instansi ini: tidak ada jenjang ${titleCase(grade.split(' '))}. Jenjang yang ada: ${nearest.join(', ')}.`,
    `🔎 "${phrase}": this instansi has no post at the ${titleCase(grade.split(' '))} grade. Grades it has: ${nearest.join(', ')}.`,
  ));
}

/**
 * A phrase naming a field no unit of the instansi is about ("dinas pemberdayaan perempuan" where there is no women's
 * office): said so, rather than answered for a unit that shares one of its other words.
 * @param what - "unit" or "jabatan" and the phrase as read
 * @param within - the office the phrase places what it asks for in, when only that office's names were looked at
 */
export function unheardFieldReply(
  lang: Lang,
  what: { kind: 'unit' | 'position'; phrase: string },
  words: readonly string[],
  where?: { within: string; instead: readonly string[] },
): Reply {
  const t = say(lang);
  const quoted = wordsAsSaid(what.phrase, words).map((w) => `"${w}"`).join(', ');
  const asked = what.kind === 'unit' ? t(`unit "${what.phrase}"`, `unit "${what.phrase}"`) : t(`jabatan "${what.phrase}"`, `position "${what.phrase}"`);
  if (where === undefined) {
    return refusalReply(lang, 'not_found', t(
      `🔎 Tidak ada unit di instansi ini yang namanya menyebut ${quoted}, jadi tidak ada ${asked}.`,
      `🔎 No unit of this instansi has ${quoted} in its name, so there is no ${asked}.`,
    ));
  }
  const { within, instead } = where;
  const shown = instead.slice(0, NAMES_SHOWN).join('; ');
  const more = instead.length > NAMES_SHOWN ? t(` dan ${instead.length - NAMES_SHOWN} lainnya`, ` and ${instead.length - NAMES_SHOWN} more`) : '';
  const there = instead.length === 0 ? '' : t(` Yang ada di sana: ${shown}${more}.`, ` What it has: ${shown}${more}.`);
  return refusalReply(lang, 'not_found', t(
    `🔎 Tidak ada unit di ${within} yang namanya menyebut ${quoted}, jadi tidak ada ${asked} di sana.${there}`,
    `🔎 No unit of ${within} has ${quoted} in its name, so there is no ${asked} there.${there}`,
  ));
}

/** Names listed at once in a "not there" answer: enough to see what an office has, short on a phone. */
const NAMES_SHOWN = 6;

/** The missing words as the phrase says them, neighbours together: "cipta karya", not "cipta", "karya". */
function wordsAsSaid(phrase: string, words: readonly string[]): string[] {
  const said = ` ${phrase.toLowerCase()} `;
  const out: string[] = [];
  for (const w of words) {
    const last = out.at(-1);
    if (last !== undefined && said.includes(` ${last} ${w} `)) out[out.length - 1] = `${last} ${w}`;
    else out.push(w);
  }
  return out;
}

/** A kode the instansi does not have ("DISDIK-SMPN9"): said so, with its kodes most like it and what they name. */
export function unknownKodeReply(lang: Lang, written: string, nearest: ReadonlyArray<{ kode: string; nama: string }>): Reply {
  const t = say(lang);
  const listed = nearest.map((n) => `${n.kode} (${n.nama})`).join(', ');
  if (nearest.length === 0) return refusalReply(lang, 'not_found', t(`🔎 Kode "${written}" tidak ada di instansi ini.`, `🔎 This instansi has no kode "${written}".`));
  return refusalReply(lang, 'not_found', t(
    `🔎 Kode "${written}" tidak ada di instansi ini. Kode yang paling mirip: ${listed}.`,
    `🔎 This instansi has no kode "${written}". Most alike: ${listed}.`,
  ));
}

export function missingArgumentReply(lang: Lang, text: { id: string; en: string }): Reply {
  return refusalReply(lang, 'invalid', lang === 'en' ? text.en : text.id);
}

/**
 * "Which one did you mean?": the options (transports show them as buttons and a numbered list), and how many close
 * matches were left out so the asker knows to be more specific.
 */
export function choiceReply(args: {
  lang: Lang;
  prompt: { id: string; en: string };
  prefix: string;
  options: ReadonlyArray<{ label: string; detail: string; key: string }>;
  more: number;
  personal: boolean;
}): Reply {
  const { lang } = args;
  const t = say(lang);
  const options: PickOption[] = args.options.map((o) => ({ label: o.label, detail: o.detail, value: pickValue(args.prefix, lang, o.key) }));
  const blocks: Reply['blocks'] = [{ kind: 'text', text: t(args.prompt.id, args.prompt.en) }];
  const tail = args.more > 0
    ? [{ kind: 'note' as const, text: t(`… dan ${args.more} lainnya yang mirip; tulis lebih lengkap untuk mempersempit.`,
        `… and ${args.more} more like these; be more specific to narrow it down.`) }]
    : [];
  return { lang, personal: args.personal, blocks: [...blocks, ...tail], source: null, choices: { options, more: args.more } };
}
