/**
 * Codes in words, in the asker's language: readiness, route, fit, risk flags, gates, levels, kinds of position,
 * predikat, dates and the review line every answer carries. The Indonesian words are the domain's one label table
 * (analytics/domain/labels.ts); the English beside them is typed by the same codes, so a new code needs both.
 * Leaders never see `SIAP_1_2_TAHUN` or `JPT_PRATAMA`; an unknown code is spelled out in lower case rather than
 * shown raw.
 */
import {
  JENIS_JABATAN_LABELS, JENIS_SUKSESI_LABELS, JENJANG_JF_LABELS, KESESUAIAN_LABELS, KINERJA_LEVEL_LABELS,
  POTENSIAL_LEVEL_LABELS, PREDIKAT_LABELS, READINESS_LABELS, RISK_LABELS, TINGKAT_DISIPLIN_LABELS, UNRATED_REASON_LABELS,
} from '../../analytics/domain/labels.js';
import { GATE_LABELS } from '../../analytics/succession/index.js';
import type { Lang } from '../language/lang.js';
import { MONTHS_EN, MONTHS_ID } from '../language/lexicon/months.js';

/** One code set: the domain's Indonesian words and the English for the same codes. */
interface Words<K extends string> {
  id: Readonly<Record<K, string>>;
  en: Readonly<Record<K, string>>;
}

