import { describe, expect, test } from 'vitest';
import { presentHelp } from '../../bots/shared/presenters/help.presenter.js';
import { reviewLabel } from '../../bots/shared/presenters/labels.presenter.js';
import { presentNineBoxGrid, presentNineBoxText } from '../../bots/shared/presenters/nine-box.presenter.js';
import { presentProfile } from '../../bots/shared/presenters/profile.presenter.js';
import { presentUnlinked } from '../../bots/shared/presenters/refusal.presenter.js';
import { presentReviewSummary } from '../../bots/shared/presenters/review-summary.presenter.js';
import { presentRisks } from '../../bots/shared/presenters/risks.presenter.js';
import { presentSchedule } from '../../bots/shared/presenters/schedule.presenter.js';
import { presentSlate } from '../../bots/shared/presenters/slate.presenter.js';
import { REVIEW, sampleNineBox, sampleOutlook, sampleRisks, sampleSlate, sampleTalent } from './fixtures/views.fixture.js';

describe('presenters', () => {
  test('every answer names its review with a short id and asOf', () => {
    expect(reviewLabel(REVIEW)).toBe('Tinjauan 1a2b3c4d per 2026-10-01');
  });

  test('a slate shows readiness badges, jenis, kesesuaian, near misses and risk flags', () => {
    const text = presentSlate(sampleSlate());
    expect(text).toContain('Kandidat pengganti Kepala Dinas Pendidikan (KADIS-DIK)');
    expect(text).toContain('1. 🟢 Siap sekarang — Rina Wulandari (1979****0001)');
    expect(text).toContain('2. 🟡 Siap 1–2 tahun — Agus Prasetyo');
    expect(text).toContain('PROMOSI · satu OPD · nilai talenta 93,50 · kotak 9');
    expect(text).toContain('ROTASI · satu rumpun');
    expect(text).toContain('Dewi Lestari (1985****0003), kotak 8: terhalang golongan — golongan III/d < IV/b');
    expect(text).toContain('⚠️ bangku tipis');
    expect(text).toContain('⚠️ jabatan kosong');
    expect(text.endsWith('Tinjauan 1a2b3c4d per 2026-10-01')).toBe(true);
  });

  test('the nine-box grid puts 4 7 9 on top, 2 5 8 in the middle and 1 3 6 at the bottom with counts', () => {
    const rows = presentNineBoxGrid(sampleNineBox()).split('\n');
    expect(rows[1]).toMatch(/Di atas.*\[4\]\s+0.*\[7\]\s+4.*\[9\]\s+2/);
    expect(rows[2]).toMatch(/Sesuai.*\[2\]\s+3.*\[5\]\s+12.*\[8\]\s+5/);
    expect(rows[3]).toMatch(/Di bawah.*\[1\]\s+1.*\[3\]\s+2.*\[6\]\s+1/);
    const text = presentNineBoxText(sampleNineBox());
    expect(text).toContain('Dinas Pendidikan (DISDIK)');
    expect(text).toContain('kelompok rencana suksesi (kotak 7–9): 11');
    const narrowPool = presentNineBoxText({ ...sampleNineBox(), talentPool: { boxes: [8, 9], count: 7 } });
    expect(narrowPool).toContain('kelompok rencana suksesi (kotak 8, 9): 7');
    expect(text).toContain('belum terpetakan: 6');
    expect(text).toContain('Tinjauan 1a2b3c4d per 2026-10-01');
  });

  test('risks list only flagged positions, then the bench metrics', () => {
    const text = presentRisks(sampleRisks(), sampleOutlook(), null);
    expect(text).toContain('1 jabatan berisiko');
    expect(text).toContain('Kepala Dinas Pendidikan (KADIS-DIK) — siap sekarang 0, memenuhi syarat 2');
    expect(text).not.toContain('Sekretaris Daerah (SEKDA)');
    expect(text).toContain('Dengan ≥ 1 pengganti siap sekarang: 50,0%');
    expect(text).toContain('Pegawai di ≥ 3 daftar kandidat: 1');
    expect(text).toContain('Proyeksi pensiun jabatan kritikal — 6 bln: 1 pemangku pensiun, 0 tanpa pengganti siap sekarang · 12 bln: 2 pemangku pensiun, 1 tanpa pengganti siap sekarang');
  });

  test('a profile shows the calibrated box and where it came from', () => {
    const text = presentProfile(sampleTalent());
    expect(text).toContain('Profil talenta Budi Santoso (1966****1001)');
    expect(text).toContain('Kepala Bidang SD — Dinas Pendidikan');
    expect(text).toContain('Kotak 8 (hasil kalibrasi; semula 7)');
    expect(text).toContain('Riwayat kotak: 2026-07-01: 5, 2026-10-01: 8');
    expect(text).toContain('Kandidat untuk: Kepala Dinas Pendidikan (#1, 🟡 Siap 1–2 tahun)');
  });

  test('schedule, help and the unlinked refusal', () => {
    expect(presentSchedule({ cron: '0 2 1 1,4,7,10 *', timezone: 'Asia/Jakarta', next: '2027-01-01T02:00:00+07:00' }, { kode: 'kab', nama: 'Kab. Contoh' }))
      .toContain('Setiap triwulan');
    expect(presentHelp()).toContain('kandidat <jabatan>');
    const unlinked = presentUnlinked('telegram', '777');
    expect(unlinked).toContain('ID: 777');
    expect(unlinked).toContain('talenta chat link --instansi <kode-instansi> --platform telegram --id 777');
    expect(unlinked).toContain('/chat-identities');
  });

  test('the review summary counts boxes, talent pool, risks and changes', () => {
    const text = presentReviewSummary({
      instansi: { kode: 'kab', nama: 'Kab. Contoh', slackChannel: '#talenta', telegramChatId: '-100' },
      review: { id: REVIEW.id, asOf: REVIEW.asOf, status: 'COMPLETED', error: null },
      counts: { employees: 40, placed: 34, belumTerpetakan: 6, perBox: { '9': 2, '7': 4, '8': 5 }, talentPool: 11, talentPoolBoxes: [7, 8, 9], positionsAtRisk: 3 },
      changes: { previousReviewId: 'ffffeeee-1', previousAsOf: '2026-07-01', movedUp: 4, movedDown: 2, talentPoolDelta: 2, positionsAtRiskDelta: -1 },
    });
    expect(text).toContain('Tinjauan 1a2b3c4d per 2026-10-01 — Kab. Contoh selesai');
    expect(text).toContain('K9: 2 · K8: 5 · K7: 4');
    expect(text).toContain('Kelompok rencana suksesi (kotak 7–9): 11');
    expect(text).toContain('Jabatan kritikal berisiko: 3');
    expect(text).toContain('kelompok suksesi +2, jabatan berisiko -1');
    const failed = presentReviewSummary({
      instansi: { kode: 'kab', nama: 'Kab. Contoh', slackChannel: null, telegramChatId: null },
      review: { id: REVIEW.id, asOf: REVIEW.asOf, status: 'FAILED', error: 'data kosong' },
    });
    expect(failed).toContain('gagal');
  });
});
