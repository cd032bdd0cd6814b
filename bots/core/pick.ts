/**
 * Values carried by pick-list buttons: which intent answers the choice, in which language, and the chosen key
 * (`k:en:DINKES-KEPALA`). Kept short: Telegram allows 64 bytes of callback data.
 */
import type { Lang } from '../language/lang.js';

export const CALLBACK_DATA_LIMIT = 64;

export function pickValue(prefix: string, lang: Lang, key: string): string {
  return `${prefix}:${lang}:${key}`;
}

export function parsePickValue(value: string): { prefix: string; lang: Lang; key: string } | null {
  const match = /^([a-z]+):(id|en):(.+)$/.exec(value);
  if (!match) return null;
  return { prefix: match[1] as string, lang: match[2] as Lang, key: match[3] as string };
}
