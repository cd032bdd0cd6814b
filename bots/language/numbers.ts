/**
 * Numbers as leaders write them ("6", "enam", "dua belas", "twenty four", "setahun") and the time spans built from
 * them ("dalam 6 bulan", "2 tahun ke depan", "next 18 months", "tahun depan", "this year", "2027").
 */
import { INDONESIAN_NUMBER_WORDS } from '../../lib/number-words.js';
import { romanValue } from '../../lib/roman-numerals.js';
import { MONTH_NUMBERS } from './lexicon/months.js';

const UNITS_ID = INDONESIAN_NUMBER_WORDS;
const UNITS_EN: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, dozen: 12,
};

export interface NumberAt {
  value: number;
  /** Tokens the number spans. */
  length: number;
}

/** Thousands said in words: "dua ribu dua puluh tujuh", "two thousand and twenty seven" (years, mostly). */
const THOUSAND_WORDS: ReadonlySet<string> = new Set(['ribu', 'thousand']);

/**
 * Reads a number starting at `i`: digits, or number words in either language ("dua puluh empat", "twenty four",
 * "dua ribu dua puluh tujuh").
 */
export function numberAt(tokens: readonly string[], i: number): NumberAt | null {
  const below = numberBelowThousandAt(tokens, i);
  const worded = !/^\d/.test(tokens[i] ?? '');
  // "twenty twenty seven": a year said in two pairs.
  const pair = tokens[i] === 'twenty' && !/^\d/.test(tokens[i + 1] ?? '') ? numberBelowThousandAt(tokens, i + 1) : null;
  if (pair !== null && pair.value >= 10 && pair.value < 100) return { value: 2000 + pair.value, length: 1 + pair.length };
  if (below === null || !worded || !THOUSAND_WORDS.has(tokens[i + below.length] ?? '')) return below;
  let at = i + below.length + 1;
  if (tokens[at] === 'and') at++;
  const rest = /^\d/.test(tokens[at] ?? '') ? null : numberBelowThousandAt(tokens, at);
  return rest !== null && rest.value < 100
    ? { value: below.value * 1000 + rest.value, length: at - i + rest.length }
    : { value: below.value * 1000, length: below.length + 1 };
}

function numberBelowThousandAt(tokens: readonly string[], i: number): NumberAt | null {
  const first = tokens[i];
  if (first === undefined) return null;
  if (/^\d{1,4}$/.test(first)) return { value: Number(first), length: 1 };
  const unit = UNITS_ID[first];
  if (unit !== undefined) {
    const next = tokens[i + 1];
    if (next === 'belas' && unit < 10) return { value: 10 + unit, length: 2 };
    if (next === 'puluh' && unit < 10) {
      const ones = UNITS_ID[tokens[i + 2] ?? ''];
      return ones !== undefined && ones < 10 ? { value: unit * 10 + ones, length: 3 } : { value: unit * 10, length: 2 };
    }
    return { value: unit, length: 1 };
  }
  const en = UNITS_EN[first];
  if (en !== undefined) {
    const ones = UNITS_EN[tokens[i + 1] ?? ''];
    return en >= 20 && en % 10 === 0 && ones !== undefined && ones < 10 ? { value: en + ones, length: 2 } : { value: en, length: 1 };
  }
  return null;
}

/** Every word {@link numberAt} can read. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS_ID), ...Object.keys(UNITS_EN), 'belas', 'puluh', ...THOUSAND_WORDS]);

/** A span ahead of the review date: N months, or a calendar year (absolute, or this/next one). */
export type Period = { months: number } | { year: number } | { yearOffset: 0 | 1 };

const MONTH_WORDS = new Set(['bulan', 'month', 'months']);
/** Javanese of the north coast and Banyumas say "taun" ("taun kiye": this year). */
const YEAR_WORDS = new Set(['tahun', 'taun', 'year', 'years']);
export const NEXT_WORDS: ReadonlySet<string> = new Set(['depan', 'mendatang', 'berikutnya', 'next', 'coming', 'upcoming', 'selanjutnya', 'ngarep']);
/**
 * "tahun ini", "this year"; Minang "tahun ko" (as a word of its own, "ko" is also a title: "Ko Ahong"); Javanese
 * "taun iki", Banyumas and Tegal "taun kiye".
 */
