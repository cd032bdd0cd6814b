/**
 * The people of a hostile-suite instansi, generated per variant so two instansi share no NIP or name. The org chart
 * (ROOT → OPD-A → A-1, ROOT → OPD-B) comes from the API harness. It is built so that the slate of KADIS-A (inside
 * OPD-A) holds a candidate from OPD-B and its near misses one more, which is what a PIMPINAN of OPD-A must not see.
 */

export interface Person {
  nip: string;
  nama: string;
  /** Unit of the person's position. */
  unit: 'OPD-A' | 'A-1' | 'OPD-B';
}

interface Row extends Person {
  position: string;
  golongan: string;
  tmtJabatan: string;
  pendidikan: string;
  /** Assessment JPM: spreads the population over boxes 7–9. */
  jpm: number;
}

const FIRST = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rudi', 'Ratna', 'Joko', 'Rina', 'Hendra', 'Wulan', 'Bambang', 'Yuni',
  'Eko', 'Kartika', 'Arif', 'Nurul', 'Dedi', 'Ayu', 'Fajar', 'Indah', 'Gunawan', 'Maya', 'Hadi', 'Sekar'];
const LAST = ['Santoso', 'Rahayu', 'Wibowo', 'Lestari', 'Hartono', 'Wahyuni', 'Susilo', 'Purnomo', 'Kusumawati',
  'Setiawan', 'Pratama', 'Nugroho', 'Handayani', 'Siregar', 'Simanjuntak', 'Tanjung'];

const POSITIONS = [
  'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan',
  'KADIS-A,Kepala Dinas Pendidikan,OPD-A,JPT_PRATAMA',
  'KABID-A1,Kepala Bidang Pembinaan SD,A-1,ADMINISTRATOR',
  'STAF-A1,Analis Pembinaan SD,A-1,PELAKSANA',
  'KADIS-B,Kepala Dinas Kesehatan,OPD-B,JPT_PRATAMA',
  'KABID-B1,Kepala Bidang Pelayanan Kesehatan,OPD-B,ADMINISTRATOR',
  'KABID-B2,Kepala Bidang Farmasi,OPD-B,ADMINISTRATOR',
  'STAF-B,Pengelola Kesehatan,OPD-B,PELAKSANA',
];

/** A PNS NIP: birth date, TMT CPNS, gender digit, sequence (never 000). */
function nip(birth: string, cpns: string, gender: 1 | 2, seq: number): string {
  return `${birth.replace(/-/g, '')}${cpns.replace(/-/g, '')}${gender}${String(seq).padStart(3, '0')}`;
}

function rows(variant: number): Row[] {
  let n = 0;
  const person = (p: Omit<Row, 'nip' | 'nama'> & { birth: string; cpns: string }): Row => {
    const i = n++;
    const nama = `${FIRST[(i + variant * 7) % FIRST.length]} ${LAST[(i * 3 + variant * 5) % LAST.length]}`;
    const { birth, cpns, ...rest } = p;
    return { ...rest, nip: nip(birth, cpns, i % 2 === 0 ? 1 : 2, 100 * (variant + 1) + i), nama };
  };
  const day = String(1 + variant * 10).padStart(2, '0');
  const list: Row[] = [
    person({ unit: 'OPD-A', position: 'KADIS-A', golongan: 'IV/c', tmtJabatan: '2019-01-01', pendidikan: 'S2', jpm: 90, birth: `1971-03-${day}`, cpns: '1996-03' }),
    person({ unit: 'A-1', position: 'KABID-A1', golongan: 'IV/b', tmtJabatan: '2018-03-01', pendidikan: 'S2', jpm: 90, birth: `1980-01-${day}`, cpns: '2005-01' }),
    person({ unit: 'OPD-B', position: 'KABID-B1', golongan: 'IV/b', tmtJabatan: '2017-06-01', pendidikan: 'S2', jpm: 88, birth: `1979-05-${day}`, cpns: '2004-02' }),
    // Fails only GOLONGAN for a JPT_PRATAMA target: a near miss of both KADIS positions.
    person({ unit: 'OPD-B', position: 'KABID-B2', golongan: 'IV/a', tmtJabatan: '2017-06-01', pendidikan: 'S2', jpm: 92, birth: `1981-07-${day}`, cpns: '2006-04' }),
  ];
  for (let i = 0; i < 10; i++) {
    const year = 1975 + i * 2;
    list.push(person({ unit: 'A-1', position: 'STAF-A1', golongan: 'III/c', tmtJabatan: '2015-01-01', pendidikan: 'S1', jpm: [90, 70, 50][i % 3]!, birth: `${year}-02-${day}`, cpns: `${year + 25}-01` }));
    list.push(person({ unit: 'OPD-B', position: 'STAF-B', golongan: 'III/d', tmtJabatan: '2016-01-01', pendidikan: 'S1', jpm: [85, 65, 95][i % 3]!, birth: `${year + 1}-04-${day}`, cpns: `${year + 26}-03` }));
  }
  return list;
}

export interface Population {
  people: Person[];
  /** CSV bodies in import order. */
  csv: Array<{ kind: 'positions' | 'employees' | 'performance' | 'assessments'; body: string }>;
  /** Named people the scope tests refer to. */
  kadisA: Person;
  kabidA1: Person;
  kabidB1: Person;
  kabidB2: Person;
}

export function population(variant: number): Population {
  const list = rows(variant);
  const lines = (header: string, body: string[]) => `${[header, ...body].join('\n')}\n`;
  return {
    people: list.map(({ nip: id, nama, unit }) => ({ nip: id, nama, unit })),
    csv: [
      { kind: 'positions', body: `${POSITIONS.join('\n')}\n` },
      {
        kind: 'employees',
        body: lines(
          'nip,nama,jenis_pegawai,golongan,kode_jabatan,tmt_jabatan,pendidikan',
          list.map((r) => `${r.nip},${r.nama},PNS,${r.golongan},${r.position},${r.tmtJabatan},${r.pendidikan}`),
        ),
      },
      {
        kind: 'performance',
        body: lines('nip,tahun,periode,predikat', list.flatMap((r) => [`${r.nip},2024,TAHUNAN,SANGAT_BAIK`, `${r.nip},2025,TAHUNAN,SANGAT_BAIK`])),
      },
      { kind: 'assessments', body: lines('nip,tanggal,jpm,nilai_potensi', list.map((r) => `${r.nip},2025-06-01,${r.jpm},88`)) },
    ],
    kadisA: list[0]!,
    kabidA1: list[1]!,
    kabidB1: list[2]!,
    kabidB2: list[3]!,
  };
}
