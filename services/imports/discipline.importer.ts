/** `discipline`: hukuman disiplin (PP 94/2021, PP 53/2010 spellings too) per (nip, tmt_mulai, tingkat). */
import { TINGKAT_DISIPLIN } from '../../analytics/domain/enums.js';
import { createEmployeeFactsImportRepository } from '../../db/repositories/imports/employee-facts-import.repository.js';
import { ChunkedWrites } from './chunked-writes.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { parseTingkatDisiplin } from './normalise/riwayat.normalise.js';
import { RowCheck } from './row-check.js';
import { optionalDate, optionalText, requiredDate, requiredEnum, RowProblem } from './row-fields.js';

export const importDiscipline: KindImporter = async ({ db, instansiId }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const keys = new NaturalKeys();
  const writes = new ChunkedWrites(createEmployeeFactsImportRepository({ db }).disciplineWriter());
  return {
    accept(r) {
      const check = new RowCheck();
      const employee = check.field(() => requiredEmployee(r, ids));
      const tingkat = check.field(() => requiredEnum(r, 'tingkat', TINGKAT_DISIPLIN, parseTingkatDisiplin));
      const jenis = check.field(() => optionalText(r, 'jenis', 'text'));
      const tmtMulai = check.field(() => requiredDate(r, 'tmt_mulai'));
      const tmtSelesai = check.field(() => optionalDate(r, 'tmt_selesai'));
      if (tmtSelesai && tmtMulai && tmtSelesai < tmtMulai) {
        check.fail(new RowProblem('tmt_selesai', r.get('tmt_selesai'), `tidak boleh sebelum tmt_mulai ${tmtMulai}`));
      }
      const key = employee && tmtMulai && tingkat ? `${employee.nip}|${tmtMulai}|${tingkat}` : undefined;
      if (key !== undefined) check.field(() => keys.assertNew(key, 'tmt_mulai', r.get('tmt_mulai')));
      const d = check.done({ employee, tingkat, jenis, tmtMulai, tmtSelesai });
      keys.record(key!, r.row);
      const batch = writes.rows;
      batch.employeeId.push(d.employee.employeeId);
      batch.tingkat.push(d.tingkat);
      batch.jenis.push(d.jenis);
      batch.tmtMulai.push(d.tmtMulai);
      batch.tmtSelesai.push(d.tmtSelesai);
    },
    ...writes.steps(),
  };
};