const THIS_WORDS = new Set(['ini', 'this', 'sekarang', 'berjalan', 'current', 'ko', 'iki', 'kiye']);
/** "kwartal", "kuarter": the Dutch and English spellings pemda letters still use. */
const QUARTER_WORDS = new Set(['triwulan', 'kuartal', 'kwartal', 'kuarter', 'quarter', 'quarters']);
const HALF_YEAR_WORDS = new Set(['semester']);
/** "paruh pertama 2027": a half only with its ordinal ("PPPK paruh waktu" is part-time work). */
const HALF_WORDS_WITH_ORDINAL = new Set(['half', 'paruh']);
/** "this fiscal year", "tahun anggaran depan": words between "year" and which one. */
const FISCAL_WORDS = new Set(['fiscal', 'financial', 'budget', 'anggaran']);

/** Words that say the next one ("tinjauan berikutnya") or a part of the year ("triwulan", "semester"). */
export const NEXT_OR_YEAR_PART_WORDS: ReadonlySet<string> = new Set([...NEXT_WORDS, ...QUARTER_WORDS, ...HALF_YEAR_WORDS]);

/**
 * "triwulan III", "semester dua", "quarter four": whether the word at `at` is the ordinal of a part of the year said
 * before it.
 */
export function ordinalOfYearPart(words: readonly string[], at: number): boolean {
  const part = words[at - 1] ?? '';
  const word = words[at] ?? '';
  return (QUARTER_WORDS.has(part) || HALF_YEAR_WORDS.has(part)) && (romanValue(word) !== undefined || PART_NUMBER_WORDS[word] !== undefined);
}

/** A quarter (triwulan) or half (semester) of a calendar year. */
export type YearPart = { quarter: number } | { half: number };

/** Ordinals said as words: "triwulan ketiga", "the third quarter", "semester kedua". */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, first: 1, second: 2, third: 3, fourth: 4,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** A part's number said as a cardinal after it: "triwulan tiga", "semester dua", "quarter four". */
const PART_NUMBER_WORDS: Readonly<Record<string, number>> = { satu: 1, dua: 2, tiga: 3, empat: 4, one: 1, two: 2, three: 3, four: 4 };

/** The ordinal at `at`: "III", "3", "ketiga", "ke 3", "tiga"; undefined when none. */
function ordinalAt(tokens: readonly string[], at: number): number | undefined {
  const word = tokens[at] ?? '';
  if (word === 'ke') return ordinalAt(tokens, at + 1);
  return ORDINAL_WORDS[word] ?? romanValue(word) ?? PART_NUMBER_WORDS[word] ?? (/^\d$/.test(word) ? Number(word) : undefined);
}

/** Words between the first and last month of a range: "Januari sampe Maret", "between October and December". */
export const MONTH_RANGE_LINKS: ReadonlySet<string> = new Set(['sampai', 'sampe', 'hingga', 'sd', 'to', 'through', 'thru', 'until', 'till', 'and', 'dan', 'ke']);

const isYear = (token: string | undefined) => token !== undefined && /^(?:19|20)\d{2}$/.test(token);
const isDay = (token: string | undefined) => token !== undefined && /^(?:[1-9]|[12]\d|3[01])$/.test(token);

/**
 * The month a range's second end names, from the link: "… sampai Maret", and a date's "… sampai 31 Desember 2027";
 * undefined when the first end's year differs from the second's ("Juli 2027 s.d. Desember 2028" is no part of a year).
 */
function rangeEndMonth(tokens: readonly string[], link: number, fromYear: string | undefined): number | undefined {
  const at = isDay(tokens[link + 1]) ? link + 2 : link + 1;
  const toYear = isYear(tokens[at + 1]) ? tokens[at + 1] : undefined;
  return fromYear !== undefined && toYear !== undefined && fromYear !== toYear ? undefined : MONTH_NUMBERS.get(tokens[at] as string);
}

/**
 * A range of months that is a whole quarter or half: "Januari sampe Maret" is the first quarter, "Juli–Desember" the
 * second half, and so is a range of dates, "1 Juli 2027 s.d. 31 Desember 2027" (the days are the months' own).
 */
