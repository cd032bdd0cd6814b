/**
 * References written as a kode or as a name. SIASN and SIMPEG exports name units and positions (`UNOR NAMA`,
 * `JABATAN`) where Talenta's own files carry codes, so a reference is looked up by kode first, then by name.
 */
import { spellingKey } from './normalise/spelling.js';
import { RowProblem } from './row-fields.js';

export interface Referable {
  kode: string;
  nama: string;
}

export type Resolution<T> = { found: T } | { ambiguous: T[] } | null;

export class ReferenceIndex<T extends Referable> {
  private readonly byKode = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  /** Adds or replaces an item (a row accepted earlier in the file). */
  add(item: T): void {
    const before = this.byKode.get(item.kode);
    if (before) {
      const key = spellingKey(before.nama);
      const rest = (this.byName.get(key) ?? []).filter((i) => i.kode !== item.kode);
      if (rest.length > 0) this.byName.set(key, rest);
      else this.byName.delete(key);
    }
    this.byKode.set(item.kode, item);
    const key = spellingKey(item.nama);
    this.byName.set(key, [...(this.byName.get(key) ?? []), item]);
  }

  hasKode(kode: string): boolean {
    return this.byKode.has(kode);
  }

  /** By kode, else by name (case, punctuation and spacing ignored). */
  resolve(value: string): Resolution<T> {
    const exact = this.byKode.get(value);
    if (exact) return { found: exact };
    const named = this.byName.get(spellingKey(value)) ?? [];
    if (named.length === 1) return { found: named[0]! };
    return named.length > 1 ? { ambiguous: named } : null;
  }
}

/** The problem of an ambiguous name, listing a few of the kodes it could mean. */
export function ambiguousProblem(column: string, value: string, items: readonly Referable[], hint: string): RowProblem {
  const kodes = items.slice(0, 5).map((i) => i.kode).join(', ');
  return new RowProblem(column, value, `nama ini dipakai ${items.length} kali (${kodes}${items.length > 5 ? ', …' : ''}): ${hint}`);
}
