/**
 * A small kabupaten for the chat bots (asOf 2026-01-15), with people named as leaders would ask about them:
 *
 *   KAB (root) ── SETDA Sekretariat Daerah
 *              ├─ DISDIK Dinas Pendidikan ── DISDIK-B1 Bidang Pembinaan SD
 *              └─ DINKES Dinas Kesehatan ─── DINKES-B1 Bidang Pelayanan Kesehatan, DINKES-B2 Bidang Kesehatan Masyarakat
 *
 * - Sekretaris Daerah: Hendra Wijaya, box 9, reaches BUP (60) in March 2026 → retires 1 April 2026.
 * - Kepala Dinas Pendidikan: vacant. Kepala Dinas Kesehatan: Siti Rahmawati, box 5.
 * - Kabid Pembinaan SD: Rina Wulandari, box 9 (ready now). Kabid Pelayanan Kesehatan: Agus Prasetyo, box 7.
 * - Kabid Kesehatan Masyarakat: Dewi Lestari, box 8, golongan III/d: one gate short of a JPT post.
 * - Staff: Joko Susanto (Disdik, box 5), two namesakes Budi Santoso (Disdik box 5, Dinkes box 2), Fajar Nugroho
 *   (Dinkes, no assessment: not placed), and "<!channel> Heru" (Dinkes, box 4), whose name must never ping a channel.
 */
import type { Db } from '../../db/client.js';
import { insertAnnualRatings, insertAssessment, insertEmployee, insertInstansi, insertPosition, insertUnit } from './talent.factory.js';

export const BOT_SCENARIO_AS_OF = '2026-01-15';

const SANGAT_BAIK = { 2024: 'SANGAT_BAIK', 2025: 'SANGAT_BAIK' };
const BAIK = { 2024: 'BAIK', 2025: 'BAIK' };

