/**
 * A small kabupaten, built by hand, whose slates were worked out on paper from the succession rules (asOf 2026-11-22).
 */
import { describe, expect, it } from 'vitest';
import { computeSuccession } from './succession.compute.js';
import { buildInputs, position, unit, type PersonSpec } from './succession.test-utils.js';
import type { PositionSuccession } from './succession.types.js';

const units = [
  unit(1, 'KAB-CONTOH', null, 'Pemerintah Kabupaten Contoh'),
  unit(2, 'SETDA', 1, 'Sekretariat Daerah'),
  unit(3, 'SETDA-ORG', 2, 'Bagian Organisasi'),
  unit(4, 'SETDA-UMUM', 2, 'Bagian Umum'),
  unit(5, 'DISDIK', 1, 'Dinas Pendidikan'),
  unit(6, 'DISDIK-SEKRE', 5, 'Sekretariat Dinas Pendidikan'),
  unit(7, 'DISDIK-UMPEG', 6, 'Subbagian Umum dan Kepegawaian'),
  unit(8, 'DISDIK-SD', 5, 'Bidang Pembinaan Sekolah Dasar'),
  unit(9, 'BKPSDM', 1, 'Badan Kepegawaian dan Pengembangan SDM'),
  unit(10, 'BKPSDM-SEKRE', 9, 'Sekretariat BKPSDM'),
  unit(11, 'BKPSDM-MUTASI', 9, 'Bidang Mutasi dan Promosi'),
];

