/**
 * The committee pack as a PDF for paper (pdfkit): A4 landscape, a title block on every section, tables whose header
 * repeats on every page, the nine-box drawn as the regulation draws it, the Neraca Pegawai last, and "Halaman i dari n"
 * on every page. All text is drawn in the embedded DejaVu Sans (pdf-fonts.ts), so names keep their spelling.
 */
import { loadPdfKit } from './load-renderers.js';
import {
  decimalText, gateLabel, jenisLabel, kesesuaianLabel, kinerjaLabel, percentText, potensialLabel,
  printedAtText, readinessLabel, riskLabels,
} from './pack-labels.js';
import { SANS, SANS_BOLD, usePackFonts, type PdfText } from './pdf-fonts.js';
import { MARGIN, section, table, type Doc } from './pdf-layout.js';
import type { ReviewPack } from './review-pack.js';
import { neracaSection } from './review-pack.neraca.pdf.js';
import type { NineBox } from '../talent/schemas.js';

function grid(doc: Doc, text: PdfText, data: NineBox): void {
  const placed = data.boxes.reduce((sum, b) => sum + b.count, 0);
  const cell = { w: 190, h: 78 };
  const left = MARGIN + 110;
  const top = doc.y + 14;
  doc.font(SANS_BOLD).fontSize(9);
  const pool = new Set(data.talentPool.boxes);
  data.grid.columns.forEach((c, j) => doc.text(text(`Potensial ${c.label}`), left + j * cell.w, top - 12, { width: cell.w, align: 'center' }));
  data.grid.rows.forEach((row, i) => {
    const y = top + i * cell.h;
    doc.font(SANS_BOLD).fontSize(9).text(text(`Kinerja ${row.label}`), MARGIN, y + cell.h / 2 - 10, { width: 104 });
    row.boxes.forEach((n, j) => {
      const x = left + j * cell.w;
      const b = data.boxes.find((box) => box.box === n);
      doc.rect(x, y, cell.w, cell.h).fillAndStroke(pool.has(n) ? '#dff0d8' : '#ffffff', '#555555').fillColor('black');
      doc.font(SANS_BOLD).fontSize(11).text(`Kotak ${n}`, x + 6, y + 5);
      doc.font(SANS).fontSize(7.5).text(text(b?.label ?? ''), x + 6, y + 21, { width: cell.w - 12, height: 30 });
      doc.font(SANS_BOLD).fontSize(10)
        .text(text(`${b?.count ?? 0} pegawai (${percentText(b?.count ?? 0, placed)})`), x + 6, y + cell.h - 17, { width: cell.w - 12 });
    });
  });
  doc.y = top + data.grid.rows.length * cell.h + 12;
  doc.x = MARGIN;
  doc.font(SANS_BOLD).fontSize(9).text('Jumlah');
  doc.font(SANS).text(`Terpetakan (kotak 1–9): ${placed} · Belum terpetakan: ${data.belumTerpetakan} · Seluruh pegawai: ${placed + data.belumTerpetakan}`);
  doc.moveDown();
}

