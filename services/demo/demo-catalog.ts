/**
 * The fictional Kabupaten Contoh: its perangkat daerah with their bidang, the jabatan fungsional typical of each,
 * and the names its people carry. Everything here is invented; any resemblance to a real person is chance.
 */
import type { JenjangJf } from '../../analytics/domain/enums.js';

export interface FungsionalKind {
  kode: string;
  nama: string;
  jenjang: readonly JenjangJf[];
  /** Relative headcount within the OPD's functional staff. */
  weight: number;
}

export interface OpdSpec {
  kode: string;
  nama: string;
  /** Title of the head; `JPT` heads are JPT_PRATAMA, a camat is ADMINISTRATOR in a kabupaten. */
  kepala: string;
  level: 'JPT' | 'CAMAT';
  rumpun: string;
  bidang: readonly string[];
  fungsional: readonly FungsionalKind[];
  /** Relative headcount (schools and health centres dwarf a secretariat). */
  weight: number;
}

const ANALIS: FungsionalKind = { kode: 'ANKEB', nama: 'Analis Kebijakan', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'], weight: 1 };
const ARSIPARIS: FungsionalKind = { kode: 'ARSIP', nama: 'Arsiparis', jenjang: ['TERAMPIL', 'MAHIR', 'AHLI_PERTAMA'], weight: 1 };

/** Ordered so that a small demo (first few OPDs) still has education, health and the secretariat. */
export const OPD_CATALOG: readonly OpdSpec[] = [
  { kode: 'SETDA', nama: 'Sekretariat Daerah', kepala: 'Sekretaris Daerah', level: 'JPT', rumpun: 'Pemerintahan', weight: 4,
    bidang: ['Bagian Pemerintahan', 'Bagian Hukum', 'Bagian Organisasi', 'Bagian Perekonomian', 'Bagian Umum'],
    fungsional: [ANALIS, { kode: 'PERUU', nama: 'Perancang Peraturan Perundang-undangan', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'DISDIK', nama: 'Dinas Pendidikan', kepala: 'Kepala Dinas Pendidikan', level: 'JPT', rumpun: 'Pendidikan', weight: 30,
    bidang: ['Bidang Pembinaan SD', 'Bidang Pembinaan SMP', 'Bidang PAUD dan Pendidikan Nonformal'],
    fungsional: [{ kode: 'GURU', nama: 'Guru', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'], weight: 12 },
      { kode: 'PENGAWAS-SEK', nama: 'Pengawas Sekolah', jenjang: ['AHLI_MUDA', 'AHLI_MADYA'], weight: 1 }] },
  { kode: 'DINKES', nama: 'Dinas Kesehatan', kepala: 'Kepala Dinas Kesehatan', level: 'JPT', rumpun: 'Kesehatan', weight: 16,
    bidang: ['Bidang Pelayanan Kesehatan', 'Bidang Kesehatan Masyarakat', 'Bidang Pencegahan dan Pengendalian Penyakit'],
    fungsional: [{ kode: 'DOKTER', nama: 'Dokter', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'], weight: 2 },
      { kode: 'PERAWAT', nama: 'Perawat', jenjang: ['TERAMPIL', 'MAHIR', 'AHLI_PERTAMA', 'AHLI_MUDA'], weight: 5 },
      { kode: 'BIDAN', nama: 'Bidan', jenjang: ['TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA'], weight: 4 }] },
  { kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kepala: 'Kepala BKPSDM', level: 'JPT', rumpun: 'Kepegawaian', weight: 2,
    bidang: ['Bidang Mutasi dan Promosi', 'Bidang Pengembangan Kompetensi', 'Bidang Pengadaan dan Informasi'],
    fungsional: [{ kode: 'ASDMA', nama: 'Analis Sumber Daya Manusia Aparatur', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'], weight: 1 }] },
  { kode: 'BAPPEDA', nama: 'Badan Perencanaan Pembangunan Daerah', kepala: 'Kepala Bappeda', level: 'JPT', rumpun: 'Perencanaan', weight: 2,
    bidang: ['Bidang Perencanaan Ekonomi', 'Bidang Perencanaan Sosial Budaya', 'Bidang Infrastruktur dan Kewilayahan'],
    fungsional: [{ kode: 'PERENCANA', nama: 'Perencana', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'], weight: 1 }] },
  { kode: 'BPKAD', nama: 'Badan Pengelolaan Keuangan dan Aset Daerah', kepala: 'Kepala BPKAD', level: 'JPT', rumpun: 'Keuangan', weight: 2,
    bidang: ['Bidang Anggaran', 'Bidang Perbendaharaan', 'Bidang Akuntansi', 'Bidang Aset'],
    fungsional: [{ kode: 'APKD', nama: 'Analis Pengelolaan Keuangan APBD', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah', kepala: 'Inspektur', level: 'JPT', rumpun: 'Pengawasan', weight: 2,
    bidang: ['Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II', 'Inspektur Pembantu Wilayah III'],
    fungsional: [{ kode: 'AUDITOR', nama: 'Auditor', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'], weight: 2 },
      { kode: 'P2UPD', nama: 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'DPUPR', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', kepala: 'Kepala Dinas PUPR', level: 'JPT', rumpun: 'Infrastruktur', weight: 3,
    bidang: ['Bidang Bina Marga', 'Bidang Sumber Daya Air', 'Bidang Penataan Ruang'],
    fungsional: [{ kode: 'TEKNIK-JALAN', nama: 'Teknik Jalan dan Jembatan', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA', 'TERAMPIL'], weight: 1 }] },
  { kode: 'BAPENDA', nama: 'Badan Pendapatan Daerah', kepala: 'Kepala Bapenda', level: 'JPT', rumpun: 'Keuangan', weight: 2,
    bidang: ['Bidang Pendataan dan Penetapan', 'Bidang Penagihan'], fungsional: [ANALIS] },
  { kode: 'SETWAN', nama: 'Sekretariat DPRD', kepala: 'Sekretaris DPRD', level: 'JPT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Bagian Umum dan Keuangan', 'Bagian Persidangan dan Perundang-undangan'], fungsional: [ANALIS] },
  { kode: 'DINSOS', nama: 'Dinas Sosial', kepala: 'Kepala Dinas Sosial', level: 'JPT', rumpun: 'Sosial', weight: 2,
    bidang: ['Bidang Rehabilitasi Sosial', 'Bidang Perlindungan dan Jaminan Sosial'],
    fungsional: [{ kode: 'PEKSOS', nama: 'Pekerja Sosial', jenjang: ['TERAMPIL', 'AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'DISHUB', nama: 'Dinas Perhubungan', kepala: 'Kepala Dinas Perhubungan', level: 'JPT', rumpun: 'Infrastruktur', weight: 2,
    bidang: ['Bidang Lalu Lintas', 'Bidang Angkutan'],
    fungsional: [{ kode: 'PKB', nama: 'Penguji Kendaraan Bermotor', jenjang: ['TERAMPIL', 'MAHIR', 'PENYELIA'], weight: 1 }] },
  { kode: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', kepala: 'Kepala Dinas Kominfo', level: 'JPT', rumpun: 'Informatika', weight: 1,
    bidang: ['Bidang Aplikasi Informatika', 'Bidang Informasi dan Komunikasi Publik'],
    fungsional: [{ kode: 'PRAKOM', nama: 'Pranata Komputer', jenjang: ['TERAMPIL', 'AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', kepala: 'Kepala Dinas Dukcapil', level: 'JPT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Bidang Pelayanan Pendaftaran Penduduk', 'Bidang Pencatatan Sipil'],
    fungsional: [{ kode: 'ADMINDUK', nama: 'Administrator Database Kependudukan', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'DISPERTAN', nama: 'Dinas Pertanian dan Ketahanan Pangan', kepala: 'Kepala Dinas Pertanian', level: 'JPT', rumpun: 'Pertanian', weight: 3,
    bidang: ['Bidang Tanaman Pangan', 'Bidang Hortikultura', 'Bidang Ketahanan Pangan'],
    fungsional: [{ kode: 'PENYULUH', nama: 'Penyuluh Pertanian', jenjang: ['TERAMPIL', 'MAHIR', 'AHLI_PERTAMA', 'AHLI_MUDA'], weight: 2 }] },
  { kode: 'DLH', nama: 'Dinas Lingkungan Hidup', kepala: 'Kepala Dinas Lingkungan Hidup', level: 'JPT', rumpun: 'Lingkungan', weight: 2,
    bidang: ['Bidang Pengelolaan Sampah', 'Bidang Penaatan Lingkungan'],
    fungsional: [{ kode: 'PEDAL', nama: 'Pengendali Dampak Lingkungan', jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'], weight: 1 }] },
  { kode: 'DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kepala: 'Kepala DPMPTSP', level: 'JPT', rumpun: 'Perekonomian', weight: 1,
    bidang: ['Bidang Pelayanan Perizinan', 'Bidang Penanaman Modal'], fungsional: [ANALIS] },
  { kode: 'DISPERINDAG', nama: 'Dinas Perindustrian dan Perdagangan', kepala: 'Kepala Dinas Perindag', level: 'JPT', rumpun: 'Perekonomian', weight: 1,
    bidang: ['Bidang Perdagangan', 'Bidang Perindustrian'], fungsional: [ANALIS] },
  { kode: 'DISNAKER', nama: 'Dinas Tenaga Kerja', kepala: 'Kepala Dinas Tenaga Kerja', level: 'JPT', rumpun: 'Perekonomian', weight: 1,
    bidang: ['Bidang Pelatihan dan Penempatan', 'Bidang Hubungan Industrial'], fungsional: [ANALIS] },
  { kode: 'DISPORAPAR', nama: 'Dinas Pemuda, Olahraga dan Pariwisata', kepala: 'Kepala Dinas Porapar', level: 'JPT', rumpun: 'Sosial', weight: 1,
    bidang: ['Bidang Pariwisata', 'Bidang Pemuda dan Olahraga'], fungsional: [ANALIS] },
  { kode: 'DPRKP', nama: 'Dinas Perumahan Rakyat dan Kawasan Permukiman', kepala: 'Kepala Dinas Perkim', level: 'JPT', rumpun: 'Infrastruktur', weight: 1,
    bidang: ['Bidang Perumahan', 'Bidang Kawasan Permukiman'], fungsional: [ANALIS] },
  { kode: 'SATPOLPP', nama: 'Satuan Polisi Pamong Praja', kepala: 'Kepala Satpol PP', level: 'JPT', rumpun: 'Ketertiban', weight: 2,
    bidang: ['Bidang Penegakan Perda', 'Bidang Ketertiban Umum'],
    fungsional: [{ kode: 'POLPP', nama: 'Polisi Pamong Praja', jenjang: ['TERAMPIL', 'MAHIR', 'AHLI_PERTAMA'], weight: 2 }] },
  { kode: 'BPBD', nama: 'Badan Penanggulangan Bencana Daerah', kepala: 'Kepala Pelaksana BPBD', level: 'JPT', rumpun: 'Ketertiban', weight: 1,
    bidang: ['Bidang Kedaruratan dan Logistik', 'Bidang Rehabilitasi dan Rekonstruksi'], fungsional: [ANALIS] },
  { kode: 'KESBANGPOL', nama: 'Badan Kesatuan Bangsa dan Politik', kepala: 'Kepala Kesbangpol', level: 'JPT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Bidang Politik Dalam Negeri', 'Bidang Ketahanan Ekonomi dan Sosial Budaya'], fungsional: [ANALIS] },
  { kode: 'DPMD', nama: 'Dinas Pemberdayaan Masyarakat dan Desa', kepala: 'Kepala DPMD', level: 'JPT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Bidang Pemerintahan Desa', 'Bidang Pemberdayaan Masyarakat'], fungsional: [ARSIPARIS] },
  { kode: 'KEC-KOTA', nama: 'Kecamatan Kota Contoh', kepala: 'Camat Kota Contoh', level: 'CAMAT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Seksi Pemerintahan', 'Seksi Ketenteraman dan Ketertiban'], fungsional: [ARSIPARIS] },
  { kode: 'KEC-UTARA', nama: 'Kecamatan Contoh Utara', kepala: 'Camat Contoh Utara', level: 'CAMAT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Seksi Pemerintahan', 'Seksi Pemberdayaan Masyarakat'], fungsional: [ARSIPARIS] },
  { kode: 'KEC-SELATAN', nama: 'Kecamatan Contoh Selatan', kepala: 'Camat Contoh Selatan', level: 'CAMAT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Seksi Pemerintahan', 'Seksi Pelayanan Umum'], fungsional: [ARSIPARIS] },
  { kode: 'KEC-TIMUR', nama: 'Kecamatan Contoh Timur', kepala: 'Camat Contoh Timur', level: 'CAMAT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Seksi Pemerintahan', 'Seksi Kesejahteraan Sosial'], fungsional: [ARSIPARIS] },
  { kode: 'KEC-BARAT', nama: 'Kecamatan Contoh Barat', kepala: 'Camat Contoh Barat', level: 'CAMAT', rumpun: 'Pemerintahan', weight: 1,
    bidang: ['Seksi Pemerintahan', 'Seksi Pelayanan Umum'], fungsional: [ARSIPARIS] },
];

export const FIRST_NAMES_L = [
  'Agus', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Irfan', 'Joko', 'Lukman', 'Muhammad', 'Nur', 'Rahmat', 'Rizki',
  'Slamet', 'Teguh', 'Wahyu', 'Yusuf', 'Ahmad', 'Bambang', 'Dimas', 'Gilang', 'Hadi', 'Imam', 'Made', 'Putu',
] as const;
export const FIRST_NAMES_P = [
  'Ani', 'Dewi', 'Endang', 'Fitri', 'Indah', 'Kartika', 'Lestari', 'Maya', 'Nia', 'Putri', 'Ratna', 'Sari', 'Siti',
  'Tri', 'Wulan', 'Yuni', 'Ayu', 'Desi', 'Eka', 'Lina', 'Nurul', 'Rina', 'Sri', 'Utami', 'Wahyuni',
] as const;
export const FAMILY_NAMES = [
  'Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kurniawan', 'Rahayu', 'Susanto', 'Setiawan', 'Nugroho',
  'Hasibuan', 'Siregar', 'Lubis', 'Nasution', 'Sinaga', 'Pohan', 'Harahap', 'Manurung', 'Simanjuntak', 'Tanjung',
  'Purnomo', 'Utomo', 'Wibowo', 'Firmansyah', 'Ramadhan', 'Syahputra', 'Gunawan', 'Permana', 'Suryadi', 'Halim',
] as const;
