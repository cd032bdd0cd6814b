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

type Writer = ReturnType<ReturnType<typeof createEmployeesImportRepository>['employeeWriter']>;

/** New employees on the given positions, one each, as the importer hands them to the writer. */
function chunkOf(writer: Writer, positionIds: number[], firstNip = 1): EmployeeChunk {
  const chunk = writer.empty();
  positionIds.forEach((positionId, i) => {
    const nip = `1980010120050110${String(firstNip + i).padStart(2, '0')}`;
    const row = {
      nip, nama: `Pegawai ${i}`, jenisPegawai: 'PNS', jenisKelamin: 'L', tanggalLahir: '1980-01-01', golongan: 'III/a',
      tmtGolongan: null, tmtJabatan: '2020-01-02', pendidikan: 'S1', jurusan: null, tmtCpns: '2005-01-01',
    };
    chunk.lines.push(writer.line(row, positionId));
    chunk.positionId.push(positionId);
    chunk.stored.push(false);
  });
  return chunk;
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

  const write = (positionIds: number[], forInstansi = instansiId) =>
    handle.db.transaction((tx) => {
      const writer = createEmployeesImportRepository({ db: tx }).employeeWriter(forInstansi, { embedded: true });
      return writer.write(chunkOf(writer, positionIds));
    });
  const stored = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from employees`))[0]?.n;

  it('copies new employees whose position is stored', async () => {
    expect(await write([positionId, positionId])).toEqual({ inserted: 2, updated: 0 });
    expect(await stored()).toBe(2);
  });

  it('refuses a chunk naming a position that is not stored, keeping none of it', async () => {
    await expect(write([positionId, positionId + 999])).rejects.toThrow('not stored');
    expect(await stored()).toBe(0);
  });

  it('refuses a chunk of another instansi that is not stored', async () => {
    await expect(write([positionId], instansiId + 999)).rejects.toThrow('refer to instansi');
    expect(await stored()).toBe(0);
  });

  it('turns row triggers back on after a chunk, written or refused, for the rest of the transaction', async () => {
    const role = async (tx: Parameters<Parameters<DbHandle['db']['transaction']>[0]>[0]) =>
      (await queryRows<{ role: string }>(tx, sql`select current_setting('session_replication_role') as role`))[0]?.role;
    const roles = await handle.db.transaction(async (tx) => {
      const writer = createEmployeesImportRepository({ db: tx }).employeeWriter(instansiId, { embedded: true });
      await writer.write(chunkOf(writer, [positionId]));
      const afterWrite = await role(tx);
      const refused = await writer.write(chunkOf(writer, [positionId + 999], 2)).catch((err: Error) => err.message);
      return { afterWrite, refused, afterRefusal: await role(tx) };
    });
    expect(roles).toEqual({ afterWrite: 'origin', refused: 'rows refer to positions that are not stored', afterRefusal: 'origin' });
  });
});
