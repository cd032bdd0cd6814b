/**
 * `talenta import` as a script sees it: exit 0 when every row is accepted, 3 when some rows are rejected (the report
 * on stdout lists them), 4 when the file is refused; `--dry-run` stores nothing; `import-mapping` saves a mapping.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { queryRows } from '../../db/sql.js';
import { createPostgresTestDb, postgresLaneAvailable } from '../helpers/test-db.js';
import { BASE_UNITS, csv, INSTANSI } from '../imports/import-test-kit.js';

describe.skipIf(!postgresLaneAvailable())('talenta import exit codes [postgres]', () => {
  let db: DbHandle & { url: string };
  const dir = mkdtempSync(join(tmpdir(), 'talenta-import-cli-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const talenta = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/talenta.js', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: db.url, LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
  const unitCount = async () => (await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from units`))[0]?.n;

  beforeAll(async () => {
    db = await createPostgresTestDb();
    await createInstansiRepository({ db: db.db }).create({ kode: INSTANSI, nama: 'Kabupaten Uji' });
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 on a dry run where every row would be accepted, and stores nothing', async () => {
    const dry = talenta('import', INSTANSI, 'units', file('unit.csv', BASE_UNITS), '--dry-run');
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, inserted: 3, rejectedRows: 0 });
    expect(await unitCount()).toBe(0);
  });

  it('exits 3 when some rows were rejected, storing the others, with the report on stdout', async () => {
    const partial = file('sebagian.csv', csv(BASE_UNITS.trim(), 'YATIM,Unit Yatim,TIDAK-ADA'));
    const run = talenta('import', INSTANSI, 'units', partial);
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ inserted: 3, rejectedRows: 1, rejected: [{ row: 5, column: 'kode_unit_induk' }] });
    expect(await unitCount()).toBe(3);
  });

  it('exits 4 when the file is refused as a whole, naming why on stderr', () => {
    const run = talenta('import', INSTANSI, 'employees', file('kurang.csv', csv('nip;nama', '196608011988031001;Budi')));
    expect(run.status).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Galat: Kolom wajib tidak ditemukan: jenis_pegawai, golongan, kode_jabatan, tmt_jabatan, pendidikan');
  });

  it('saves a column mapping that later imports use (exit 0 once every row is accepted)', () => {
    const odd = file('aneh.csv', csv('KODE SATUAN;URAIAN SATUAN', 'ANEH;Unit Beraneh'));
    const set = talenta('import-mapping', 'set', INSTANSI, 'units', 'kode_unit=KODE SATUAN', 'nama_unit=URAIAN SATUAN');
    expect(set.status).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ kind: 'units', columns: { kode_unit: 'KODE SATUAN', nama_unit: 'URAIAN SATUAN' } });
    const run = talenta('import', INSTANSI, 'units', odd);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).columns).toEqual(expect.arrayContaining([expect.objectContaining({ column: 'kode_unit', via: 'pemetaan' })]));
  });
});
