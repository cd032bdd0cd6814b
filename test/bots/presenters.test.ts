import { describe, expect, test } from 'vitest';
import { replyText } from '../../bots/core/plain-text.js';
import { INTENTS } from '../../bots/intents/index.js';
import { presentHelp } from '../../bots/intents/help.intent.js';
import { presentNineBox, nineBoxGridText } from '../../bots/intents/nine-box.intent.js';
import { presentProfile } from '../../bots/intents/profile.intent.js';
import { presentRisks } from '../../bots/intents/risks.intent.js';
import { cronInWords, presentSchedule } from '../../bots/intents/schedule.intent.js';
import { presentSuccessors } from '../../bots/intents/successors.intent.js';
import { numberedNotFoundReply, unknownKodeReply } from '../../bots/intents/shared/replies.js';
import { presentReviewSummary } from '../../bots/shared/review-summary.js';
import { engineText } from '../../bots/shared/engine-text.js';
import { reviewLine } from '../../bots/shared/labels.js';
import { REVIEW, sampleNineBox, sampleOutlook, sampleRisks, sampleSlate, sampleTalent } from './fixtures/views.fixture.js';

/** Raw codes that must never reach a leader. */
const CODES = /\b(SIAP_SEKARANG|SIAP_1_2_TAHUN|DI_ATAS|DI_BAWAH|JPT_PRATAMA|TANPA_SIAP_SEKARANG|BANGKU_TIPIS|PEMANGKU_PENSIUN|KOSONG|PROMOSI|ROTASI|GOLONGAN|SESUAI|MENENGAH|TINGGI)\b/;