function monthRangePart(tokens: readonly string[]): YearPart | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const from = MONTH_NUMBERS.get(tokens[i] as string);
    const fromYear = isYear(tokens[i + 1]) ? tokens[i + 1] : undefined;
    const link = fromYear === undefined ? i + 1 : i + 2;
    const to = rangeEndMonth(tokens, link, fromYear);
    if (from === undefined || to === undefined || !MONTH_RANGE_LINKS.has(tokens[link] as string)) continue;
    if (from % 3 === 1 && to === from + 2) return { quarter: (from + 2) / 3 };
    if (from % 6 === 1 && to === from + 5) return { half: (from + 5) / 6 };
  }
  return null;
}

/**
 * The quarter or half of a year the tokens name: "triwulan III", "tw 2", "kuartal ketiga", "Q3", "the third quarter",
 * "semester II", "H1", "the second half", "Januari sampai Maret"; null when none ("3 triwulan" and "triwulan depan"
 * are spans, read by {@link findPeriod}). The year it belongs to is the period's.
 */
export function findYearPart(tokens: readonly string[]): YearPart | null {
  const range = monthRangePart(tokens);
  if (range) return range;
  const within = (part: YearPart | null): YearPart | null =>
    part === null || ('quarter' in part ? part.quarter >= 1 && part.quarter <= 4 : part.half >= 1 && part.half <= 2) ? part : null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const short = /^([qh])([1-4])$/.exec(t);
    if (short) return within(short[1] === 'q' ? { quarter: Number(short[2]) } : { half: Number(short[2]) });
    const quarter = QUARTER_WORDS.has(t) || t === 'tw';
    const half =
      HALF_YEAR_WORDS.has(t) ||
      (HALF_WORDS_WITH_ORDINAL.has(t) && (ORDINAL_WORDS[tokens[i - 1] ?? ''] !== undefined || ORDINAL_WORDS[tokens[i + 1] ?? ''] !== undefined));
    if (!quarter && !half) continue;
    // "kuartal ketiga", "triwulan III": the ordinal after; "the third quarter", "second half": before; "triwulan
    // terakhir", "the last quarter of 2026": the year's last.
    const last = tokens[i + 1] === 'terakhir' || (tokens[i - 1] === 'last' && tokens[i + 1] === 'of');
    const n = ordinalAt(tokens, i + 1) ?? ORDINAL_WORDS[tokens[i - 1] ?? ''] ?? (last ? (quarter ? 4 : 2) : undefined);
    if (n !== undefined) return within(quarter ? { quarter: n } : { half: n });
  }
  return null;
}

/** Words that only ever belong to a time span, so they are never read as a name. */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_WORDS, ...YEAR_WORDS, ...NEXT_WORDS, ...QUARTER_WORDS, ...HALF_YEAR_WORDS, 'setahun', 'sebulan', 'akhir',
  'end', 'within', 'setengah', 'half', 'mendatang',
]);

const AND_A_HALF = ['and', 'a', 'half'];

/**
 * The words from `at` name a calendar year by themselves: "tahun 2028", "tahun depan", "tahun ini" (a number of a
 * numbered unit's name may come right before them: "sd negeri 1 tahun depan"); "tahun ke depan" says how far.
 */
export function namesCalendarYear(tokens: readonly string[], at: number): boolean {
  if (!YEAR_WORDS.has(tokens[at] ?? '')) return false;
  const next = tokens[at + 1] ?? '';
  const year = numberAt(tokens, at + 1);
  return NEXT_WORDS.has(next) || THIS_WORDS.has(next) || (year !== null && year.value >= 2000 && year.value <= 2100);
}

/**
 * Whether the words from `at`, after a number of years, add half a year: "satu setengah tahun", "satu tahun
 * setengah", "1 setengah tahun" (as "1,5 tahun" is read), "a year and a half", "one and a half years".
 */
function yearsAndAHalf(tokens: readonly string[], at: number): boolean {
  const says = (words: readonly string[], from: number) => words.every((w, k) => tokens[from + k] === w);
  const year = (k: number) => YEAR_WORDS.has(tokens[k] ?? '');
  if (tokens[at] === 'setengah') return year(at + 1);
  if (year(at)) return tokens[at + 1] === 'setengah' || says(AND_A_HALF, at + 1);
  return says(AND_A_HALF, at) && year(at + AND_A_HALF.length);
}

/**
 * The first time span the tokens name.
 * @returns months for "N bulan/tahun", "next N months", "setahun"; a calendar year for "tahun depan", "this year",
 * "2027"; null when no span is named.
 */
