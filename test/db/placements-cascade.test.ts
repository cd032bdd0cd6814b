/**
 * Placements name their review without a foreign key (the snapshot writes them under the review's lock); deleting
 * reviews must still delete their placements, and only theirs: directly, several at once, and through the cascade
 * from a deleted instansi.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('deleting reviews deletes their placements', (_lane, open) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(async () => {
    await handle.close();
  });

  async function instansiWithReviews(kode: string, reviews: number, placementsEach: number): Promise<{ id: number; reviewIds: string[] }> {
    const [i] = await queryRows<{ id: number }>(handle.db, sql`insert into instansi (kode, nama) values (${kode}, ${kode}) returning id`);
    const reviewIds: string[] = [];
    for (let r = 0; r < reviews; r++) {
      const id = randomUUID();
      reviewIds.push(id);
      await handle.db.execute(sql`insert into reviews (id, instansi_id, as_of, status, trigger, requested_by)
        values (${id}, ${i!.id}, ${`2026-0${r + 1}-01`}, 'COMPLETED', 'manual', 'uji')`);
      await handle.db.execute(sql`insert into placements (review_id, employee_id, nip, nama, jenis_pegawai, golongan, pendidikan,
          position_id, position_kode, jabatan, jenis_jabatan, unit_id, unit_kode, unit_nama, unrated_reasons, flags, explanation)
        select ${id}, g, lpad(g::text, 18, '0'), 'Pegawai', 'PNS', 'III/a', 'S1', 1, 'P', 'Staf', 'PELAKSANA', 1, 'U', 'Unit',
               '{}', '{}', '{}'::jsonb
        from generate_series(1, ${placementsEach}) g`);
    }
    return { id: i!.id, reviewIds };
  }

  const placementsOf = async (reviewIds: readonly string[]) =>
    (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from placements where review_id = any(${sql.param([...reviewIds])}::uuid[])`))[0]!.n;

  it('removes the placements of a deleted review and keeps every other review\'s', async () => {
    const a = await instansiWithReviews('kab-a', 3, 40);
    const b = await instansiWithReviews('kab-b', 1, 25);
    await handle.db.execute(sql`delete from reviews where id = ${a.reviewIds[1]!}`);
    expect(await placementsOf([a.reviewIds[1]!])).toBe(0);
    expect(await placementsOf([a.reviewIds[0]!, a.reviewIds[2]!])).toBe(80);
    expect(await placementsOf(b.reviewIds)).toBe(25);

    await handle.db.execute(sql`delete from reviews where id = any(${sql.param([a.reviewIds[0]!, a.reviewIds[2]!])}::uuid[])`);
    expect(await placementsOf(a.reviewIds)).toBe(0);
    expect(await placementsOf(b.reviewIds)).toBe(25);
  });

  it('removes them through the cascade of a deleted instansi', async () => {
    const a = await instansiWithReviews('kab-a', 2, 30);
    const b = await instansiWithReviews('kab-b', 2, 10);
    await handle.db.execute(sql`delete from instansi where id = ${a.id}`);
    expect(await placementsOf(a.reviewIds)).toBe(0);
    expect(await placementsOf(b.reviewIds)).toBe(20);
  });

  it('keeps the placements when deleting the review fails and rolls back', async () => {
    const a = await instansiWithReviews('kab-a', 1, 15);
    await expect(handle.db.transaction(async (tx) => {
      await tx.execute(sql`delete from reviews where id = ${a.reviewIds[0]!}`);
      throw new Error('batal');
    })).rejects.toThrow('batal');
    expect(await placementsOf(a.reviewIds)).toBe(15);
  });
});