describe('presenters', () => {
  test('every answer names its review with a short id and its date, in the question\'s language', () => {
    expect(reviewLine(REVIEW, 'id')).toBe('Tinjauan talenta 1a2b3c4d per 1 Oktober 2026');
    expect(reviewLine(REVIEW, 'en')).toBe('Talent review 1a2b3c4d as of 1 October 2026');
  });

  test('a slate says readiness, route and fit in words, near misses with their gate, and the position risks', () => {
    const id = replyText(presentSuccessors(sampleSlate(), { readiness: null, route: null }, 'id'));
    expect(id).toContain('Kandidat pengganti Kepala Dinas Pendidikan');
    expect(id).toContain('1. Rina Wulandari (NIP 1979****0001) — siap sekarang, promosi, satu OPD; nilai talenta 93,50, kotak 9');
    expect(id).toContain('2. Agus Prasetyo (NIP 1978****0002) — siap 1–2 tahun, rotasi, satu rumpun');
    expect(id).toContain('Dewi Lestari (NIP 1985****0003), kotak 8 — terhalang golongan: golongan III/d di bawah syarat IV/b');
    expect(id).toContain('jabatan kosong');
    expect(id).toContain('Tinjauan talenta 1a2b3c4d per 1 Oktober 2026');
    expect(id).not.toMatch(CODES);
    const en = replyText(presentSuccessors(sampleSlate(), { readiness: null, route: null }, 'en'));
    expect(en).toContain('Successors for Kepala Dinas Pendidikan');
    expect(en).toContain('ready now, promotion, same office; talent score 93.50, box 9');
    expect(en).toContain('blocked by rank (golongan): rank III/d below the required IV/b');
    expect(en).toContain('thin bench (< 3 candidates)');
    expect(en).not.toMatch(CODES);
  });

  test('engine sentences read in words: the gates\' own labels in Indonesian, translated in English, old codes spelled out', () => {
    const jalur = 'Promosi dari Pelaksana ke Pengawas: masa kerja 3 tahun < 4 tahun';
    expect(engineText(jalur, 'id')).toBe('Promosi dari Pelaksana ke Pengawas: masa kerja 3 tahun di bawah syarat 4 tahun');
    expect(engineText(jalur, 'en')).toBe('Promotion from Pelaksana (staff) to Pengawas (supervisor): years of service 3 years below the required 4 years');
    expect(engineText('predikat 2024 Sangat baik, 2025 Butuh perbaikan < Baik', 'en')).toBe('rating 2024 Very good, 2025 Needs improvement below the required Good');
    expect(engineText('hukuman disiplin sedang TMT 2025-03-01, dalam 12 bulan sebelum 2026-01-15', 'en'))
      .toBe('disciplinary penalty moderate TMT 2025-03-01, within 12 months before 2026-01-15');
    expect(engineText('jabatan Fungsional Ahli Muda bukan jalur ke JPT Pratama', 'en'))
      .toBe('position Functional Ahli Muda (associate expert) is not a route to JPT Pratama (executive)');
    // A sentence stored by an older review still carries codes.
    expect(engineText('PROMOSI dari PELAKSANA ke PENGAWAS', 'id')).toBe('Promosi dari Pelaksana ke Pengawas');
    expect(engineText('predikat 2023 SANGAT_BAIK', 'en')).toBe('rating 2023 Very good');
  });

  test('a PIMPINAN is told how many candidates from outside its scope are left out, never who', () => {
    const data = { ...sampleSlate(), outsideScope: { slate: 2, nearMisses: 1 } };
    expect(replyText(presentSuccessors(data, { readiness: null, route: null }, 'id')))
      .toContain('2 kandidat di daftar teratas dan 1 yang hampir memenuhi syarat berasal dari luar cakupan Anda (tidak ditampilkan).');
    expect(replyText(presentSuccessors(data, { readiness: null, route: null }, 'en')))
      .toContain('2 shortlisted and 1 nearly eligible candidates come from outside your scope (not shown).');
  });

  test('a readiness filter keeps only the matching candidates and says so', () => {
    const text = replyText(presentSuccessors(sampleSlate(), { readiness: 'now', route: null }, 'id'));
    expect(text).toContain('Rina Wulandari');
    expect(text).not.toContain('Agus Prasetyo');
    expect(text).toContain('Hanya yang siap sekarang');
    const none = replyText(presentSuccessors(sampleSlate(), { readiness: 'now', route: 'rotasi' }, 'en'));
    expect(none).toContain('No shortlisted candidate is ready now, rotation.');
  });

  test('the nine-box grid puts 4 7 9 on top, 2 5 8 in the middle and 1 3 6 at the bottom with counts', () => {
    const rows = nineBoxGridText(sampleNineBox(), 'id').split('\n');
    expect(rows[1]).toMatch(/Di atas ekspektasi.*\[4\]\s+0.*\[7\]\s+4.*\[9\]\s+2/);
    expect(rows[2]).toMatch(/Sesuai ekspektasi.*\[2\]\s+3.*\[5\]\s+12.*\[8\]\s+5/);
    expect(rows[3]).toMatch(/Di bawah ekspektasi.*\[1\]\s+1.*\[3\]\s+2.*\[6\]\s+1/);
    expect(nineBoxGridText(sampleNineBox(), 'en')).toContain('Potential →');
    const text = replyText(presentNineBox(sampleNineBox(), 'id', null));
    expect(text).toContain('Dinas Pendidikan');
    expect(text).toContain('30 pegawai terpetakan · talent pool (kotak 7–9): 11 · belum terpetakan: 6');
  });

  test('risks: metrics, retirement outlook, positions most urgent first with their unit', () => {
    const priorities = {
      review: REVIEW,
      unit: null,
      positions: [
        { kode: 'KADIS-DIK', nama: 'Kepala Dinas Pendidikan', unit: { kode: 'DISDIK', nama: 'Dinas Pendidikan' }, jenisJabatan: 'JPT_PRATAMA',
          risks: ['KOSONG', 'TANPA_SIAP_SEKARANG'], readyNow: 0, eligible: 2, incumbentRetirementDate: null },
        { kode: 'SEKDA', nama: 'Sekretaris Daerah', unit: { kode: 'SETDA', nama: 'Sekretariat Daerah' }, jenisJabatan: 'JPT_PRATAMA',
          risks: ['PEMANGKU_PENSIUN'], readyNow: 1, eligible: 4, incumbentRetirementDate: '2027-03-01' },
      ],
    };
    const text = replyText(presentRisks({ priorities, risks: sampleRisks(), outlook: sampleOutlook() }, 'id'));
    expect(text).toContain('Punya ≥ 1 pengganti siap sekarang: 50,0%');
    expect(text).toContain('12 bulan: 2 pemangku pensiun, 1 tanpa pengganti siap');
    expect(text.indexOf('Kepala Dinas Pendidikan')).toBeLessThan(text.indexOf('Sekretaris Daerah'));
    expect(text).toContain('pemangku pensiun 1 Maret 2027');
    expect(text).not.toMatch(CODES);
    expect(replyText(presentRisks({ priorities, risks: sampleRisks(), outlook: sampleOutlook() }, 'en'))).toContain('incumbent retires 1 March 2027');
  });

  test('a profile shows the calibrated box, its label in words, history and slates', () => {
    const text = replyText(presentProfile(sampleTalent(), 'id'));
    expect(text).toContain('Profil talenta Budi Santoso');
    expect(text).toContain('Kepala Bidang SD — Dinas Pendidikan · NIP 1966****1001');
    expect(text).toContain('Kotak 8: Kinerja sesuai ekspektasi dan potensial tinggi (hasil kalibrasi komite; semula kotak 7)');
    expect(text).toContain('Riwayat kotak: 1 Juli 2026: 5 → 1 Oktober 2026: 8');
    expect(text).toContain('Kepala Dinas Pendidikan — peringkat 1, siap 1–2 tahun');
    expect(text).toContain('Pensiun 1 Juni 2031 (batas usia pensiun 58 tahun)');
    const en = replyText(presentProfile(sampleTalent(), 'en'));
    expect(en).toContain('Box 8: Performance meets expectations, potential high');
    expect(en).toContain('Retires 1 June 2031 (retirement age 58)');
    expect(en).not.toMatch(CODES);
  });

  test('asked when someone retires, a profile answers that first; an unknown birth date or a past pension is said so', () => {
    const asked = presentProfile(sampleTalent(), 'id', { focus: 'retirement' });
    expect(asked.blocks[2]).toEqual({ kind: 'text', text: 'Pensiun 1 Juni 2031 (batas usia pensiun 58 tahun).' });
    expect(replyText(asked).match(/Pensiun 1 Juni 2031/g)).toHaveLength(1);
    expect(replyText(presentProfile({ ...sampleTalent(), retirement: null }, 'en'))).toContain('Retirement date unknown: no birth date in the data');
    const past = { ...sampleTalent(), retirement: { date: '2026-09-01', bup: 58 } };
    expect(replyText(presentProfile(past, 'id'))).toContain('Sudah mencapai batas usia pensiun (58 tahun): pensiun sejak 1 September 2026');
  });

  test('a profile says what it would take to move up', () => {
    const view = { ...sampleTalent(), counterfactual: { kinerja: { nextLevel: 'DI_ATAS', threshold: 90, pointsNeeded: 4.5, boxIfReached: 9 }, potensial: null } };
    expect(replyText(presentProfile(view, 'id'))).toContain('Untuk naik kotak: kinerja perlu +4,50 poin untuk di atas ekspektasi (kotak 9).');
    expect(replyText(presentProfile(view, 'en'))).toContain('To move up: performance needs +4.50 points to reach above expectations (box 9).');
  });

  test('the schedule in words with its next run, help lists every intent with an example', () => {
    expect(cronInWords('0 2 1 1,4,7,10 *', 'id')).toBe('setiap tanggal 1 bulan Januari, April, Juli, Oktober pukul 02.00');
    expect(cronInWords('0 2 1 1,4,7,10 *', 'en')).toBe('on day 1 of January, April, July, October at 02.00');
    const schedule = { instansi: 'kab', cron: '0 2 1 1,4,7,10 *', timezone: 'Asia/Jakarta', enabled: true, isDefault: true, next: '2027-01-01T19:00:00.000Z' };
    const text = replyText(presentSchedule(schedule, null, { nama: 'Kab. Contoh' }, 'id'));
    expect(text).toContain('Tinjauan berikutnya: 2 Januari 2027 pukul 02.00 (Asia/Jakarta)');
    const help = replyText(presentHelp(INTENTS, 'en'));
    for (const intent of INTENTS.filter((i) => i.help)) expect(help).toContain(intent.help?.usage.en);
  });

  test('the review summary counts boxes, talent pool, risks and changes', () => {
    const text = presentReviewSummary({
      instansi: { kode: 'kab', nama: 'Kab. Contoh', slackChannel: '#talenta', telegramChatId: '-100' },
      review: { id: REVIEW.id, asOf: REVIEW.asOf, status: 'COMPLETED', error: null },
      counts: { employees: 40, placed: 34, belumTerpetakan: 6, perBox: { '9': 2, '7': 4, '8': 5 }, talentPool: 11, talentPoolBoxes: [7, 8, 9], positionsAtRisk: 3 },
      changes: { previousReviewId: 'ffffeeee-1', previousAsOf: '2026-07-01', movedUp: 4, movedDown: 2, talentPoolDelta: 2, positionsAtRiskDelta: -1 },
    });
    expect(text).toContain('Tinjauan talenta 1a2b3c4d per 1 Oktober 2026 — Kab. Contoh selesai');
    expect(text).toContain('K9: 2 · K8: 5 · K7: 4');
    expect(text).toContain('Kelompok rencana suksesi (kotak 7–9): 11');
    const narrow = presentReviewSummary({
      instansi: { kode: 'kab', nama: 'Kab. Contoh', slackChannel: null, telegramChatId: null },
      review: { id: REVIEW.id, asOf: REVIEW.asOf, status: 'COMPLETED', error: null },
      counts: { employees: 40, placed: 34, belumTerpetakan: 6, perBox: { '9': 2, '8': 5 }, talentPool: 7, talentPoolBoxes: [9, 8], positionsAtRisk: 3 },
    });
    expect(narrow).toContain('Kelompok rencana suksesi (kotak 8, 9): 7');
    expect(text).toContain('kelompok suksesi +2, jabatan berisiko -1');
  });

  test('a numbered unit the instansi does not have is said to be missing, the nearest numbered units named', () => {
    const nearest = ['SMP Negeri 1 Contoh', 'SMP Negeri 2 Contoh', 'SMP Negeri 3 Contoh'];
    const id = numberedNotFoundReply('id', 'smp negeri 4', '4', nearest);
    expect(id.choices).toBeUndefined();
    expect(replyText(id)).toContain('Unit bernomor 4 yang dimaksud "smp negeri 4" tidak ada di instansi ini. Yang terdekat: SMP Negeri 1 Contoh, SMP Negeri 2 Contoh, SMP Negeri 3 Contoh.');
    expect(replyText(numberedNotFoundReply('en', 'smp negeri 4', '4', nearest))).toContain('this instansi has no unit numbered 4. Nearest: SMP Negeri 1 Contoh');
  });

  test('a kode the instansi does not have is said to be missing, with its kodes most like it and what they name', () => {
    const nearest = [{ kode: 'DISDIK-SMPN1', nama: 'SMP Negeri 1 Contoh' }, { kode: 'DISDIK-SMPN2', nama: 'SMP Negeri 2 Contoh' }];
    expect(replyText(unknownKodeReply('id', 'DISDIK-SMPN9', nearest))).toContain(
      'Kode "DISDIK-SMPN9" tidak ada di instansi ini. Kode yang paling mirip: DISDIK-SMPN1 (SMP Negeri 1 Contoh), DISDIK-SMPN2 (SMP Negeri 2 Contoh).');
    expect(replyText(unknownKodeReply('en', 'DISDIK-SMPN9', nearest))).toContain('This instansi has no kode "DISDIK-SMPN9". Most alike: DISDIK-SMPN1');
  });
});
