/** Field rules of one `employees` row, without references: NIP, NIP-derived defaults, golongan, dates, pendidikan. */
import { JENIS_KELAMIN, JENIS_PEGAWAI, type JenisKelamin, type JenisPegawai } from '../../analytics/domain/enums.js';
import { parseGolongan } from '../../analytics/domain/golongan.js';
import { PENDIDIKAN, parsePendidikan, type Pendidikan } from '../../analytics/domain/pendidikan.js';
import { matchEnum } from '../../analytics/domain/enums.js';
import { decodeNip } from './nip.rules.js';
import {
  optionalDate,
  optionalEnum,
  optionalText,
  requiredDate,
  requiredEnum,
  requiredText,
  RowProblem,
  type RowReader,
} from './row-fields.js';

export interface EmployeeRow {
  nip: string;
  nama: string;
  jenisPegawai: JenisPegawai;
  jenisKelamin: JenisKelamin | null;
  tanggalLahir: string;
  golongan: string;
  tmtGolongan: string | null;
  kodeJabatan: string;
  tmtJabatan: string;
  pendidikan: Pendidikan;
  jurusan: string | null;
  tmtCpns: string | null;
}

const KELAMIN_ALIASES: Readonly<Record<string, JenisKelamin>> = {
  LAKI_LAKI: 'L', PRIA: 'L', LAKI: 'L', PEREMPUAN: 'P', WANITA: 'P',
};

const parseKelamin = (raw: string) => matchEnum(JENIS_KELAMIN, raw, KELAMIN_ALIASES);

function contradiction(column: string, given: string, nip: string, encoded: string): RowProblem {
  return new RowProblem(column, given, `bertentangan dengan NIP "${nip}" yang menyatakan ${encoded}`);
}

/**
 * Parses one employee row. Values the NIP encodes default from it; a value given that disagrees with the NIP rejects
 * the row with both values in the message.
 * @throws RowProblem on the first broken rule
 */
export function validateEmployeeRow(r: RowReader): EmployeeRow {
  const nip = requiredText(r, 'nip');
  const nama = requiredText(r, 'nama');
  const jenisPegawai = requiredEnum(r, 'jenis_pegawai', JENIS_PEGAWAI);
  const fromNip = decodeNip(nip, jenisPegawai);

  const givenKelamin = optionalEnum(r, 'jenis_kelamin', JENIS_KELAMIN, parseKelamin);
  if (givenKelamin !== null && fromNip.jenisKelamin !== null && givenKelamin !== fromNip.jenisKelamin) {
    throw contradiction('jenis_kelamin', r.get('jenis_kelamin'), nip, `jenis kelamin ${fromNip.jenisKelamin}`);
  }
  const givenLahir = optionalDate(r, 'tanggal_lahir');
  if (givenLahir !== null && givenLahir !== fromNip.tanggalLahir) {
    throw contradiction('tanggal_lahir', r.get('tanggal_lahir'), nip, `tanggal lahir ${fromNip.tanggalLahir}`);
  }
  const givenCpns = optionalDate(r, 'tmt_cpns');
  // The NIP encodes only the month of TMT CPNS, so any day of that month agrees.
  if (givenCpns !== null && fromNip.tmtCpns !== null && givenCpns.slice(0, 7) !== fromNip.tmtCpns.slice(0, 7)) {
    throw contradiction('tmt_cpns', r.get('tmt_cpns'), nip, `TMT CPNS ${fromNip.tmtCpns.slice(0, 7)}`);
  }

  const golonganRaw = requiredText(r, 'golongan');
  const golongan = parseGolongan(golonganRaw, jenisPegawai);
  if (golongan === null) {
    const scale = jenisPegawai === 'PNS' ? 'I/a sampai IV/e' : 'I sampai XVII';
    throw new RowProblem('golongan', golonganRaw, `bukan golongan ${jenisPegawai} yang valid (${scale})`);
  }
  return {
    nip,
    nama,
    jenisPegawai,
    jenisKelamin: givenKelamin ?? fromNip.jenisKelamin,
    tanggalLahir: givenLahir ?? fromNip.tanggalLahir,
    golongan,
    tmtGolongan: optionalDate(r, 'tmt_golongan'),
    kodeJabatan: requiredText(r, 'kode_jabatan'),
    tmtJabatan: requiredDate(r, 'tmt_jabatan'),
    pendidikan: requiredEnum(r, 'pendidikan', PENDIDIKAN, parsePendidikan),
    jurusan: optionalText(r, 'jurusan'),
    tmtCpns: givenCpns ?? fromNip.tmtCpns,
  };
}
