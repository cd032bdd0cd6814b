/**
 * The "Neraca Pegawai" section of the committee pack PDF: the staffing balance (ABK) the review stored, for the units
 * the caller may read — the whole in one sentence, the balance per unit one level below, and the positions most
 * short. Counts only, no people; Form D in the XLSX has every position.
 */
import type { AbkPosition, AbkUnits } from '../abk/schemas.js';
import { SANS, type PdfText } from './pdf-fonts.js';
import { section, table, type Doc } from './pdf-layout.js';
import type { ReviewPack } from './review-pack.js';

/** How many of the positions most short the section lists. */
const MOST_SHORT = 10;

interface Balance {
  positions: number;
  kebutuhan: number;
  existing: number;
  kurang: number;
  lebih: number;
  jabatanKosong: number;
}

const KEYS = ['positions', 'kebutuhan', 'existing', 'kurang', 'lebih', 'jabatanKosong'] as const;

/** `Kurang 4 pegawai`, `Kurang 1, lebih 3 pegawai`, `Seimbang`: shortages and surpluses are never netted. */
function balanceWords(b: Pick<Balance, 'kurang' | 'lebih'>): string {
  const parts = [b.kurang > 0 ? `kurang ${b.kurang}` : '', b.lebih > 0 ? `lebih ${b.lebih}` : ''].filter((p) => p !== '');
  if (parts.length === 0) return 'Seimbang';
  const words = `${parts.join(', ')} pegawai`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function balanceCells(nama: string, b: Balance): Array<string | number> {
  return [nama, b.positions, b.kebutuhan, b.existing, b.kurang, b.lebih, b.jabatanKosong, balanceWords(b)];
}

/**
 * The units one level below the top of the read (the caller's unit, else the root), each summed over its subtree;
 * first the positions of the top unit itself (its sums less its children's), so the rows add up to the total.
 */
function unitRows(units: AbkUnits): Array<{ nama: string; balance: Balance }> {
  const tops = units.units.filter((u) => (units.unit === null ? u.kodeInduk === null : u.kode === units.unit.kode));
  return tops.flatMap((top) => {
    const children = units.units.filter((u) => u.kodeInduk === top.kode);
    const own = Object.fromEntries(KEYS.map((k) => [k, top[k] - children.reduce((sum, c) => sum + c[k], 0)])) as unknown as Balance;
    return [
      ...(own.positions > 0 ? [{ nama: `${top.nama} (tanpa unit di bawahnya)`, balance: own }] : []),
      ...children.map((c) => ({ nama: c.nama, balance: c })),
    ];
  });
}

/** Shortest first; at equal shortage a critical position, then by kode. */
function mostShort(positions: readonly AbkPosition[]): AbkPosition[] {
  return positions
    .filter((p) => p.kurang > 0)
    .sort((a, b) => b.kurang - a.kurang || Number(b.kritikal) - Number(a.kritikal) || a.kode.localeCompare(b.kode));
}

export function neracaSection(doc: Doc, text: PdfText, pack: ReviewPack): void {
  const { units, positions } = pack.abk;
  section(doc, text, pack, 'Neraca Pegawai (ABK)', false);
  doc.font(SANS).fontSize(9);
  if (units.tahun === null) {
    doc.text(text('Tinjauan ini tidak memuat data ABK, sehingga neraca pegawai tidak disajikan. Impor hasil ABK (kebutuhan) ' +
      'atau uraian tugas (abk_tugas), lalu jalankan tinjauan baru.'));
    return;
  }
  const t = units.total;
  doc.text(text(`${units.unit?.nama ?? 'Seluruh instansi'}, ABK tahun ${units.tahun}: kebutuhan ${t.kebutuhan} pegawai pada ` +
    `${t.positions} jabatan; pegawai ada ${t.existing} (PNS ${t.existingPns}, PPPK ${t.existingPppk}). Kurang ${t.kurang} pegawai ` +
    `pada ${t.positionsKurang} jabatan, lebih ${t.lebih} pegawai pada ${t.positionsLebih} jabatan; ${t.jabatanKosong} jabatan kosong. ` +
    'Kekurangan dan kelebihan dijumlah terpisah: kelebihan di satu jabatan tidak menutup kekurangan di jabatan lain.'));
  doc.moveDown();
  table(
    doc,
    text,
    [{ header: 'Unit (beserta unit di bawahnya)', weight: 30 }, { header: 'Jabatan', weight: 8 }, { header: 'Kebutuhan', weight: 9 },
      { header: 'Pegawai ada', weight: 9 }, { header: 'Kurang', weight: 8 }, { header: 'Lebih', weight: 8 },
      { header: 'Jabatan kosong', weight: 9 }, { header: 'Neraca', weight: 19 }],
    unitRows(units).map(({ nama, balance }) => balanceCells(nama, balance)),
    [balanceCells('Jumlah', t)],
  );
  const short = mostShort(positions.positions);
  if (short.length === 0) {
    doc.font(SANS).fontSize(9).text(text('Tidak ada jabatan yang kekurangan pegawai.'));
    return;
  }
  doc.font(SANS).fontSize(9)
    .text(text(`Jabatan dengan kekurangan terbesar (${Math.min(MOST_SHORT, short.length)} dari ${short.length} jabatan yang kurang):`));
  doc.moveDown(0.4);
  table(
    doc,
    text,
    [{ header: 'No', weight: 4 }, { header: 'Jabatan', weight: 30 }, { header: 'Unit', weight: 26 }, { header: 'Kebutuhan', weight: 9 },
      { header: 'Pegawai ada', weight: 9 }, { header: 'Kurang', weight: 7 }, { header: 'Keterangan', weight: 20 }],
    short.slice(0, MOST_SHORT).map((p, i) => [i + 1, `${p.nama} (${p.kode})`, p.unit.nama, p.kebutuhan, p.existing, p.kurang,
      [p.kosong ? 'jabatan kosong' : '', p.kritikal ? 'jabatan kritikal' : ''].filter((w) => w !== '').join('; ') || '–']),
  );
}
