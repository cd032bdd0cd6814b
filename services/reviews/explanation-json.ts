/**
 * An employee's own part of an explanation as JSON, written field by field. A review writes one per employee inside
 * its snapshot's COPY, where `JSON.stringify` was the largest single cost of this thread: the generic walk over a
 * known shape. The text is exactly what `JSON.stringify` gives for the same value (keys in the same order, numbers
 * in their shortest form, `null` for a missing number); a test holds the two equal on varied explanations.
 */
import type { EmployeeExplanation } from '../../analytics/nine-box/index.js';

type Own = EmployeeExplanation;
type Years = Own['kinerja']['years'];
type Assessment = Own['potensial']['assessment'];
type Trainings = Own['potensial']['kualifikasi']['pelatihan']['trainings'];
type Penalties = Own['potensial']['integritas']['penalties'];
type Gap = Own['counterfactual']['kinerja'] | Own['counterfactual']['potensial'];

/** A string or null as JSON (strings through `JSON.stringify`: it alone knows every escape). */
const text = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));
/** A number or null as JSON: what `JSON.stringify` writes (non-finite numbers become null). */
const num = (value: number | null): string => (value === null || !Number.isFinite(value) ? 'null' : String(value));

function list<T>(items: readonly T[], item: (value: T) => string): string {
  let out = '';
  for (let k = 0; k < items.length; k++) out += (k === 0 ? '' : ',') + item(items[k]!);
  return `[${out}]`;
}

const years = (y: Years) =>
  list(y, (a) => `{"tahun":${num(a.tahun)},"periode":${text(a.periode)},"predikat":${text(a.predikat)},"source":${text(a.source)},"nilaiSkp":${num(a.nilaiSkp)},"score":${num(a.score)}}`);

const assessment = (a: Assessment) =>
  a === null ? 'null' : `{"tanggal":${text(a.tanggal)},"jpm":${num(a.jpm)},"nilaiPotensi":${num(a.nilaiPotensi)},"lembaga":${text(a.lembaga)}}`;

const trainings = (t: Trainings) => list(t, (x) => `{"nama":${text(x.nama)},"jp":${num(x.jp)},"tanggalSelesai":${text(x.tanggalSelesai)}}`);

const penalties = (p: Penalties) =>
  list(p, (x) => `{"tingkat":${text(x.tingkat)},"jenis":${text(x.jenis)},"tmtMulai":${text(x.tmtMulai)},"tmtSelesai":${text(x.tmtSelesai)},"active":${x.active}}`);

const gap = (g: Gap) =>
  g === null ? 'null' : `{"nextLevel":${text(g.nextLevel)},"threshold":${num(g.threshold)},"pointsNeeded":${num(g.pointsNeeded)},"boxIfReached":${num(g.boxIfReached)}}`;

/**
 * `JSON.stringify(own)`, faster. Given a whole explanation, it writes only the employee's own part: the same text as
 * `JSON.stringify(employeeExplanation(whole))`, without making that copy first.
 */
export function employeeExplanationJson(own: Own): string {
  const { kinerja: k, potensial: p } = own;
  const { kompetensi, potensi, kualifikasi: q, integritas: i } = p;
  return (
    `{"kinerja":{"years":${years(k.years)},"score":${num(k.score)},"level":${text(k.level)}},` +
    `"potensial":{"assessment":${assessment(p.assessment)},"latestExpired":${assessment(p.latestExpired)},` +
    `"kompetensi":${kompetensi === null ? 'null' : `{"score":${num(kompetensi.score)},"jpm":${num(kompetensi.jpm)}}`},` +
    `"potensi":${potensi === null ? 'null' : `{"score":${num(potensi.score)},"nilaiPotensi":${num(potensi.nilaiPotensi)}}`},` +
    `"kualifikasi":{"score":${num(q.score)},"pendidikan":{"level":${text(q.pendidikan.level)},"score":${num(q.pendidikan.score)}},` +
    `"pelatihan":{"score":${num(q.pelatihan.score)},"jp":${num(q.pelatihan.jp)},"trainings":${trainings(q.pelatihan.trainings)}},` +
    `"pengalaman":{"score":${num(q.pengalaman.score)},"tmtJabatan":${text(q.pengalaman.tmtJabatan)},"years":${num(q.pengalaman.years)}}},` +
    `"integritas":{"score":${num(i.score)},"activePenalty":${i.activePenalty},"mostSevere":${text(i.mostSevere)},"penalties":${penalties(i.penalties)}},` +
    `"score":${num(p.score)},"level":${text(p.level)}},` +
    `"nilaiTalenta":{"score":${num(own.nilaiTalenta.score)}},` +
    `"counterfactual":{"kinerja":${gap(own.counterfactual.kinerja)},"potensial":${gap(own.counterfactual.potensial)}}}`
  );
}
