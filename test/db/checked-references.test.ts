/**
 * The employees writer on the embedded database copies new employees with row triggers off and checks their foreign
 * keys once per chunk instead: a chunk naming a position that is not stored is refused as the foreign key would
 * refuse it, and nothing of it is kept.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createEmployeesImportRepository, type EmployeeChunk } from '../../db/repositories/imports/employees-import.repository.js';
import { queryRows } from '../../db/sql.js';
import { createPgliteTestDb } from '../helpers/test-db.js';

function chunkOf(positionIds: number[]): EmployeeChunk {
  const n = positionIds.length;
  const nips = positionIds.map((_, i) => `19800101200501100${i + 1}`);
  return {
    nip: nips, nama: nips.map((_, i) => `Pegawai ${i}`), jenisPegawai: nips.map(() => 'PNS'), jenisKelamin: nips.map(() => 'L'),
    tanggalLahir: nips.map(() => '1980-01-01'), golongan: nips.map(() => 'III/a'), tmtGolongan: nips.map(() => null),
    positionId: positionIds, tmtJabatan: nips.map(() => '2020-01-02'), pendidikan: nips.map(() => 'S1'),
    jurusan: nips.map(() => null), tmtCpns: nips.map(() => '2005-01-01'), stored: Array.from({ length: n }, () => false),
  };
}

describe('foreign keys of new employees checked per chunk [pglite]', () => {
  let handle: DbHandle;
  let instansiId: number;
  let positionId: number;
  beforeEach(async () => {
    handle = await createPgliteTestDb();
    const [i] = await queryRows<{ id: number }>(handle.db, sql`insert into instansi (kode, nama) values ('kab-uji', 'Uji') returning id`);
    instansiId = i!.id;
    const [u] = await queryRows<{ id: number }>(handle.db, sql`insert into units (instansi_id, kode, nama) values (${instansiId}, 'U', 'Unit') returning id`);
    const [p] = await queryRows<{ id: number }>(
      handle.db,
      sql`insert into positions (instansi_id, unit_id, kode, nama, jenis_jabatan) values (${instansiId}, ${u!.id}, 'P', 'Staf', 'PELAKSANA') returning id`,
    );
    positionId = p!.id;
  });
  afterEach(async () => {
    await handle.close();
  });

  const write = (chunk: EmployeeChunk) =>
    handle.db.transaction((tx) => createEmployeesImportRepository({ db: tx }).employeeWriter(instansiId, { embedded: true }).write(chunk));
  const stored = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from employees`))[0]?.n;

  it('copies new employees whose position is stored', async () => {
    expect(await write(chunkOf([positionId, positionId]))).toEqual({ inserted: 2, updated: 0 });
    expect(await stored()).toBe(2);
  });

  it('refuses a chunk naming a position that is not stored, keeping none of it', async () => {
    await expect(write(chunkOf([positionId, positionId + 999]))).rejects.toThrow('not stored');
    expect(await stored()).toBe(0);
  });

  it('refuses a chunk of another instansi that is not stored', async () => {
    const writer = (tx: Parameters<Parameters<DbHandle['db']['transaction']>[0]>[0]) =>
      createEmployeesImportRepository({ db: tx }).employeeWriter(instansiId + 999, { embedded: true });
    await expect(handle.db.transaction((tx) => writer(tx).write(chunkOf([positionId])))).rejects.toThrow('refer to instansi');
    expect(await stored()).toBe(0);
  });

  it('turns row triggers back on after a chunk, written or refused, for the rest of the transaction', async () => {
    const role = async (tx: Parameters<Parameters<DbHandle['db']['transaction']>[0]>[0]) =>
      (await queryRows<{ role: string }>(tx, sql`select current_setting('session_replication_role') as role`))[0]?.role;
    const roles = await handle.db.transaction(async (tx) => {
      const writer = createEmployeesImportRepository({ db: tx }).employeeWriter(instansiId, { embedded: true });
      await writer.write(chunkOf([positionId]));
      const afterWrite = await role(tx);
      const refused = await writer.write({ ...chunkOf([positionId + 999]), nip: ['198001012005011002'] }).catch((err: Error) => err.message);
      return { afterWrite, refused, afterRefusal: await role(tx) };
    });
    expect(roles).toEqual({ afterWrite: 'origin', refused: 'rows refer to positions that are not stored', afterRefusal: 'origin' });
  });
});
