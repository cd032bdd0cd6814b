/**
 * A long pack breaks tables across pages with the header row repeated on each, and numbers every page. Every name is
 * drawn as written, in the embedded font.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ReviewPack } from '../../services/exports/review-pack.js';
import { reviewPackPdf } from '../../services/exports/review-pack.pdf.js';
import { gridLayout } from '../../analytics/nine-box/index.js';
import { DEFAULT_POLICY } from '../../analytics/policy/index.js';

const review = { id: '00000000-0000-4000-8000-000000000001', asOf: '2026-06-30' };
const noAbk = {
  positions: 0, kebutuhanHitung: 0, kebutuhan: 0, existingPns: 0, existingPppk: 0, existing: 0, kurang: 0, lebih: 0,
  positionsKurang: 0, positionsLebih: 0, jabatanKosong: 0, eu: null, euBand: null,
};

function longPack(people: number): ReviewPack {
  return {
    instansi: { kode: 'kab-panjang', nama: 'Pemerintah Kabupaten Panjang' },
    review: { ...review, status: 'Ditetapkan' },
    printedAt: new Date('2026-07-01T03:00:00Z'),
    grid: {
      review,
      unit: null,
      boxes: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((box) => ({ box, label: `Label kotak ${box}`, count: box * 10, rekomendasi: ['Dipertahankan'] })),
      belumTerpetakan: 7,
      total: 457,
      grid: gridLayout(DEFAULT_POLICY),
      talentPool: { boxes: [7, 8, 9], count: 240 },
    },
    opdGrids: [],
    placements: Array.from({ length: people }, (_, i) => ({
      nip: `19800101200501${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`,
      nama: `Pegawai Ke-${i + 1}`,
      unit: { kode: 'U', nama: 'Dinas Uji' },
      jabatan: { kode: 'J', nama: 'Analis', jenisJabatan: 'PELAKSANA' },
      kinerja: { score: 80.25, level: 'SESUAI' },
      potensial: { score: 70, level: 'MENENGAH' },
      box: 5,
      calibratedBox: null,
      effectiveBox: 5,
      nilaiTalenta: 75.5,
    })),
    slates: [],
    risks: { review, unit: null, positions: [], metrics: { criticalPositions: 0, pctWithReadyNow: 0, meanEligible: 0, overloadedSuccessors: 0 } },
    calibrations: [],
    abk: {
      units: { review, tahun: null, unit: null, units: [], total: noAbk },
      positions: { review, tahun: null, unit: null, positions: [], total: noAbk },
    },
  };
}

it('repeats the table header on every page of a long table and numbers the pages "Halaman i dari n"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'talenta-pack-pdf-'));
  try {
    const path = join(dir, 'panjang.pdf');
    writeFileSync(path, await reviewPackPdf(longPack(120)));
    const pages = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const placementPages = pages.filter((p) => p.includes('Pegawai Ke-'));
    expect(placementPages.length).toBeGreaterThanOrEqual(2);
    for (const page of placementPages) expect(page).toMatch(/NIP\s+Nama\s+Unit\s+Jabatan/);
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    expect(pages[0]).toContain('Status: Ditetapkan');
    expect(pages[0]).toContain('90 pegawai (20,0 %)');
    // Scores with a decimal comma, as Indonesian writes them.
    expect(placementPages[0]).toContain('(80,25)');
    expect(placementPages[0]).toMatch(/\b75,5\b/);
    // A review without ABK data says so in one line instead of failing.
    expect(pages.at(-1)).toContain('Neraca Pegawai (ABK)');
    expect(pages.at(-1)).toContain('Tinjauan ini tidak memuat data ABK');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('draws every name exactly as written, in the embedded DejaVu Sans', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'talenta-pack-pdf-'));
  try {
    const pack = longPack(5);
    // The fourth is stored decomposed (e + combining marks), as some imports deliver it.
    const names = ['Nguyễn Thị Ánh', 'Łukasz Wróbel', 'Ayşe Şahin', 'Дмитрий Соколов', 'Nguyễn Văn Bình'.normalize('NFD')];
    names.forEach((nama, i) => (pack.placements[i]!.nama = nama));
    pack.grid.boxes[8]!.label = 'Nilai ≥ 90 · Ελένη';
    const path = join(dir, 'nama.pdf');
    writeFileSync(path, await reviewPackPdf(pack));
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    for (const nama of names) expect(text).toContain(nama.normalize('NFC'));
    expect(text).toContain('Nilai ≥ 90 · Ελένη');
    const fonts = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    // name, type, encoding, emb, sub, uni: every font is a DejaVu subset, embedded; no standard font is left.
    expect(fonts.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('draws a character the font lacks as the replacement mark, never as an empty box', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'talenta-pack-pdf-'));
  try {
    const pack = longPack(1);
    pack.placements[0]!.nama = 'Wang 王 Li';
    const path = join(dir, 'pengganti.pdf');
    writeFileSync(path, await reviewPackPdf(pack));
    expect(spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout).toContain('Wang \uFFFD Li');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
