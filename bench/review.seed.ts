/**
 * Synthetic data for the review at scale, generated in SQL (`generate_series`), never row by row in JS. Used by the
 * review benchmark and by the test that kills a worker in the middle of a long review.
 */
import type postgres from 'postgres';

/**
 * Synthetic instansi of `n` employees: 40 OPD × 3 bidang, ~6 % structural posts, 2 years of ratings, 85 % assessed.
 * Every employee is active, so a review of it places exactly `n` people.
 * @param kode - the instansi's kode (unique per database) @defaultValue 'bench'
 * @returns the instansi id
 */
export async function seedReviewInstansi(sql: postgres.Sql, n: number, kode = 'bench'): Promise<number> {
  const [inst] = await sql<{ id: number }[]>`insert into instansi (kode, nama) values (${kode}, ${`Instansi ${kode}`}) returning id`;
  const id = inst!.id;
  await sql`insert into units (instansi_id, kode, nama) values (${id}, 'ROOT', 'Pemerintah')`;
  await sql`insert into units (instansi_id, kode, nama, parent_id)
            select ${id}, 'OPD' || g, 'OPD ' || g, (select id from units where instansi_id = ${id} and kode = 'ROOT')
            from generate_series(1, 40) g`;
  await sql`insert into units (instansi_id, kode, nama, parent_id)
            select ${id}, 'OPD' || o || '-B' || b, 'Bidang ' || b || ' OPD ' || o, u.id
            from generate_series(1, 40) o cross join generate_series(1, 3) b
            join units u on u.instansi_id = ${id} and u.kode = 'OPD' || o`;
  const admin = Math.max(1, Math.floor(n / 100));
  const pengawas = Math.max(1, Math.floor(n / 25));
  // Structural posts: 40 JPT_PRATAMA, then ADMINISTRATOR, then PENGAWAS; 360 multi-holder PELAKSANA/FUNGSIONAL.
  await sql`insert into positions (instansi_id, kode, nama, unit_id, jenis_jabatan, jenjang_jf, rumpun)
            select ${id}, 'S' || g, 'Jabatan ' || g, u.id,
                   case when g <= 40 then 'JPT_PRATAMA' when g <= 40 + ${admin} then 'ADMINISTRATOR' else 'PENGAWAS' end,
                   null, 'R' || (g % 7)
            from generate_series(1, 40 + ${admin} + ${pengawas}) g
            join units u on u.instansi_id = ${id}
              and u.kode = case when g <= 40 then 'OPD' || g else 'OPD' || (1 + g % 40) || '-B' || (1 + g % 3) end`;
  await sql`insert into positions (instansi_id, kode, nama, unit_id, jenis_jabatan, jenjang_jf, rumpun)
            select ${id}, 'N' || g, 'Jabatan N' || g, u.id,
                   case g % 3 when 0 then 'PELAKSANA' else 'FUNGSIONAL' end,
                   case g % 3 when 1 then 'AHLI_MUDA' when 2 then 'AHLI_MADYA' end, 'R' || (g % 7)
            from generate_series(1, 360) g
            join units u on u.instansi_id = ${id} and u.kode = 'OPD' || (1 + g % 40) || '-B' || (1 + g % 3)`;
  const structural = 40 + admin + pengawas;
  // 5 % of structural posts stay vacant; everyone else sits on a multi-holder post. A NIP is made as BKN makes it
  // (birth date, CPNS month, sex, a sequence number), so NIP order has nothing to do with the order employees were
  // stored in; the birth date (from g mod 12,000) and the number (g div 12,000) together keep every NIP unique.
  await sql`insert into employees (instansi_id, nip, nama, jenis_pegawai, jenis_kelamin, tanggal_lahir, golongan, position_id,
                                   tmt_jabatan, pendidikan, tmt_cpns)
            select ${id}, to_char(d.lahir, 'YYYYMMDD') || to_char(d.cpns, 'YYYYMM') || (2 - g % 2) || lpad((g / 12000)::text, 3, '0'),
                   'Pegawai ' || g,
                   case when g % 20 = 0 then 'PPPK' else 'PNS' end, case when g % 2 = 0 then 'P' else 'L' end,
                   d.lahir,
                   case when g % 20 = 0 then 'IX'
                        else (array['II/c','III/a','III/b','III/c','III/d','IV/a','IV/b','IV/c'])[1 + g % 8] end,
                   p.id, date '2012-01-01' + (g::bigint * 104729 % 4500)::int,
                   (array['SLTA','D-III','S1','S1','S2','S3'])[1 + g % 6], d.cpns
            from generate_series(1, ${n}) g
            cross join lateral (select date '1966-01-01' + (g::bigint * 7919 % 12000)::int as lahir,
                                       date '1990-01-01' + (g::bigint * 7 % 9000)::int as cpns) d
            join positions p on p.instansi_id = ${id} and p.kode = case
              when g <= ${structural} and g % 20 <> 7 then 'S' || g else 'N' || (1 + g % 360) end`;
  await sql`insert into performance_ratings (employee_id, tahun, periode, predikat, source)
            select e.id, y, 'TAHUNAN',
                   (array['SANGAT_BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','KURANG'])[1 + (e.id * 31 + y) % 6], 'PREDIKAT'
            from employees e cross join generate_series(2024, 2025) y where e.instansi_id = ${id}`;
  await sql`insert into assessments (employee_id, tanggal, jpm, nilai_potensi, lembaga)
            select e.id, date '2023-06-01' + (e.id % 900), 50 + (e.id * 13 % 50), 45 + (e.id * 17 % 55), 'UPT Penilaian'
            from employees e where e.instansi_id = ${id} and e.id % 20 < 17`;
  await sql`insert into trainings (employee_id, nama, jenis, jp, tanggal_selesai)
            select e.id, 'Pelatihan ' || (e.id % 50), 'TEKNIS', 8 + e.id % 32, date '2025-02-01' + (e.id % 300)
            from employees e where e.instansi_id = ${id} and e.id % 2 = 0`;
  await sql`insert into discipline (employee_id, tingkat, tmt_mulai)
            select e.id, (array['RINGAN','SEDANG','BERAT'])[1 + e.id % 3], date '2024-03-01' + (e.id % 500)
            from employees e where e.instansi_id = ${id} and e.id % 50 = 0`;
  await sql`analyze`;
  return id;
}
