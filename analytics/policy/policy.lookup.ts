/**
 * Small policy look-ups shared by the engines, so the precedence rules live in one place.
 */
import type { Box, JenisJabatan, JenjangJf } from '../domain/enums.js';
import type { Policy } from './policy.schema.js';

/**
 * Batas usia pensiun for an employee's current jabatan: the JF jenjang wins (Ahli Utama 65, Ahli Madya 60), then the
 * jenis jabatan (JPT 60), then the default (58).
 */
export function retirementAgeFor({
  policy,
  jenisJabatan,
  jenjangJf,
}: {
  policy: Policy;
  jenisJabatan: JenisJabatan;
  jenjangJf: JenjangJf | null;
}): number {
  const { bup } = policy.succession;
  const byJenjang = jenisJabatan === 'FUNGSIONAL' && jenjangJf !== null ? bup.byJenjangJf[jenjangJf] : undefined;
  return byJenjang ?? bup.byJenisJabatan[jenisJabatan] ?? bup.default;
}

/** The talent pool (Kelompok Rencana Suksesi) boxes of `policy`, in box order. */
export function talentPoolBoxes(policy: Policy): Box[] {
  return [...policy.nineBox.talentPoolBoxes].sort((a, b) => a - b);
}