export async function seedBotScenario(db: Db) {
  const inst = await insertInstansi(db, { nama: 'Pemerintah Kabupaten Uji', slackChannel: '#talenta' });
  const instansiId = inst.id;
  const unit = (kode: string, nama: string, parentId: number | null) => insertUnit(db, { instansiId, kode, nama, parentId });
  const root = await unit('KAB', 'Pemerintah Kabupaten Uji', null);
  const setda = await unit('SETDA', 'Sekretariat Daerah', root.id);
  const disdik = await unit('DISDIK', 'Dinas Pendidikan', root.id);
  const disdikSd = await unit('DISDIK-B1', 'Bidang Pembinaan SD', disdik.id);
  const dinkes = await unit('DINKES', 'Dinas Kesehatan', root.id);
  const dinkesYankes = await unit('DINKES-B1', 'Bidang Pelayanan Kesehatan', dinkes.id);
  const dinkesKesmas = await unit('DINKES-B2', 'Bidang Kesehatan Masyarakat', dinkes.id);
  // Numbered schools (no posts of their own here): a question naming "SD Negeri" without its number picks among them.
  const schools: Array<Awaited<ReturnType<typeof unit>>> = [];
  for (const n of [1, 2, 3]) schools.push(await unit(`DISDIK-SDN${n}`, `SD Negeri ${n} Uji`, disdik.id));
  // The one numbered puskesmas: asked without its number, it is still the one meant.
  await unit('DINKES-PKM1', 'Puskesmas Sukamaju 1', dinkes.id);
  // Offices that share words with offices the kabupaten does not have (no women's office, no "Badan Kepegawaian
  // Daerah" by that name), and subbagian whose names say "kepegawaian" apart from "badan".
  await unit('DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', root.id);
  await unit('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', root.id);
  const bapenda = await unit('BAPENDA', 'Badan Pendapatan Daerah', root.id);
  await unit('BAPENDA-UMPEG', 'Subbagian Umum dan Kepegawaian Badan Pendapatan Daerah', bapenda.id);

  const position = (kode: string, nama: string, unitId: number, jenisJabatan: string, rumpun: string | null = null) =>
    insertPosition(db, { instansiId, unitId, kode, nama, jenisJabatan, rumpun });
  const positions = {
    sekda: await position('SETDA-KEPALA', 'Sekretaris Daerah', setda.id, 'JPT_PRATAMA', 'Pemerintahan'),
    kadisdik: await position('DISDIK-KEPALA', 'Kepala Dinas Pendidikan', disdik.id, 'JPT_PRATAMA', 'Pendidikan'),
    kadinkes: await position('DINKES-KEPALA', 'Kepala Dinas Kesehatan', dinkes.id, 'JPT_PRATAMA', 'Kesehatan'),
    kabidSd: await position('DISDIK-B1-KEPALA', 'Kepala Bidang Pembinaan SD', disdikSd.id, 'ADMINISTRATOR', 'Pendidikan'),
    kabidYankes: await position('DINKES-B1-KEPALA', 'Kepala Bidang Pelayanan Kesehatan', dinkesYankes.id, 'ADMINISTRATOR', 'Kesehatan'),
    kabidKesmas: await position('DINKES-B2-KEPALA', 'Kepala Bidang Kesehatan Masyarakat', dinkesKesmas.id, 'ADMINISTRATOR', 'Kesehatan'),
    stafDisdik: await position('DISDIK-PLK', 'Pengadministrasi Perkantoran', disdik.id, 'PELAKSANA'),
    stafDinkes: await position('DINKES-PLK', 'Pengelola Layanan Kesehatan', dinkes.id, 'PELAKSANA'),
  };

  async function person(
    nama: string,
    positionId: number,
    facts: { golongan: string; pendidikan: string; tanggalLahir: string; tmtJabatan: string; jenisKelamin?: 'L' | 'P'; tmtCpns?: string },
    ratings: Record<number, string>,
    assessment: { jpm: number; nilaiPotensi: number } | null,
  ) {
    const row = await insertEmployee(db, { instansiId, positionId, nama, ...facts });
    await insertAnnualRatings(db, row.id, ratings);
    if (assessment) await insertAssessment(db, { employeeId: row.id, tanggal: '2025-03-01', ...assessment });
    return row;
  }
  const people = {
    hendra: await person('Hendra Wijaya', positions.sekda.id,
      { golongan: 'IV/c', pendidikan: 'S2', tanggalLahir: '1966-03-10', tmtJabatan: '2019-01-01', tmtCpns: '1990-03-01' }, SANGAT_BAIK, { jpm: 85, nilaiPotensi: 85 }),
    siti: await person('Siti Rahmawati', positions.kadinkes.id,
      { golongan: 'IV/c', pendidikan: 'S2', tanggalLahir: '1975-06-01', tmtJabatan: '2020-01-01', jenisKelamin: 'P', tmtCpns: '1999-03-01' }, BAIK, { jpm: 70, nilaiPotensi: 65 }),
    rina: await person('Rina Wulandari', positions.kabidSd.id,
      { golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1979-09-09', tmtJabatan: '2018-01-01', jenisKelamin: 'P', tmtCpns: '2004-03-01' }, SANGAT_BAIK, { jpm: 95, nilaiPotensi: 92 }),
    agus: await person('Agus Prasetyo', positions.kabidYankes.id,
      { golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1978-04-12', tmtJabatan: '2019-06-01', tmtCpns: '2003-03-01' }, SANGAT_BAIK, { jpm: 75, nilaiPotensi: 70 }),
    dewi: await person('Dewi Lestari', positions.kabidKesmas.id,
      { golongan: 'III/d', pendidikan: 'S2', tanggalLahir: '1983-02-02', tmtJabatan: '2019-01-01', jenisKelamin: 'P', tmtCpns: '2008-03-01' }, BAIK, { jpm: 92, nilaiPotensi: 90 }),
    joko: await person('Joko Susanto', positions.stafDisdik.id,
      { golongan: 'III/c', pendidikan: 'S1', tanggalLahir: '1984-07-07', tmtJabatan: '2018-01-01' }, BAIK, { jpm: 70, nilaiPotensi: 65 }),
    budiDisdik: await person('Budi Santoso', positions.stafDisdik.id,
      { golongan: 'III/b', pendidikan: 'S1', tanggalLahir: '1985-01-20', tmtJabatan: '2018-01-01' }, BAIK, { jpm: 70, nilaiPotensi: 65 }),
    budiDinkes: await person('Budi Santoso', positions.stafDinkes.id,
      { golongan: 'II/c', pendidikan: 'SLTA', tanggalLahir: '1990-11-11', tmtJabatan: '2022-06-01', tmtCpns: '2014-03-01' }, BAIK, { jpm: 40, nilaiPotensi: 40 }),
    heru: await person('<!channel> Heru', positions.stafDinkes.id,
      { golongan: 'II/d', pendidikan: 'SLTA', tanggalLahir: '1988-08-08', tmtJabatan: '2020-01-01' }, SANGAT_BAIK, { jpm: 40, nilaiPotensi: 40 }),
    fajar: await person('Fajar Nugroho', positions.stafDinkes.id,
      { golongan: 'II/c', pendidikan: 'SLTA', tanggalLahir: '1995-05-05', tmtJabatan: '2024-01-01', tmtCpns: '2020-03-01' }, BAIK, null),
  };
  return { instansi: inst, units: { root, setda, disdik, disdikSd, dinkes, dinkesYankes, dinkesKesmas, schools }, positions, people };
}

export type BotScenario = Awaited<ReturnType<typeof seedBotScenario>>;