export async function reviewPackPdf(pack: ReviewPack): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `Paket Komite Talenta ${pack.instansi.nama} ${pack.review.asOf}`, Author: 'Talenta' },
    lang: 'id-ID',
  });
  const text = usePackFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));

  section(doc, text, pack, 'Kotak talenta (PermenPANRB 3/2020)', true);
  grid(doc, text, pack.grid);
  for (const opd of pack.opdGrids) {
    section(doc, text, pack, `Kotak talenta — ${opd.unit.nama}`, false);
    grid(doc, text, opd.grid);
  }
  section(doc, text, pack, 'Suksesi jabatan kritikal', false);
  table(
    doc,
    text,
    [{ header: 'Jabatan', weight: 24 }, { header: 'Pemangku', weight: 14 }, { header: 'Kandidat / hampir memenuhi', weight: 22 },
      { header: 'Kesiapan', weight: 11 }, { header: 'Jenis · kesesuaian', weight: 14 }, { header: 'Nilai · kotak', weight: 8 }, { header: 'Keterangan', weight: 22 }],
    pack.slates.flatMap((s) => {
      const position = `${s.position.nama} (${s.position.kode})`;
      const holder = s.position.pemangku?.nama ?? 'Kosong';
      const candidates = s.slate.map((c) => [position, holder, `${c.rank}. ${c.nama} (${c.nip})`, readinessLabel(c.readiness),
        `${jenisLabel(c.jenis)} · ${kesesuaianLabel(c.kesesuaian)}`, `${decimalText(c.nilaiTalenta)} · ${c.box}`, 'Kandidat']);
      const near = s.nearMisses.map((m) => [position, holder, `${m.nama} (${m.nip})`, '', '', `– · ${m.box}`,
        `Hampir memenuhi — ${gateLabel(m.gate)}: ${m.reason}`]);
      const none = s.slate.length === 0 ? [[position, holder, '', '', '', '', 'Tidak ada kandidat memenuhi syarat']] : [];
      return [...none, ...candidates, ...near];
    }),
  );
  section(doc, text, pack, 'Risiko suksesi', false);
  table(
    doc,
    text,
    [{ header: 'Jabatan', weight: 30 }, { header: 'Risiko', weight: 40 }, { header: 'Siap sekarang', weight: 10 }, { header: 'Memenuhi syarat', weight: 10 }],
    pack.risks.positions.map((p) => [`${p.nama} (${p.kode})`, riskLabels(p.risks), p.readyNow, p.eligible]),
  );
  const m = pack.risks.metrics;
  doc.font(SANS_BOLD).fontSize(9).text('Ringkasan seluruh instansi');
  doc.font(SANS).text(text(`Jabatan kritikal: ${m.criticalPositions} · Dengan kandidat siap sekarang: ${m.pctWithReadyNow.toFixed(1).replace('.', ',')} % · ` +
    `Rata-rata kandidat memenuhi syarat: ${decimalText(m.meanEligible)} · Pegawai pada 3 slate atau lebih: ${m.overloadedSuccessors}`));
  section(doc, text, pack, 'Log kalibrasi', false);
  table(
    doc,
    text,
    [{ header: 'Waktu', weight: 14 }, { header: 'Pegawai', weight: 26 }, { header: 'Dari', weight: 6 }, { header: 'Ke', weight: 6 }, { header: 'Alasan', weight: 36 }, { header: 'Oleh', weight: 14 }],
    pack.calibrations.length === 0
      ? [['Tidak ada kalibrasi', '', '', '', '', '']]
      : pack.calibrations.map((c) => [printedAtText(c.at), `${c.nama} (${c.nip})`, c.fromBox, c.toBox, c.alasan, c.actor]),
  );
  section(doc, text, pack, 'Penempatan pegawai', false);
  table(
    doc,
    text,
    [{ header: 'NIP', weight: 14 }, { header: 'Nama', weight: 18 }, { header: 'Unit', weight: 18 }, { header: 'Jabatan', weight: 20 },
      { header: 'Kinerja', weight: 14 }, { header: 'Potensial', weight: 11 }, { header: 'Kotak', weight: 6 }, { header: 'Nilai', weight: 6 }],
    pack.placements.map((p) => [p.nip, p.nama, p.unit.nama, p.jabatan.nama, `${kinerjaLabel(p.kinerja.level)} (${decimalText(p.kinerja.score)})`,
      `${potensialLabel(p.potensial.level)} (${decimalText(p.potensial.score)})`, p.effectiveBox ?? '–', decimalText(p.nilaiTalenta)]),
  );

  neracaSection(doc, text, pack);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would open a new page for it.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    doc.font(SANS).fontSize(8).fillColor('#555555');
    doc.text(text(`Talenta · ${pack.instansi.nama} · tinjauan ${pack.review.asOf}`), MARGIN, y, { lineBreak: false });
    doc.text(`Halaman ${i + 1 - range.start} dari ${range.count}`, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
