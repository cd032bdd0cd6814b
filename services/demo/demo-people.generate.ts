/**
 * The people of the demo kabupaten. Structural posts are filled first (a few left vacant, some incumbents close to
 * retirement), then the remaining headcount is spread over PELAKSANA and FUNGSIONAL posts, about 30 % PPPK there.
 * Age, golongan, education and dates follow the position, so the nine-box and succession views have a realistic shape.
 */
import { STRUCTURAL_JABATAN, type JenjangJf } from '../../analytics/domain/enums.js';
import { addMonths } from '../../analytics/domain/dates.js';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../../analytics/domain/golongan.js';
import type { Pendidikan } from '../../analytics/domain/pendidikan.js';
import { FAMILY_NAMES, FIRST_NAMES_L, FIRST_NAMES_P } from './demo-catalog.js';
import type { DemoOrganisation, DemoPosition } from './demo-organisation.generate.js';
import type { Prng } from './demo-prng.js';

export type Latent = 'H' | 'M' | 'L';

export interface DemoEmployee {
  nip: string;
  nama: string;
  jenisPegawai: 'PNS' | 'PPPK';
  tanggalLahir: string;
  golongan: string;
  tmtGolongan: string;
  position: DemoPosition;
  tmtJabatan: string;
  pendidikan: Pendidikan;
  jurusan: string;
  tmtCpns: string | null;
  /** Hidden performance and potential tendencies that drive the generated ratings and assessments. */
  kinerja: Latent;
  potensi: Latent;
}

interface Profile {
  age: [number, number];
  /** Golongan ruang ranks (I/a = 0 … IV/e = 16). */
  golongan: [number, number];
  pendidikan: ReadonlyArray<[Pendidikan, number]>;
  minService: number;
}

const STRUCTURAL_PROFILE: Readonly<Record<string, Profile>> = {
  JPT_PRATAMA: { age: [47, 58], golongan: [13, 15], pendidikan: [['S2', 8], ['S3', 1], ['S1', 1]], minService: 20 },
  ADMINISTRATOR: { age: [40, 56], golongan: [11, 13], pendidikan: [['S2', 5], ['S1', 5]], minService: 12 },
  PENGAWAS: { age: [32, 56], golongan: [9, 12], pendidikan: [['S1', 7], ['S2', 2], ['D-III', 1]], minService: 6 },
};
const FUNGSIONAL_PROFILE: Readonly<Record<JenjangJf, Profile>> = {
  AHLI_PERTAMA: { age: [24, 45], golongan: [8, 9], pendidikan: [['S1', 9], ['S2', 1]], minService: 1 },
  AHLI_MUDA: { age: [32, 55], golongan: [10, 11], pendidikan: [['S1', 7], ['S2', 3]], minService: 6 },
  AHLI_MADYA: { age: [42, 58], golongan: [12, 14], pendidikan: [['S2', 6], ['S1', 4]], minService: 14 },
  AHLI_UTAMA: { age: [50, 60], golongan: [15, 16], pendidikan: [['S2', 5], ['S3', 5]], minService: 22 },
  PEMULA: { age: [22, 35], golongan: [4, 4], pendidikan: [['SLTA', 1]], minService: 1 },
  TERAMPIL: { age: [23, 50], golongan: [5, 7], pendidikan: [['D-III', 8], ['SLTA', 2]], minService: 1 },
  MAHIR: { age: [30, 55], golongan: [8, 9], pendidikan: [['D-III', 7], ['D-IV', 3]], minService: 6 },
  PENYELIA: { age: [38, 57], golongan: [10, 11], pendidikan: [['D-III', 6], ['D-IV', 4]], minService: 12 },
};
/** PELAKSANA: entry golongan and ceiling by ijazah (Kepka BKN 12/2002), a step about every four years. */
const PELAKSANA_LADDER: ReadonlyArray<[Pendidikan, number, number]> = [['SLTA', 4, 9], ['D-III', 6, 10], ['S1', 8, 11]];
const PPPK_GRADE: Readonly<Partial<Record<Pendidikan, number>>> = { SLTA: 4, 'D-III': 6, 'D-IV': 8, S1: 8, S2: 9, S3: 10 };
const JURUSAN: Readonly<Record<string, readonly string[]>> = {
  Pendidikan: ['Pendidikan Matematika', 'Pendidikan Bahasa Indonesia', 'Pendidikan Guru Sekolah Dasar', 'Pendidikan IPA'],
  Kesehatan: ['Kedokteran', 'Keperawatan', 'Kebidanan', 'Kesehatan Masyarakat'],
  Keuangan: ['Akuntansi', 'Manajemen Keuangan', 'Ekonomi Pembangunan'],
  Infrastruktur: ['Teknik Sipil', 'Perencanaan Wilayah dan Kota', 'Teknik Lingkungan'],
  Informatika: ['Teknik Informatika', 'Sistem Informasi'],
  Pertanian: ['Agroteknologi', 'Agribisnis'],
  other: ['Ilmu Pemerintahan', 'Administrasi Publik', 'Hukum', 'Manajemen', 'Sosiologi'],
};