/** `SOME_NEW_CODE` → "some new code": a code added later still reads as words. */
export function spellCode(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

function word<K extends string>(table: Words<K>, code: string, lang: Lang): string {
  return (table[lang] as Readonly<Record<string, string>>)[code] ?? spellCode(code);
}

const READINESS: Words<keyof typeof READINESS_LABELS> = {
  id: READINESS_LABELS,
  en: { SIAP_SEKARANG: 'Ready now', SIAP_1_2_TAHUN: 'Ready in 1–2 years' },
};
const ROUTE: Words<keyof typeof JENIS_SUKSESI_LABELS> = { id: JENIS_SUKSESI_LABELS, en: { PROMOSI: 'Promotion', ROTASI: 'Rotation' } };
const FIT: Words<keyof typeof KESESUAIAN_LABELS> = {
  id: KESESUAIAN_LABELS,
  en: { OPD: 'Same office', RUMPUN: 'Same job family', LAIN: 'Other office or job family' },
};
const RISK: Words<keyof typeof RISK_LABELS> = {
  id: RISK_LABELS,
  en: {
    TANPA_SIAP_SEKARANG: 'No successor ready now',
    BANGKU_TIPIS: 'Thin bench (< 3 candidates)',
    KOSONG: 'Vacant post',
    PEMANGKU_PENSIUN: 'Incumbent retires ≤ 24 months',
    KURANG_ABK: 'Understaffed by the workload analysis (ABK)',
  },
};
const GATES: Words<keyof typeof GATE_LABELS> = {
  id: GATE_LABELS,
  en: {
    STATUS: 'employment status',
    PENDIDIKAN: 'education',
    GOLONGAN: 'rank (golongan)',
    JALUR: 'career path',
    KINERJA: 'performance',
    KOMPETENSI: 'competency (JPM)',
    DISIPLIN: 'discipline',
    USIA: 'age/retirement age',
    KOTAK: 'talent box',
  },
};
const KINERJA: Words<keyof typeof KINERJA_LEVEL_LABELS> = {
  id: KINERJA_LEVEL_LABELS,
  en: { DI_ATAS: 'Above expectations', SESUAI: 'Meets expectations', DI_BAWAH: 'Below expectations' },
};
const POTENSIAL: Words<keyof typeof POTENSIAL_LEVEL_LABELS> = {
  id: POTENSIAL_LEVEL_LABELS,
  en: { TINGGI: 'High', MENENGAH: 'Medium', RENDAH: 'Low' },
};
const JENIS_JABATAN: Words<keyof typeof JENIS_JABATAN_LABELS> = {
  id: JENIS_JABATAN_LABELS,
  en: {
    JPT_UTAMA: 'JPT Utama (top executive)',
    JPT_MADYA: 'JPT Madya (senior executive)',
    JPT_PRATAMA: 'JPT Pratama (executive)',
    ADMINISTRATOR: 'Administrator',
    PENGAWAS: 'Pengawas (supervisor)',
    PELAKSANA: 'Pelaksana (staff)',
    FUNGSIONAL: 'Functional',
  },
};
const JENJANG_JF: Words<keyof typeof JENJANG_JF_LABELS> = {
  id: JENJANG_JF_LABELS,
  en: {
    AHLI_PERTAMA: 'Ahli Pertama (junior expert)',
    AHLI_MUDA: 'Ahli Muda (associate expert)',
    AHLI_MADYA: 'Ahli Madya (senior expert)',
    AHLI_UTAMA: 'Ahli Utama (principal expert)',
    PEMULA: 'Pemula (entry level)',
    TERAMPIL: 'Terampil (skilled)',
    MAHIR: 'Mahir (proficient)',
    PENYELIA: 'Penyelia (lead)',
  },
};
const PREDIKAT: Words<keyof typeof PREDIKAT_LABELS> = {
  id: PREDIKAT_LABELS,
  en: { SANGAT_BAIK: 'Very good', BAIK: 'Good', BUTUH_PERBAIKAN: 'Needs improvement', KURANG: 'Poor', SANGAT_KURANG: 'Very poor' },
};
const DISIPLIN: Words<keyof typeof TINGKAT_DISIPLIN_LABELS> = {
  id: TINGKAT_DISIPLIN_LABELS,
  en: { RINGAN: 'minor', SEDANG: 'moderate', BERAT: 'severe' },
};
const UNRATED: Words<keyof typeof UNRATED_REASON_LABELS> = {
  id: UNRATED_REASON_LABELS,
  en: {
    KINERJA_TIDAK_ADA: 'no annual performance rating yet',
    ASESMEN_TIDAK_ADA: 'no assessment result yet',
    ASESMEN_KEDALUWARSA: 'the assessment result has expired',
  },
};

/** "Siap sekarang" → "siap sekarang" inside a sentence; "JPT Pratama", "OPD" keep their capitals. */
function inSentence(words: string): string {
  return /^\p{Lu}\p{Ll}/u.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** A label that starts a line or a title: "di atas ekspektasi" → "Di atas ekspektasi". */
export function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Words that sit inside a sentence ("peringkat 1, siap sekarang, promosi").
export const readinessText = (code: string, lang: Lang) => inSentence(word(READINESS, code, lang));
export const routeText = (code: string, lang: Lang) => inSentence(word(ROUTE, code, lang));
export const fitText = (code: string, lang: Lang) => inSentence(word(FIT, code, lang));
export const riskText = (code: string, lang: Lang) => inSentence(word(RISK, code, lang));
export const gateText = (code: string, lang: Lang) => inSentence(word(GATES, code, lang));
export const kinerjaText = (code: string, lang: Lang) => inSentence(word(KINERJA, code, lang));
export const potensialText = (code: string, lang: Lang) => inSentence(word(POTENSIAL, code, lang));
export const unratedReasonText = (code: string, lang: Lang) => inSentence(word(UNRATED, code, lang));
export const jenisJabatanText = (code: string, lang: Lang) => word(JENIS_JABATAN, code, lang);

const ALL_TABLES: ReadonlyArray<Words<string>> = [READINESS, ROUTE, FIT, RISK, KINERJA, POTENSIAL, JENIS_JABATAN, JENJANG_JF, PREDIKAT, DISIPLIN, UNRATED];

/** Every code with its words `[code, [id, en]]`: the filter that catches codes left inside engine sentences. */
export const ALL_CODE_WORDS: ReadonlyArray<readonly [string, readonly [string, string]]> = ALL_TABLES.flatMap((table) =>
  Object.entries(table.id).map(([code, id]) => [code, [id, table.en[code] ?? id]] as const),
);

/** The Indonesian words of the code sets engine sentences name (routes, kinds of post, predikat, levels), in English. */
const NAMED_IN_SENTENCES: ReadonlyArray<Words<string>> = [ROUTE, JENIS_JABATAN, JENJANG_JF, PREDIKAT, DISIPLIN, KINERJA, POTENSIAL];
export const ENGLISH_OF_LABELS: ReadonlyArray<readonly [string, string]> = NAMED_IN_SENTENCES
  .flatMap((table) => Object.entries(table.id).map(([code, id]) => [id, table.en[code] ?? id] as const))
  .filter(([id, en]) => id !== en);


/** `2026-10-01` → "1 Oktober 2026" / "1 October 2026". */
export function dateText(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = (lang === 'en' ? MONTHS_EN : MONTHS_ID)[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** Two decimals with the asker's decimal mark: 81,25 / 81.25. */
export function scoreText(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  const fixed = value.toFixed(2);
  return lang === 'en' ? fixed : fixed.replace('.', ',');
}

/** "Tinjauan talenta 1a2b3c4d per 1 Oktober 2026": the review an answer comes from. */
export function reviewLine(review: { id: string; asOf: string }, lang: Lang): string {
  return lang === 'en'
    ? `Talent review ${review.id.slice(0, 8)} as of ${dateText(review.asOf, lang)}`
    : `Tinjauan talenta ${review.id.slice(0, 8)} per ${dateText(review.asOf, lang)}`;
}

/** Where an answer is scoped: a unit's name, or the whole scope of the asker. */
export function scopeText(unit: { nama: string } | null, lang: Lang): string {
  return unit ? unit.nama : lang === 'en' ? 'your whole scope' : 'seluruh cakupan Anda';
}

/** Box numbers in order, a run written as a range: `7–9`, `8, 9`, `6, 8, 9`. */
export function boxesText(boxes: readonly number[]): string {
  const sorted = [...boxes].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const isRun = first !== undefined && last !== undefined && sorted.length > 2 && last - first === sorted.length - 1;
  return isRun ? `${first}–${last}` : sorted.join(', ');
}
