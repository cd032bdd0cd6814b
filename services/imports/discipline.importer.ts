/** `discipline`: hukuman disiplin (PP 94/2021) per (nip, tmt_mulai, tingkat). */
import { TINGKAT_DISIPLIN } from '../../analytics/domain/enums.js';
import {
  createEmployeeFactsImportRepository,
  type DisciplineBatch,
} from '../../db/repositories/imports/employee-facts-import.repository.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { optionalDate, optionalText, requiredDate, requiredEnum, RowProblem } from './row-fields.js';

export const importDiscipline: KindImporter = async ({ db, instansiId }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const keys = new NaturalKeys();
  const batch: DisciplineBatch = { employeeId: [], tingkat: [], jenis: [], tmtMulai: [], tmtSelesai: [] };
  return {
    accept(r) {
      const { nip, employeeId } = requiredEmployee(r, ids);
      const tingkat = requiredEnum(r, 'tingkat', TINGKAT_DISIPLIN);
      const jenis = optionalText(r, 'jenis');
      const tmtMulai = requiredDate(r, 'tmt_mulai');
      const tmtSelesai = optionalDate(r, 'tmt_selesai');
      if (tmtSelesai !== null && tmtSelesai < tmtMulai) {
        throw new RowProblem('tmt_selesai', r.get('tmt_selesai'), `tidak boleh sebelum tmt_mulai ${tmtMulai}`);
      }
      keys.claim(`${nip}|${tmtMulai}|${tingkat}`, r.row, 'tmt_mulai', r.get('tmt_mulai'));
      batch.employeeId.push(employeeId);
      batch.tingkat.push(tingkat);
      batch.jenis.push(jenis);
      batch.tmtMulai.push(tmtMulai);
      batch.tmtSelesai.push(tmtSelesai);
    },
    flush: () => createEmployeeFactsImportRepository({ db }).upsertDiscipline(batch),
  };
};