const positions = [
  position({ id: 1, kode: 'SEKDA', nama: 'Sekretaris Daerah', unitId: 2, jenisJabatan: 'JPT_PRATAMA', rumpun: 'Pemerintahan' }),
  position({ id: 2, kode: 'KABAG-ORG', nama: 'Kepala Bagian Organisasi', unitId: 3, jenisJabatan: 'ADMINISTRATOR', rumpun: 'Organisasi' }),
  position({ id: 3, kode: 'KABAG-UMUM', nama: 'Kepala Bagian Umum', unitId: 4, jenisJabatan: 'ADMINISTRATOR', rumpun: 'Umum' }),
  position({ id: 4, kode: 'KADISDIK', nama: 'Kepala Dinas Pendidikan', unitId: 5, jenisJabatan: 'JPT_PRATAMA', rumpun: 'Pendidikan' }),
  position({ id: 5, kode: 'SEKDIS-DIK', nama: 'Sekretaris Dinas Pendidikan', unitId: 6, jenisJabatan: 'ADMINISTRATOR', rumpun: 'Umum' }),
  position({ id: 6, kode: 'KASUBBAG-UMPEG-DIK', nama: 'Kepala Subbagian Umum dan Kepegawaian', unitId: 7, jenisJabatan: 'PENGAWAS', rumpun: 'Kepegawaian', kritikal: true }),
  position({ id: 7, kode: 'KABID-SD', nama: 'Kepala Bidang Pembinaan SD', unitId: 8, jenisJabatan: 'ADMINISTRATOR', rumpun: 'Pendidikan' }),
  position({ id: 8, kode: 'KABAN-BKPSDM', nama: 'Kepala BKPSDM', unitId: 9, jenisJabatan: 'JPT_PRATAMA', rumpun: 'Kepegawaian' }),
  position({ id: 9, kode: 'SEKBAN-BKPSDM', nama: 'Sekretaris BKPSDM', unitId: 10, jenisJabatan: 'ADMINISTRATOR', rumpun: 'Umum' }),
  position({ id: 10, kode: 'KABID-MUTASI', nama: 'Kepala Bidang Mutasi dan Promosi', unitId: 11, jenisJabatan: 'ADMINISTRATOR', rumpun: 'Kepegawaian' }),
  position({ id: 11, kode: 'KASUBBAG-PROG-BKPSDM', nama: 'Kepala Subbagian Program', unitId: 10, jenisJabatan: 'PENGAWAS', rumpun: 'Perencanaan' }),
  position({ id: 12, kode: 'PENGADM-KEPEG-DIK', nama: 'Pengadministrasi Kepegawaian', unitId: 7, jenisJabatan: 'PELAKSANA', rumpun: 'Kepegawaian' }),
  position({ id: 13, kode: 'ANALIS-SDM-MUDA', nama: 'Analis SDM Aparatur Ahli Muda', unitId: 11, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MUDA', rumpun: 'Kepegawaian' }),
  position({ id: 14, kode: 'PENGAWAS-SEKOLAH-MADYA', nama: 'Pengawas Sekolah Ahli Madya', unitId: 8, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MADYA', rumpun: 'Pendidikan' }),
  position({ id: 15, kode: 'PENGADM-UMUM-SETDA', nama: 'Pengadministrasi Umum', unitId: 4, jenisJabatan: 'PELAKSANA', rumpun: 'Umum' }),
  position({ id: 16, kode: 'PERENCANA-MUDA-DIK', nama: 'Perencana Ahli Muda', unitId: 6, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MUDA', rumpun: 'Perencanaan' }),
];

type P = Omit<PersonSpec, 'id' | 'positionId' | 'nip'>;
const person = (id: number, positionId: number, nip: string, spec: P): PersonSpec => ({ id, positionId, nip, ...spec });

const people: PersonSpec[] = [
  person(1, 1, '197104021996031001', { golongan: 'IV/d', pendidikan: 'S2', tanggalLahir: '1971-04-02', tmtCpns: '1996-03-01', tmtJabatan: '2021-02-01', box: 8, nilaiTalenta: 84 }),
  person(2, 2, '197805052003031002', { golongan: 'IV/a', pendidikan: 'S1', tanggalLahir: '1978-05-05', tmtCpns: '2003-03-01', tmtJabatan: '2020-01-06', box: 9, nilaiTalenta: 87 }),
  person(3, 3, '196906101994031003', { golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1969-06-10', tmtCpns: '1994-03-01', tmtJabatan: '2019-01-07', box: 9, nilaiTalenta: 89 }),
  person(5, 5, '197608172001032004', { golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1976-08-17', tmtCpns: '2001-03-01', tmtJabatan: '2023-07-03', box: 9, nilaiTalenta: 88 }),
  person(6, 6, '198402142009032005', { golongan: 'III/d', pendidikan: 'S1', tanggalLahir: '1984-02-14', tmtCpns: '2009-03-01', tmtJabatan: '2022-09-01', box: 9, nilaiTalenta: 84 }),
  person(7, 7, '197303211998031006', { golongan: 'IV/c', pendidikan: 'S2', tanggalLahir: '1973-03-21', tmtCpns: '1998-03-01', tmtJabatan: '2021-01-04', box: 8, nilaiTalenta: 85 }),
  person(8, 8, '197410301999031007', { golongan: 'IV/c', pendidikan: 'S2', tanggalLahir: '1974-10-30', tmtCpns: '1999-03-01', tmtJabatan: '2022-03-01', box: 9, nilaiTalenta: 90 }),
  person(9, 9, '197712122002032008', { golongan: 'IV/b', pendidikan: 'S1', tanggalLahir: '1977-12-12', tmtCpns: '2002-03-01', tmtJabatan: '2022-05-02', box: 7, nilaiTalenta: 78 }),
  person(10, 10, '198001252005031009', { golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1980-01-25', tmtCpns: '2005-03-01', tmtJabatan: '2021-06-01', box: 9, nilaiTalenta: 91 }),
  person(11, 11, '198607072010032010', { golongan: 'III/d', pendidikan: 'S1', tanggalLahir: '1986-07-07', tmtCpns: '2010-03-01', tmtJabatan: '2021-03-01', box: 8, nilaiTalenta: 77 }),
  person(12, 12, '199005052020031011', { golongan: 'III/b', pendidikan: 'D-III', tanggalLahir: '1990-05-05', tmtCpns: '2020-03-01', tmtJabatan: '2020-03-01', box: 8, nilaiTalenta: 80 }),
  person(13, 12, '199502022023012012', { golongan: 'III/b', pendidikan: 'S1', tanggalLahir: '1995-02-02', tmtCpns: '2023-01-01', tmtJabatan: '2023-01-01', box: 9, nilaiTalenta: 82 }),
  person(14, 12, '199209092019031013', { golongan: 'III/a', pendidikan: 'S1', tanggalLahir: '1992-09-09', tmtCpns: '2019-03-01', tmtJabatan: '2019-03-01', box: 7, nilaiTalenta: 76 }),
  person(15, 13, '198804042018032014', { golongan: 'III/c', pendidikan: 'S1', tanggalLahir: '1988-04-04', tmtCpns: '2018-03-01', tmtJabatan: '2021-01-04', box: 9, nilaiTalenta: 83 }),
  person(16, 13, '198503102019032015', { jenisPegawai: 'PPPK', golongan: 'XII', pendidikan: 'S1', tanggalLahir: '1985-03-10', tmtCpns: '2019-03-01', tmtJabatan: '2021-01-04', box: 9, nilaiTalenta: 92 }),
  person(17, 14, '197209091998032016', { golongan: 'IV/c', pendidikan: 'S2', tanggalLahir: '1972-09-09', tmtCpns: '1998-03-01', tmtJabatan: '2022-01-03', box: 9, nilaiTalenta: 86 }),
  person(18, 15, '198711112016031017', { golongan: 'III/c', pendidikan: 'S1', tanggalLahir: '1987-11-11', tmtCpns: '2016-03-01', tmtJabatan: '2016-03-01', box: 9, nilaiTalenta: 79 }),
  person(19, 15, '198606062012031018', {
    golongan: 'III/c', pendidikan: 'S1', tanggalLahir: '1986-06-06', tmtCpns: '2012-03-01', tmtJabatan: '2012-03-01', box: 9, nilaiTalenta: 81,
    discipline: [{ tingkat: 'SEDANG', jenis: 'pemotongan tukin 25% 6 bulan', tmtMulai: '2026-01-10', tmtSelesai: '2026-07-10' }],
  }),
  person(20, 16, '198508082012032019', { golongan: 'III/d', pendidikan: 'S1', tanggalLahir: '1985-08-08', tmtCpns: '2012-03-01', tmtJabatan: '2023-11-22', box: 8, nilaiTalenta: 82 }),
  person(21, 16, '198703032014031020', { golongan: 'III/d', pendidikan: 'S1', tanggalLahir: '1987-03-03', tmtCpns: '2014-03-01', tmtJabatan: '2024-06-03', box: 9, nilaiTalenta: 81 }),
  person(22, 12, '198912122014031021', {
    golongan: 'III/c', pendidikan: 'S1', tanggalLahir: '1989-12-12', tmtCpns: '2014-03-01', tmtJabatan: '2014-03-01', box: 9, nilaiTalenta: 95,
    predikat: [{ tahun: 2025, predikat: 'SANGAT_BAIK' }],
  }),
  person(23, 15, '199301012015031022', { golongan: 'III/b', pendidikan: 'SLTA', tanggalLahir: '1993-01-01', tmtCpns: '2015-03-01', box: 5, nilaiTalenta: 70 }),
  person(24, 16, '199102022016032023', { golongan: 'III/c', pendidikan: 'S1', tanggalLahir: '1991-02-02', tmtCpns: '2016-03-01', box: null, nilaiTalenta: null }),
  person(25, 12, '199807072024031024', { golongan: 'III/a', pendidikan: 'S1', tanggalLahir: '1998-07-07', tmtCpns: '2024-03-01', tmtJabatan: '2024-03-01', box: 9, nilaiTalenta: 90 }),
];

const result = computeSuccession(buildInputs({ units, positions, people }));

function slateOf(kode: string) {
  const p = result.positions.find((x) => x.kode === kode) as PositionSuccession;
  return {
    eligibleCount: p.eligibleCount,
    readyNowCount: p.readyNowCount,
    risks: p.risks,
    slate: p.slate.map((s) => ({
      rank: s.rank,
      nip: s.nip,
      readiness: s.readiness,
      jenis: s.jenis,
      kesesuaian: s.kesesuaian,
      nilaiTalenta: s.nilaiTalenta,
      box: s.box,
      gatesPassed: s.gates.length === 8 && s.gates.every((g) => g.passed),
    })),
    nearMisses: p.nearMisses.map((n) => `${n.nip} ${n.gate}`),
  };
}

describe('Kabupaten Contoh succession review', () => {
  it('puts the Sekretaris Dinas, the Pengawas Sekolah Ahli Madya and the Kabid Mutasi on the Kepala Dinas Pendidikan slate', () => {
    expect(slateOf('KADISDIK')).toEqual({
      eligibleCount: 7,
      readyNowCount: 4,
      risks: ['KOSONG'],
      slate: [
        { rank: 1, nip: '197608172001032004', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'OPD', nilaiTalenta: 88, box: 9, gatesPassed: true },
        { rank: 2, nip: '197209091998032016', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'OPD', nilaiTalenta: 86, box: 9, gatesPassed: true },
        { rank: 3, nip: '198001252005031009', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'LAIN', nilaiTalenta: 91, box: 9, gatesPassed: true },
      ],
      // Kabag Umum is 57 and retires in 2027; Kabag Organisasi is IV/a.
      nearMisses: ['196906101994031003 USIA', '197805052003031002 GOLONGAN'],
    });
    const kabagUmum = result.positions.find((x) => x.kode === 'KADISDIK')?.nearMisses[0];
    expect(kabagUmum?.reason).toBe('pensiun 2027-07-01 (BUP 58), kurang dari 12 bulan setelah 2026-11-22; usia 57 tahun > 56 tahun');
  });

  it('ranks two in-house box-9 candidates, then a rotating Kabid from BKPSDM, for Sekretaris Dinas Pendidikan', () => {
    expect(slateOf('SEKDIS-DIK')).toEqual({
      eligibleCount: 8,
      readyNowCount: 4,
      risks: [],
      slate: [
        { rank: 1, nip: '197209091998032016', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'OPD', nilaiTalenta: 86, box: 9, gatesPassed: true },
        { rank: 2, nip: '198402142009032005', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'OPD', nilaiTalenta: 84, box: 9, gatesPassed: true },
        { rank: 3, nip: '198001252005031009', readiness: 'SIAP_SEKARANG', jenis: 'ROTASI', kesesuaian: 'LAIN', nilaiTalenta: 91, box: 9, gatesPassed: true },
      ],
      nearMisses: [
        '198503102019032015 STATUS', // PPPK analyst, box 9
        '197410301999031007 JALUR', // JPT pratama is no route down to administrator
        '196906101994031003 USIA',
        '198804042018032014 GOLONGAN',
        '198703032014031020 JALUR', // JF ahli muda with 2 years in position
        '197104021996031001 JALUR',
      ],
    });
  });

  it('fills the Kasubbag Umum dan Kepegawaian slate from the dinas and the kepegawaian rumpun', () => {
    expect(slateOf('KASUBBAG-UMPEG-DIK')).toEqual({
      eligibleCount: 7,
      readyNowCount: 4,
      risks: [],
      slate: [
        { rank: 1, nip: '197209091998032016', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'OPD', nilaiTalenta: 86, box: 9, gatesPassed: true },
        { rank: 2, nip: '198703032014031020', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'OPD', nilaiTalenta: 81, box: 9, gatesPassed: true },
        { rank: 3, nip: '198804042018032014', readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI', kesesuaian: 'RUMPUN', nilaiTalenta: 83, box: 9, gatesPassed: true },
      ],
      nearMisses: [
        '198912122014031021 KINERJA',
        '198503102019032015 STATUS',
        '198001252005031009 JALUR',
        '197410301999031007 JALUR',
        '197608172001032004 JALUR',
        '197805052003031002 JALUR',
        '199502022023012012 JALUR', // pelaksana with 3 years of service
        '198606062012031018 DISIPLIN',
        '197303211998031006 JALUR',
        '197104021996031001 JALUR',
        '197712122002032008 JALUR',
        '199209092019031013 GOLONGAN',
      ],
    });
  });

  it('reports the Pengawas Sekolah Ahli Madya as stretched across slates', () => {
    const madya = result.metrics.overloadedSuccessorList.find((o) => o.nip === '197209091998032016');
    expect(madya?.positionIds).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(result.metrics.criticalPositions).toBe(10);
  });
});
