/** A word of a question once the grammar has given it a role. */
import type { OrgWordRole } from './org-terms.js';

export type TokenRole =
  /** Part of an intent or question phrase ("siapa", "talent pool", "ready now"). */
  | 'concept'
  /** A word of a position or unit name ("kepala", "dinas", "pendidikan", "a1"). */
  | 'org'
  | 'function'
  | 'honorific'
  /** A comma, ampersand or "dan"-like word between names. */
  | 'joiner'
  | 'number'
  | 'nip'
  /** A word of a time span ("bulan", "tahun depan", "months"). */
  | 'period'
  /** Anything else: read as part of a person's name. */
  | 'name';

export interface Token {
  /** The canonical word (English office words already in Indonesian). */
  text: string;
  role: TokenRole;
  /** For `concept` tokens: the concept's name (shared, or declared by an intent module). */
  concept?: string;
  orgRole?: OrgWordRole;
  /** For `number` tokens. */
  value?: number;
}