function pickWeighted<T>(prng: Prng, items: ReadonlyArray<[T, number]>): T {
  return items[prng.weighted(items.map(([, w]) => w))]![0];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Regular promotions take effect on 1 April or 1 October; the latest such date `yearsBack` years before asOf. */
function kenaikanPangkat(asOf: string, yearsBack: number, april: boolean): string {
  const year = Number(asOf.slice(0, 4)) - yearsBack;
  const date = `${year}-${april ? '04' : '10'}-01`;
  return date > asOf ? `${year - 1}-${april ? '04' : '10'}-01` : date;
}

function latent(prng: Prng, strong: boolean): Latent {
  // Tuned so roughly a fifth of placed staff reach the talent pool and some critical posts lack a ready-now successor.
  return (['H', 'M', 'L'] as const)[prng.weighted(strong ? [32, 53, 15] : [12, 63, 25])]!;
}

export interface PeopleOptions {
  size: number;
  asOf: string;
  org: DemoOrganisation;
  prng: Prng;
}

/** Generates `size` employees (fewer only if `size` is below the number of filled structural posts). */
export function generatePeople({ size, asOf, org, prng }: PeopleOptions): DemoEmployee[] {
  const year = Number(asOf.slice(0, 4));
  const nipCounts = new Map<string, number>();
  const people: DemoEmployee[] = [];

  const nipFor = (prefix15: string): string => {
    const seq = (nipCounts.get(prefix15) ?? 0) + 1;
    nipCounts.set(prefix15, seq);
    return `${prefix15}${pad(seq, 3)}`;
  };

  const person = (position: DemoPosition, profile: Profile, pppk: boolean, nearRetirement: boolean): DemoEmployee => {
    const female = prng.chance(0.5);
    const bup = position.jenis.startsWith('JPT') || position.jenjang === 'AHLI_MADYA' ? 60 : position.jenjang === 'AHLI_UTAMA' ? 65 : 58;
    const age = nearRetirement ? bup - 1 : prng.int(profile.age[0], Math.min(profile.age[1], bup - 1));
    const birth = `${year - age}-${pad(prng.int(1, 12))}-${pad(prng.int(1, 28))}`;
    const pendidikan = pickWeighted(prng, profile.pendidikan);
    const gender = female ? '2' : '1';
    const birthDigits = birth.replace(/-/g, '');
    const jurusanPool = pendidikan === 'SLTA' ? ['IPA', 'IPS'] : (JURUSAN[position.rumpun ?? 'other'] ?? JURUSAN.other!);
    const base = {
      nama: `${prng.pick(female ? FIRST_NAMES_P : FIRST_NAMES_L)} ${prng.pick(FAMILY_NAMES)}`,
      tanggalLahir: birth,
      position,
      pendidikan,
      jurusan: prng.pick(jurusanPool),
      kinerja: latent(prng, STRUCTURAL_JABATAN.has(position.jenis) && profile.golongan[0] >= 9),
      potensi: latent(prng, STRUCTURAL_JABATAN.has(position.jenis) && profile.golongan[0] >= 9),
    };
    if (pppk) {
      // The first PPPK were appointed in 2019; an earlier asOf still gets a plausible year.
      const appointed = prng.int(Math.min(2019, year - 1), year - 1);
      const nip = nipFor(`${birthDigits}${appointed}${prng.pick(['21', '22', '24'])}${gender}`);
      const grade = PPPK_GRADE[pendidikan] ?? 6;
      return {
        ...base, nip, jenisPegawai: 'PPPK', golongan: GOLONGAN_PPPK[grade]!, tmtGolongan: `${appointed}-${pad(prng.int(1, 12))}-01`,
        tmtJabatan: `${appointed}-${pad(prng.int(1, 12))}-01`, tmtCpns: null,
      };
    }
    const cpnsYear = Math.min(year - age + prng.int(22, 28), year - profile.minService - prng.int(0, 2));
    const tmtCpns = `${Math.max(cpnsYear, year - age + 19)}-${pad(prng.int(1, 12))}-01`;
    const service = year - Number(tmtCpns.slice(0, 4));
    const ladder = PELAKSANA_LADDER.find(([p]) => p === pendidikan);
    const rank = position.jenis === 'PELAKSANA' && ladder
      ? Math.min(ladder[1] + Math.floor(service / 4), ladder[2])
      : prng.int(profile.golongan[0], profile.golongan[1]);
    const clampAfterCpns = (iso: string) => (iso < tmtCpns ? tmtCpns : iso);
    const structural = STRUCTURAL_JABATAN.has(position.jenis);
    return {
      ...base,
      nip: nipFor(`${birthDigits}${tmtCpns.slice(0, 4)}${tmtCpns.slice(5, 7)}${gender}`),
      jenisPegawai: 'PNS',
      golongan: GOLONGAN_PNS[rank]!,
      tmtGolongan: clampAfterCpns(kenaikanPangkat(asOf, prng.int(0, 4), prng.chance(0.5))),
      tmtJabatan: clampAfterCpns(addMonths(asOf, -prng.int(2, structural ? 84 : 120))),
      tmtCpns,
    };
  };

  for (const position of org.positions) {
    if (!STRUCTURAL_JABATAN.has(position.jenis) || prng.chance(0.08)) continue;
    const profile = STRUCTURAL_PROFILE[position.jenis]!;
    people.push(person(position, profile, false, prng.chance(0.12)));
  }

  const remaining = Math.max(0, size - people.length);
  const opdWeights = org.opds.map((o) => o.weight);
  const byOpd = org.opds.map((_, opd) => {
    const own = org.positions.filter((p) => p.opd === opd);
    const fungsional = own.filter((p) => p.jenis === 'FUNGSIONAL');
    return { fungsional, weights: fungsional.map((p) => p.weight), pelaksana: own.filter((p) => p.jenis === 'PELAKSANA') };
  });
  for (let i = 0; i < remaining; i++) {
    const { fungsional, weights, pelaksana } = byOpd[prng.weighted(opdWeights)]!;
    const position = fungsional.length > 0 && prng.chance(0.62)
      ? fungsional[prng.weighted(weights)]!
      : prng.pick(pelaksana);
    const profile = position.jenjang
      ? FUNGSIONAL_PROFILE[position.jenjang]
      : { age: [22, 57] as [number, number], golongan: [4, 8] as [number, number], pendidikan: [['SLTA', 35], ['D-III', 25], ['S1', 40]] as Array<[Pendidikan, number]>, minService: 1 };
    const pppk = prng.chance(0.34) && position.jenjang !== 'AHLI_MADYA' && position.jenjang !== 'AHLI_UTAMA';
    people.push(person(position, profile, pppk, false));
  }
  return people;
}
