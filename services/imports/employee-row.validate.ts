/** Field rules of one `employees` row, without references: NIP, NIP-derived defaults, golongan, dates, pendidikan. */
import { JENIS_KELAMIN, JENIS_PEGAWAI, type JenisKelamin, type JenisPegawai } from '../../analytics/domain/enums.js';
import { PENDIDIKAN, type Pendidikan } from '../../analytics/domain/pendidikan.js';
import { decodeNip, type NipFacts } from './nip.rules.js';
import { parseGolongan } from './normalise/golongan.normalise.js';
import { parsePendidikan } from './normalise/pendidikan.normalise.js';
import { parseJenisKelamin, parseJenisPegawai } from './normalise/pegawai.normalise.js';
import { isCodeHeader } from './normalise/spelling.js';
import type { RowCheck } from './row-check.js';
import {
  optionalDate,
  optionalEnum,
  optionalText,
  requiredDate,
  requiredEnum,
  requiredNip,
  requiredText,
  RowProblem,
  type RowReader,
} from './row-fields.js';

export interface EmployeeFields {
  nip: string;
  nama: string;
  jenisPegawai: JenisPegawai;
  jenisKelamin: JenisKelamin | null;
  tanggalLahir: string;
  golongan: string;
  tmtGolongan: string | null;
  /** As written: a kode jabatan or a position name (resolved by the importer). */
  jabatan: string;
  /** Optional unit (kode or name) narrowing a position given by name. */
  unitKerja: string | null;
  tmtJabatan: string;
  pendidikan: Pendidikan;
  jurusan: string | null;
  tmtCpns: string | null;
}

function contradiction(r: RowReader, column: string, nip: string, encoded: string): RowProblem {
  return new RowProblem(column, r.get(column), `bertentangan dengan NIP "${nip}" yang menyatakan ${encoded}`);
}

function golonganOf(r: RowReader, jenisPegawai: JenisPegawai): string {
  const raw = requiredText(r, 'golongan', 'name');
  const golongan = parseGolongan(raw, jenisPegawai, { code: isCodeHeader(r.header('golongan')) });
  if (golongan === null) {
    const scale = jenisPegawai === 'PNS' ? 'I/a sampai IV/e, mis. III/c atau Penata (III/c)' : 'I sampai XVII';
    throw new RowProblem('golongan', raw, `bukan golongan ${jenisPegawai} yang valid (${scale})`);
  }
  return golongan;
}

/**
 * Parses one employee row into `check`, every rule running. Values the NIP encodes default from it; a value given
 * that disagrees with the NIP is a problem naming both values.
 * @returns the fields when every rule passed; otherwise `undefined` (the problems are in `check`)
 */
export function validateEmployeeRow(r: RowReader, check: RowCheck): EmployeeFields | undefined {
  const nip = check.field(() => requiredNip(r));
  const nama = check.field(() => requiredText(r, 'nama', 'name'));
  const jenisPegawai = check.field(() => requiredEnum(r, 'jenis_pegawai', JENIS_PEGAWAI, parseJenisPegawai));
  const fromNip: NipFacts | undefined =
    nip !== undefined && jenisPegawai !== undefined ? check.field(() => decodeNip(nip, jenisPegawai)) : undefined;

  const givenKelamin = check.field(() => optionalEnum(r, 'jenis_kelamin', JENIS_KELAMIN, parseJenisKelamin));
  if (givenKelamin && fromNip?.jenisKelamin && givenKelamin !== fromNip.jenisKelamin) {
    check.fail(contradiction(r, 'jenis_kelamin', nip!, `jenis kelamin ${fromNip.jenisKelamin}`));
  }
  const givenLahir = check.field(() => optionalDate(r, 'tanggal_lahir'));
  if (givenLahir && fromNip && givenLahir !== fromNip.tanggalLahir) {
    check.fail(contradiction(r, 'tanggal_lahir', nip!, `tanggal lahir ${fromNip.tanggalLahir}`));
  }
  const givenCpns = check.field(() => optionalDate(r, 'tmt_cpns'));
  // The NIP encodes only the month of TMT CPNS, so any day of that month agrees.
  if (givenCpns && fromNip?.tmtCpns && givenCpns.slice(0, 7) !== fromNip.tmtCpns.slice(0, 7)) {
    check.fail(contradiction(r, 'tmt_cpns', nip!, `TMT CPNS ${fromNip.tmtCpns.slice(0, 7)}`));
  }
  const golongan = jenisPegawai === undefined ? undefined : check.field(() => golonganOf(r, jenisPegawai));
  const values = {
    tmtGolongan: check.field(() => optionalDate(r, 'tmt_golongan')),
    jabatan: check.field(() => requiredText(r, 'kode_jabatan', 'name')),
    unitKerja: check.field(() => optionalText(r, 'unit_kerja', 'name')),
    tmtJabatan: check.field(() => requiredDate(r, 'tmt_jabatan')),
    pendidikan: check.field(() =>
      requiredEnum(r, 'pendidikan', PENDIDIKAN, (raw, o) => parsePendidikan(raw, o)),
    ),
    jurusan: check.field(() => optionalText(r, 'jurusan', 'name')),
  };
  if (check.failed || nip === undefined || nama === undefined || jenisPegawai === undefined || !fromNip || !golongan) {
    return undefined;
  }
  return {
    nip,
    nama,
    jenisPegawai,
    jenisKelamin: givenKelamin ?? fromNip.jenisKelamin,
    tanggalLahir: givenLahir ?? fromNip.tanggalLahir,
    golongan,
    tmtGolongan: values.tmtGolongan ?? null,
    jabatan: values.jabatan!,
    unitKerja: values.unitKerja ?? null,
    tmtJabatan: values.tmtJabatan!,
    pendidikan: values.pendidikan!,
    jurusan: values.jurusan ?? null,
    tmtCpns: givenCpns ?? fromNip.tmtCpns,
  };
}
