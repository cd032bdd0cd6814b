/**
 * Which column of the file feeds which column of the kind. A saved mapping of the instansi wins, then the column's
 * own name, then its aliases in order; each file column feeds at most one kind column.
 */
import { IMPORT_COLUMNS, type ImportKind } from '../import-kinds.js';
import { spellingKey } from '../normalise/spelling.js';

export type MatchedVia = 'pemetaan' | 'nama' | 'alias';

export interface ColumnMatch {
  /** 0-based index of the file column. */
  index: number;
  /** The header text as the file writes it. */
  header: string;
  via: MatchedVia;
}

export interface HeaderMatch {
  columns: ReadonlyMap<string, ColumnMatch>;
  missing: string[];
  /** Required columns found count far more than optional ones: the best header row is the one that fits the kind. */
  score: number;
}

/** Saved mapping: kind column → the header text of the file column that feeds it. */
export type SavedMapping = Readonly<Record<string, string>>;

interface Candidate {
  column: string;
  index: number;
  header: string;
  via: MatchedVia;
  rank: number;
}

/**
 * @param headers - per file column, the header texts it may be read as, most specific first (one for a single header
 *   row; the joined and the lower texts for a header of two rows)
 */
export function matchColumns(kind: ImportKind, headers: ReadonlyArray<readonly string[]>, saved: SavedMapping | null): HeaderMatch {
  const spec = IMPORT_COLUMNS[kind];
  const names = new Map<string, Array<{ column: string; via: MatchedVia; rank: number }>>();
  const add = (text: string, column: string, via: MatchedVia, rank: number) => {
    const key = spellingKey(text);
    if (key === '') return;
    const list = names.get(key) ?? [];
    list.push({ column, via, rank });
    names.set(key, list);
  };
  for (const column of spec.all) {
    const savedHeader = saved?.[column];
    if (savedHeader !== undefined) add(savedHeader, column, 'pemetaan', 0);
    add(column, column, 'nama', 1);
    spec.aliases[column]!.forEach((alias, i) => add(alias, column, 'alias', 2 + i));
  }

  const candidates: Candidate[] = [];
  headers.forEach((texts, index) => {
    texts.forEach((header, specificity) => {
      for (const hit of names.get(spellingKey(header)) ?? []) {
        candidates.push({ ...hit, index, header, rank: hit.rank * 4 + specificity });
      }
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);

  const columns = new Map<string, ColumnMatch>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (columns.has(c.column) || used.has(c.index)) continue;
    columns.set(c.column, { index: c.index, header: c.header, via: c.via });
    used.add(c.index);
  }
  const missing = spec.required.filter((column) => !columns.has(column));
  const score = (spec.required.length - missing.length) * 1000 + (columns.size - (spec.required.length - missing.length));
  return { columns, missing, score };
}
