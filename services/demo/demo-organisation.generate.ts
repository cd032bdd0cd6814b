/**
 * Unit tree and positions of the demo kabupaten: root → OPD → sekretariat/bidang → subbagian/seksi, a structural
 * head on every unit, and per OPD a few PELAKSANA positions plus the jabatan fungsional of its field at each jenjang.
 */
import type { JenisJabatan, JenjangJf } from '../../analytics/domain/enums.js';
import { OPD_CATALOG, type FungsionalKind, type OpdSpec } from './demo-catalog.js';

export interface DemoUnit {
  kode: string;
  nama: string;
  parentKode: string | null;
}

export interface DemoPosition {
  kode: string;
  nama: string;
  unitKode: string;
  jenis: JenisJabatan;
  jenjang: JenjangJf | null;
  rumpun: string | null;
  /** Explicit Y only where it differs from the default (some PENGAWAS posts are critical too). */
  kritikal: 'Y' | null;
  /** Index of the OPD in the generated list: staffing is spread by OPD weight. */
  opd: number;
  /** Relative share of the OPD's functional headcount (0 for structural and PELAKSANA). */
  weight: number;
}

export interface DemoOrganisation {
  opds: readonly OpdSpec[];
  units: DemoUnit[];
  positions: DemoPosition[];
}

export const ROOT_KODE = 'KAB';

const JENJANG_SUFFIX: Readonly<Record<JenjangJf, string>> = {
  AHLI_PERTAMA: 'AP', AHLI_MUDA: 'AM', AHLI_MADYA: 'AMD', AHLI_UTAMA: 'AU', PEMULA: 'PML', TERAMPIL: 'TRP', MAHIR: 'MHR', PENYELIA: 'PNY',
};
const JENJANG_TITLE: Readonly<Record<JenjangJf, string>> = {
  AHLI_PERTAMA: 'Ahli Pertama', AHLI_MUDA: 'Ahli Muda', AHLI_MADYA: 'Ahli Madya', AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula', TERAMPIL: 'Terampil', MAHIR: 'Mahir', PENYELIA: 'Penyelia',
};
/** Most functional staff sit at the lower jenjang. */
const JENJANG_SHARE: Readonly<Record<JenjangJf, number>> = {
  AHLI_PERTAMA: 4, AHLI_MUDA: 3, AHLI_MADYA: 1, AHLI_UTAMA: 0.1, PEMULA: 1, TERAMPIL: 4, MAHIR: 3, PENYELIA: 1,
};
const PELAKSANA = ['Pengadministrasi Perkantoran', 'Pengelola Keuangan', 'Penata Layanan Operasional'] as const;
const SEKSI_VERBS = ['Perencanaan', 'Pembinaan', 'Pengendalian'] as const;

function shortName(bidang: string): string {
  return bidang.replace(/^(Bidang|Bagian|Seksi|Inspektur Pembantu) /, '');
}

/** Number of OPDs for a headcount: about one per hundred ASN, at least three, at most the catalogue. */
export function opdCountFor(size: number): number {
  return Math.min(OPD_CATALOG.length, Math.max(3, Math.round(size / 100)));
}

export function generateOrganisation(size: number): DemoOrganisation {
  const opds = OPD_CATALOG.slice(0, opdCountFor(size));
  const units: DemoUnit[] = [{ kode: ROOT_KODE, nama: 'Pemerintah Kabupaten Contoh', parentKode: null }];
  const positions: DemoPosition[] = [];
  const head = (opd: number, kode: string, nama: string, unitKode: string, jenis: JenisJabatan, kritikal: 'Y' | null = null) =>
    positions.push({ kode, nama, unitKode, jenis, jenjang: null, rumpun: opds[opd]!.rumpun, kritikal, opd, weight: 0 });

  opds.forEach((spec, opd) => {
    units.push({ kode: spec.kode, nama: spec.nama, parentKode: ROOT_KODE });
    head(opd, `${spec.kode}-KEPALA`, spec.kepala, spec.kode, spec.level === 'JPT' ? 'JPT_PRATAMA' : 'ADMINISTRATOR');
    if (spec.kode !== 'SETDA') {
      const sek = `${spec.kode}-SEK`;
      units.push({ kode: sek, nama: `Sekretariat ${spec.nama}`, parentKode: spec.kode });
      head(opd, `${sek}-KEPALA`, `Sekretaris ${spec.nama}`, sek,
        spec.level === 'JPT' ? 'ADMINISTRATOR' : 'PENGAWAS');
      if (spec.level === 'JPT') {
        for (const [suffix, nama, kritikal] of [['UMPEG', 'Subbagian Umum dan Kepegawaian', null], ['KEU', 'Subbagian Keuangan dan Perencanaan', 'Y']] as const) {
          units.push({ kode: `${sek}-${suffix}`, nama: `${nama} ${spec.nama}`, parentKode: sek });
          head(opd, `${sek}-${suffix}-KEPALA`, `Kepala ${nama}`, `${sek}-${suffix}`, 'PENGAWAS', kritikal);
        }
      }
    }
    spec.bidang.forEach((bidang, b) => {
      const kode = `${spec.kode}-B${b + 1}`;
      units.push({ kode, nama: `${bidang} ${spec.level === 'CAMAT' ? spec.nama : ''}`.trim(), parentKode: spec.kode });
      head(opd, `${kode}-KEPALA`, `Kepala ${bidang}`, kode, spec.level === 'CAMAT' ? 'PENGAWAS' : 'ADMINISTRATOR');
      if (spec.level === 'CAMAT') return;
      const sub = spec.kode === 'SETDA' ? 'Subbagian' : 'Seksi';
      for (let s = 0; s < 2; s++) {
        const seksi = `${kode}-S${s + 1}`;
        const nama = `${sub} ${SEKSI_VERBS[s]} ${shortName(bidang)}`;
        units.push({ kode: seksi, nama, parentKode: kode });
        head(opd, `${seksi}-KEPALA`, `Kepala ${nama}`, seksi, 'PENGAWAS');
      }
    });
    PELAKSANA.forEach((nama, p) =>
      positions.push({ kode: `${spec.kode}-PLK${p + 1}`, nama, unitKode: spec.kode, jenis: 'PELAKSANA', jenjang: null, rumpun: null, kritikal: null, opd, weight: 0 }),
    );
    for (const kind of spec.fungsional) addFungsional(positions, spec, opd, kind);
  });
  return { opds, units, positions };
}

function addFungsional(positions: DemoPosition[], spec: OpdSpec, opd: number, kind: FungsionalKind): void {
  const total = kind.jenjang.reduce((sum, j) => sum + JENJANG_SHARE[j], 0);
  for (const jenjang of kind.jenjang) {
    positions.push({
      kode: `${spec.kode}-${kind.kode}-${JENJANG_SUFFIX[jenjang]}`,
      nama: `${kind.nama} ${JENJANG_TITLE[jenjang]}`,
      unitKode: spec.kode,
      jenis: 'FUNGSIONAL',
      jenjang,
      rumpun: spec.rumpun,
      kritikal: null,
      opd,
      weight: (kind.weight * JENJANG_SHARE[jenjang]) / total,
    });
  }
}
