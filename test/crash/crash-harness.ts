/**
 * What the SIGKILL suites share: a synthetic kabupaten on disk (an A and a B version of the employees file that
 * differ in every row), a small API client, and a seeded source of kill moments.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../services/demo/demo-csv.js';
import { createPrng, type Prng } from '../../services/demo/demo-prng.js';
import { generateDemoData } from '../../services/demo/generate-demo-data.js';
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from '../../services/imports/import-kinds.js';

export const KODE = 'kab-crash';
export const AS_OF = '2026-01-15';

export interface CrashData {
  files: Record<ImportKind, string>;
  /** The employees file with every name changed: importing it after A updates every row. */
  employeesB: string;
  employees: number;
}

/** Writes a kabupaten of `size` employees to `dir`. */
export function writeCrashData(dir: string, options: { seed: number; size: number }): CrashData {
  const data = generateDemoData({ seed: options.seed, size: options.size, asOf: AS_OF });
  const files = {} as Record<ImportKind, string>;
  for (const kind of IMPORT_KINDS) {
    files[kind] = join(dir, `${kind}.csv`);
    writeFileSync(files[kind], data[kind]);
  }
  const rows = parse<Record<string, string>>(data.employees, { columns: true });
  const employeesB = join(dir, 'employees-b.csv');
  writeFileSync(employeesB, toCsv(IMPORT_COLUMNS.employees.all, rows.map((row) => ({ ...row, nama: `${row.nama} Baru` }))));
  return { files, employeesB, employees: rows.length };
}

export interface Api {
  get<T>(path: string): Promise<T>;
  /** @returns the status and body; never throws on an error status (the caller asserts). */
  post(path: string, body: string | object, contentType?: string): Promise<{ status: number; body: unknown }>;
}

export function apiClient(url: () => string, token: string): Api {
  const headers = { authorization: `Bearer ${token}` };
  return {
    async get<T>(path: string) {
      const res = await fetch(`${url()}/api/v1${path}`, { headers });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async post(path, body, contentType = 'application/json') {
      const res = await fetch(`${url()}/api/v1${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
  };
}

/** Kill moments: uniform in [0, span), from a seed the suite prints so a failure can be replayed. */
export function killClock(seed: number): Prng & { delay(spanMs: number): Promise<number> } {
  const prng = createPrng(seed);
  return {
    ...prng,
    async delay(spanMs) {
      const ms = Math.floor(prng.next() * spanMs);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return ms;
    },
  };
}
