/**
 * Baseline for the benchmarks: the default-policy nine-box of one instansi computed by a single SQL statement inside
 * PostgreSQL, over the real schema. It returns the count per box (null = belum terpetakan) so the harness can check
 * that our engine and the database agree before comparing their times.
 */
import { sql, type SQL } from 'drizzle-orm';

export function nineBoxCountsSql(instansiId: number, asOf: string): SQL {
  return sql`
with params as (select ${asOf}::date as as_of, extract(year from ${asOf}::date)::int as y),
emp as (
  select e.id, e.pendidikan, e.tmt_jabatan from employees e where e.instansi_id = ${instansiId} and e.active
),
annual as (
  select r.employee_id, r.tahun,
         (array_agg(r.predikat order by case r.periode when 'TAHUNAN' then 0 else 1 end))[1] as predikat
  from performance_ratings r join emp on emp.id = r.employee_id, params p
  where r.periode in ('TAHUNAN', 'TW4') and r.tahun between p.y - 2 and p.y
  group by r.employee_id, r.tahun
),
ranked as (
  select employee_id, predikat, row_number() over (partition by employee_id order by tahun desc) as rn from annual
),
kinerja as (
  select employee_id,
         round(avg(case predikat when 'SANGAT_BAIK' then 100 when 'BAIK' then 80 when 'BUTUH_PERBAIKAN' then 60
                                 when 'KURANG' then 40 else 20 end)::numeric, 2) as score
  from ranked where rn <= 2 group by employee_id
),
asesmen as (
  select distinct on (a.employee_id) a.employee_id,
         round(least(a.jpm, 100)::numeric, 2) as kompetensi, round(a.nilai_potensi::numeric, 2) as potensi
  from assessments a join emp on emp.id = a.employee_id, params p
  where a.tanggal <= p.as_of and a.tanggal > p.as_of - interval '36 months'
  order by a.employee_id, a.tanggal desc
),
jp as (
  select t.employee_id, sum(t.jp) as jp
  from trainings t join emp on emp.id = t.employee_id, params p
  where t.tanggal_selesai > p.as_of - interval '12 months' and t.tanggal_selesai <= p.as_of
  group by t.employee_id
),
hukuman as (
  select d.employee_id,
         bool_or(d.tmt_mulai <= p.as_of and (d.tmt_selesai is null or p.as_of < d.tmt_selesai)) as aktif,
         min(case when d.tmt_mulai > p.as_of - interval '24 months' and d.tmt_mulai <= p.as_of then
               case d.tingkat when 'BERAT' then 25 when 'SEDANG' then 50 else 75 end end) as nilai
  from discipline d join emp on emp.id = d.employee_id, params p
  group by d.employee_id
),
potensial as (
  select emp.id as employee_id,
         round((0.40 * s.kompetensi + 0.25 * s.potensi
               + 0.20 * round(((case emp.pendidikan when 'S3' then 100 when 'S2' then 90 when 'S1' then 80 when 'D-IV' then 80
                                   when 'D-III' then 70 when 'D-II' then 65 when 'D-I' then 65 when 'SLTA' then 60
                                   when 'SLTP' then 50 else 40 end)
                              + round(least(100, 50 + 2.5 * coalesce(jp.jp, 0))::numeric, 2)
                              + (case when extract(year from age(p.as_of, emp.tmt_jabatan)) >= 5 then 100
                                      when extract(year from age(p.as_of, emp.tmt_jabatan)) >= 3 then 80 else 60 end)
                             )::numeric / 3, 2)
               + 0.15 * (case when h.aktif then 0 else coalesce(h.nilai, 100) end))::numeric, 2) as score
  from emp join asesmen s on s.employee_id = emp.id cross join params p
  left join jp on jp.employee_id = emp.id
  left join hukuman h on h.employee_id = emp.id
),
levels as (
  select emp.id,
         case when k.score >= 90 then 3 when k.score >= 70 then 2 when k.score is not null then 1 end as k,
         case when pt.score >= 80 then 3 when pt.score >= 60 then 2 when pt.score is not null then 1 end as p
  from emp left join kinerja k on k.employee_id = emp.id left join potensial pt on pt.employee_id = emp.id
)
select (case when k is null or p is null then null
             else (array[1,3,6,2,5,8,4,7,9])[(k - 1) * 3 + p] end) as box,
       count(*)::int as n
from levels group by 1 order by 1 nulls last`;
}
