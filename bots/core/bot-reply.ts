/**
 * What the core answers, before any transport formats it: the data of the answer plus what kind it is.
 * Slack turns a reply into Block Kit, Telegram into HTML text and inline keyboards; both use the same presenters.
 */
import type { EmployeeTalentView, NineBoxView, RetirementOutlookView, RisksView, ScheduleView, SuccessorsView } from './bot-services.js';

/** One entry of a pick list. `value` is what a button sends back: a query the core can answer directly. */
export interface PickOption {
  label: string;
  detail: string;
  value: string;
}

export type RefusalReason = 'unlinked' | 'forbidden' | 'not_found' | 'no_review' | 'invalid' | 'error';

export type BotReply =
  | { kind: 'slate'; data: SuccessorsView }
  | { kind: 'ninebox'; data: NineBoxView; png: Buffer | null }
  | { kind: 'profil'; data: EmployeeTalentView }
  | { kind: 'risiko'; data: RisksView; outlook: RetirementOutlookView; unit: { kode: string; nama: string } | null }
  | { kind: 'jadwal'; data: ScheduleView; instansi: { kode: string; nama: string } }
  | { kind: 'bantuan' }
  | { kind: 'pick'; prompt: string; options: PickOption[] }
  | { kind: 'unknown'; text: string }
  | { kind: 'refusal'; reason: RefusalReason; message: string };

/** Prefixes of pick-list values; a button's value is parsed back with {@link parsePickValue}. */
export const PICK_PREFIX = { kandidat: 'k', ninebox: 'n', risiko: 'r', profil: 'p' } as const;
export type PickTarget = keyof typeof PICK_PREFIX;

/** `k:POS-KODE` → `{ target: 'kandidat', key: 'POS-KODE' }`. Short because Telegram allows 64 bytes of callback data. */
export function pickValue(target: PickTarget, key: string): string {
  return `${PICK_PREFIX[target]}:${key}`;
}

export function parsePickValue(value: string): { target: PickTarget; key: string } | null {
  const sep = value.indexOf(':');
  if (sep < 1) return null;
  const prefix = value.slice(0, sep);
  const key = value.slice(sep + 1);
  const target = (Object.keys(PICK_PREFIX) as PickTarget[]).find((t) => PICK_PREFIX[t] === prefix);
  return target && key.length > 0 ? { target, key } : null;
}
