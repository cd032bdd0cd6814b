import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('instansi repository', (_lane, open) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('creates an instansi and refuses a second one with the same kode', async () => {
    const repo = createInstansiRepository({ db: handle.db });
    const created = await repo.create({ kode: 'kab-contoh', nama: 'Kabupaten Contoh' });
    expect(created?.kode).toBe('kab-contoh');
    expect(await repo.create({ kode: 'kab-contoh', nama: 'Lain' })).toBeNull();
    expect((await repo.list()).map((r) => r.nama)).toEqual(['Kabupaten Contoh']);
  });

  it('keeps one schedule per instansi and updates it in place, stamped with the time it is given', async () => {
    const repo = createInstansiRepository({ db: handle.db });
    const row = (await repo.create({ kode: 'kota-a', nama: 'Kota A' }))!;
    const first = new Date('2026-02-01T01:00:00.000Z');
    const second = new Date('2026-02-03T04:05:06.000Z');
    await repo.upsertSchedule({ instansiId: row.id, cron: '0 2 1 1,4,7,10 *', timezone: 'Asia/Jakarta', enabled: true, updatedAt: first });
    await repo.upsertSchedule({ instansiId: row.id, cron: '0 3 * * 1', timezone: 'Asia/Makassar', enabled: true, updatedAt: second });
    expect(await repo.getSchedule(row.id)).toMatchObject({ cron: '0 3 * * 1', timezone: 'Asia/Makassar', updatedAt: second });
  });
});