export function findPeriod(tokens: readonly string[]): Period | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1];
    if (t === 'setahun') return { months: next === 'setengah' ? 18 : 12 };
    if (t === 'sebulan') return { months: 1 };
    if ((t === 'setengah' && next === 'tahun') || (t === 'half' && (next === 'year' || (next === 'a' && tokens[i + 2] === 'year')))) {
      return { months: 6 };
    }
    const n = numberAt(tokens, i);
    // "semester 2 tahun ini", "triwulan ke 3 tahun depan": the part's ordinal (findYearPart), not a number of years.
    const partBefore = (k: number) => QUARTER_WORDS.has(tokens[k] ?? '') || HALF_YEAR_WORDS.has(tokens[k] ?? '') || tokens[k] === 'tw';
    if (n !== null && (partBefore(i - 1) || (tokens[i - 1] === 'ke' && partBefore(i - 2)))) {
      i += n.length - 1;
      continue;
    }
    if (n !== null) {
      const unit = tokens[i + n.length] ?? '';
      if (yearsAndAHalf(tokens, i + n.length) && n.value > 0 && n.value <= 10) return { months: n.value * 12 + 6 };
      // "smpn 3 tahun 2028": a number before "tahun <year>" is not a number of years.
      const yearAfter = numberAt(tokens, i + n.length + 1);
      const namesYear = YEAR_WORDS.has(unit) && yearAfter !== null && yearAfter.value >= 2000 && yearAfter.value <= 2100;
      if (MONTH_WORDS.has(unit) && n.value > 0) return { months: n.value };
      if (YEAR_WORDS.has(unit) && n.value > 0 && n.value <= 10 && !namesYear) return { months: n.value * 12 };
      if (QUARTER_WORDS.has(unit) && n.value > 0) return { months: n.value * 3 };
      if (HALF_YEAR_WORDS.has(unit) && n.value > 0) return { months: n.value * 6 };
      // "2027", or the year in words ("dua ribu dua puluh tujuh"); "20 25" is no year.
      if (n.value >= 2000 && n.value <= 2100 && (n.length === 1 || !/^\d/.test(t))) return { year: n.value };
      i += n.length - 1;
      continue;
    }
    const prevWord = tokens[i - 1] ?? '';
    if ((t === 'a' || t === 'an') && yearsAndAHalf(tokens, i + 1)) return { months: 18 };
    // "a year", "a month": an article counts as one.
    if ((t === 'a' || t === 'an') && next !== undefined && (MONTH_WORDS.has(next) || YEAR_WORDS.has(next)) && !NEXT_WORDS.has(prevWord)) {
      return MONTH_WORDS.has(next) ? { months: 1 } : { months: 12 };
    }
    // "the next year and a half".
    if (YEAR_WORDS.has(t) && yearsAndAHalf(tokens, i)) return { months: 18 };
    if (YEAR_WORDS.has(t)) {
      // "this fiscal year", "tahun anggaran berjalan": the budget year is the calendar year.
      const before = FISCAL_WORDS.has(prevWord) ? (tokens[i - 2] ?? '') : prevWord;
      const after = FISCAL_WORDS.has(next ?? '') ? (tokens[i + 2] ?? '') : (next ?? '');
      if (NEXT_WORDS.has(after) || NEXT_WORDS.has(before)) return { yearOffset: 1 };
      // "akhir tahun", "year-end", "the end of the year": the end of this one.
      const endOf = before === 'akhir' || before === 'end' || after === 'end' || (tokens.slice(Math.max(0, i - 3), i).join(' ').match(/\bend of( the)?$/) !== null);
      if (THIS_WORDS.has(after) || THIS_WORDS.has(before) || endOf) return { yearOffset: 0 };
    }
    // "bulan depan", and "bulan ini" (what is left of this month is within the next one).
    if (MONTH_WORDS.has(t) && (NEXT_WORDS.has(next ?? '') || NEXT_WORDS.has(prevWord) || THIS_WORDS.has(next ?? '') || prevWord === 'this')) return { months: 1 };
    if (QUARTER_WORDS.has(t) && (NEXT_WORDS.has(next ?? '') || NEXT_WORDS.has(prevWord))) return { months: 3 };
    if (HALF_YEAR_WORDS.has(t) && (NEXT_WORDS.has(next ?? '') || NEXT_WORDS.has(prevWord))) return { months: 6 };
  }
  return null;
}
