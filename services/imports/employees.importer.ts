/**
 * `employees`: the position must be stored, and a structural position (not PELAKSANA/FUNGSIONAL) holds one
 * incumbent. The second employee on an occupied structural position is rejected; moving the incumbent is fine.
 */
import { STRUCTURAL_JABATAN, type JenisJabatan } from '../../analytics/domain/enums.js';
import {
  createEmployeesImportRepository,
  type EmployeeBatch,
} from '../../db/repositories/imports/employees-import.repository.js';
import { createPositionsImportRepository } from '../../db/repositories/imports/positions-import.repository.js';
import { validateEmployeeRow } from './employee-row.validate.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { RowProblem } from './row-fields.js';

/**
 * Who sits on each structural position: stored incumbents, then the file's accepted rows on top, in row order. A
 * move away from a structural post frees it for the rows after it.
 */
class Incumbents {
  private readonly byPosition = new Map<number, { nip: string; row: number | null }>();
  private readonly byNip = new Map<string, number>();

  /** Records where `nip` sits now; `positionId` null = a non-structural post. */
  assign(nip: string, positionId: number | null, row: number | null): void {
    const previous = this.byNip.get(nip);
    if (previous !== undefined && this.byPosition.get(previous)?.nip === nip) this.byPosition.delete(previous);
    this.byNip.delete(nip);
    if (positionId === null) return;
    this.byPosition.set(positionId, { nip, row });
    this.byNip.set(nip, positionId);
  }

  /** @returns the other employee occupying the position (`row` null = stored), if any */
  occupantOtherThan(positionId: number, nip: string): { nip: string; row: number | null } | null {
    const occupant = this.byPosition.get(positionId);
    return occupant && occupant.nip !== nip ? occupant : null;
  }
}

export const importEmployees: KindImporter = async ({ db, instansiId }) => {
  const repo = createEmployeesImportRepository({ db });
  const positions = new Map(
    (await createPositionsImportRepository({ db }).listPositions(instansiId)).map((p) => [
      p.kode,
      { id: p.id, structural: STRUCTURAL_JABATAN.has(p.jenisJabatan as JenisJabatan) },
    ]),
  );
  const structuralIds = new Set([...positions.values()].filter((p) => p.structural).map((p) => p.id));
  const incumbents = new Incumbents();
  const stored = await repo.loadEmployeeKeys(instansiId);
  stored.nip.forEach((nip, i) => {
    const positionId = stored.positionId[i]!;
    if (structuralIds.has(positionId)) incumbents.assign(nip, positionId, null);
  });

  const keys = new NaturalKeys();
  const batch: EmployeeBatch = {
    nip: [], nama: [], jenisPegawai: [], jenisKelamin: [], tanggalLahir: [], golongan: [], tmtGolongan: [],
    positionId: [], tmtJabatan: [], pendidikan: [], jurusan: [], tmtCpns: [],
  };

  return {
    accept(r) {
      const e = validateEmployeeRow(r);
      const position = positions.get(e.kodeJabatan);
      if (!position) throw new RowProblem('kode_jabatan', e.kodeJabatan, 'tidak dikenal: jabatan belum diimpor');
      if (position.structural) {
        const occupant = incumbents.occupantOtherThan(position.id, e.nip);
        if (occupant) {
          const where = occupant.row === null ? 'data tersimpan' : `baris ${occupant.row}`;
          throw new RowProblem(
            'kode_jabatan',
            e.kodeJabatan,
            `jabatan struktural ini sudah diduduki pegawai lain (NIP ${occupant.nip}, ${where})`,
          );
        }
      }
      keys.claim(e.nip, r.row, 'nip', e.nip);
      incumbents.assign(e.nip, position.structural ? position.id : null, r.row);
      batch.nip.push(e.nip);
      batch.nama.push(e.nama);
      batch.jenisPegawai.push(e.jenisPegawai);
      batch.jenisKelamin.push(e.jenisKelamin);
      batch.tanggalLahir.push(e.tanggalLahir);
      batch.golongan.push(e.golongan);
      batch.tmtGolongan.push(e.tmtGolongan);
      batch.positionId.push(position.id);
      batch.tmtJabatan.push(e.tmtJabatan);
      batch.pendidikan.push(e.pendidikan);
      batch.jurusan.push(e.jurusan);
      batch.tmtCpns.push(e.tmtCpns);
    },
    flush: () => repo.upsertEmployees(instansiId, batch),
  };
};
