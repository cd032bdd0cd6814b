import { describe, expect, test } from 'vitest';
import { readDemo as read, demoPostOf as postOf, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

describe('times said the way leaders say them', () => {
  test('a review said with the next one, a month or a part of the year asks when reviews run', () => {
    for (const question of [
      'rapat komite talenta yang berikutnya',
      'semester II nanti ada kalibrasi talenta?',
      'Is the talent committee meeting still on for October?',
      'Q1 tahun depan ada review talenta lagi?',
    ]) {
      expect(read(question).intent, question).toBe('jadwal');
    }
    // A review word beside another question is still that question.
    expect(read('kandidat kadis dinkes untuk sidang berikutnya').intent).toBe('kandidat');
    // The grid asked when, with the last or the next one, asks when reviews run; asked to be shown, it is the grid.
    expect(read('When was the talent mapping last carried out?').intent).toBe('jadwal');
    expect(read('show me the last talent mapping for dinkes').intent).toBe('ninebox');
  });

  test('a quarter or half of a year goes with the year said, whichever way it is numbered', () => {
    const window = (question: string) => {
      const { args } = read(question);
      return { period: args.period, part: args.part };
    };
    expect(window('siapa yang pensiun triwulan III 2027 di dinkes')).toEqual({ period: { year: 2027 }, part: { quarter: 3 } });
    expect(window('who retires in Q2 2027?')).toEqual({ period: { year: 2027 }, part: { quarter: 2 } });
    expect(window('pejabat yg pensiun kuartal ketiga tahun depan')).toEqual({ period: { yearOffset: 1 }, part: { quarter: 3 } });
    expect(window('retirements in the second half of 2028')).toEqual({ period: { year: 2028 }, part: { half: 2 } });
    expect(window('pensiun semester 1 2027 bappeda')).toEqual({ period: { year: 2027 }, part: { half: 1 } });
    // Months of a range written short or joined by a dash, "Apr-Jun", "Juli–Desember": the quarter or half they span.
    expect(window('pensiun Apr-Jun 2027 di dinkes')).toEqual({ period: { year: 2027 }, part: { quarter: 2 } });
    expect(window('yg pensiun juli–desember thn depan')).toEqual({ period: { yearOffset: 1 }, part: { half: 2 } });
    expect(window('retirements Oct - Dec this year')).toEqual({ period: { yearOffset: 0 }, part: { quarter: 4 } });
    expect(read('banding Jan Siregar - Maret Wulandari').args.people).toEqual(['jan siregar', 'maret wulandari']);
    expect(window('yang pensiun TW IV')).toEqual({ period: null, part: { quarter: 4 } });
    // A range of months that is a whole quarter or half is that part; another range is none.
    expect(window('Who retires between October and December this year at Dinkes?')).toEqual({ period: { yearOffset: 0 }, part: { quarter: 4 } });
    expect(window('yg pensiun Januari sampe Maret tahun depan di BKPSDM')).toEqual({ period: { yearOffset: 1 }, part: { quarter: 1 } });
    expect(window('pensiun juli sampai desember 2027')).toEqual({ period: { year: 2027 }, part: { half: 2 } });
    expect(window('pensiun Januari dan Februari 2027').part).toBeNull();
    // A range of dates, in words or in numbers day first, is the range of their months.
    expect(window('pensiun 1 April 2027 s.d. 30 Juni 2027 di dinsos')).toEqual({ period: { year: 2027 }, part: { quarter: 2 } });
    expect(window('yg pensiun antara 01-10-2026 sampai 31-12-2026')).toEqual({ period: { year: 2026 }, part: { quarter: 4 } });
    expect(window('pensiun 1/1/2028 s/d 30/6/2028')).toEqual({ period: { year: 2028 }, part: { half: 1 } });
    expect(window('pensiun 01/07/2027 s.d. 31/12/2028').part).toBeNull();
    expect(window('pegawai yg pensiun per 01/03/2027')).toEqual({ period: { year: 2027 }, part: null });
    // The part's number is no count of years: "semester 2 tahun ini" is this year's second half.
    expect(window('pejabat yg pensiun semester 2 tahun ini')).toEqual({ period: { yearOffset: 0 }, part: { half: 2 } });
    expect(window('pensiun triwulan ke 3 tahun depan')).toEqual({ period: { yearOffset: 1 }, part: { quarter: 3 } });
    // A count of quarters, or the next one, is a span of months, no part of a year.
    expect(window('pensiun 2 triwulan ke depan')).toEqual({ period: { months: 6 }, part: null });
    expect(window('pensiun kuartal depan')).toEqual({ period: { months: 3 }, part: null });
    // The part's number as a cardinal word, the Dutch "kwartal", and "paruh" with its ordinal (not "paruh waktu").
    expect(window('bot siapa saja pejabat di dinas kesehatan yang pensiun di triwulan tiga tahun ini')).toEqual({ period: { yearOffset: 0 }, part: { quarter: 3 } });
    expect(window('pegawai bappeda yg pensiun semester dua 2026')).toEqual({ period: { year: 2026 }, part: { half: 2 } });
    expect(window('kwartal 2 2026 siapa aja yg pensiun di dinsos')).toEqual({ period: { year: 2026 }, part: { quarter: 2 } });
    expect(window('pensiun paruh pertama 2027 di disdik')).toEqual({ period: { year: 2027 }, part: { half: 1 } });
    expect(window('PPPK paruh waktu yang pensiun 2027')).toEqual({ period: { year: 2027 }, part: null });
  });

  test('"this year" in Javanese ("taun iki", Banyumas and Tegal "taun kiye")', () => {
    expect(read('sopo wae sing pensiun taun iki nang Dinas Sosial?').args.period).toEqual({ yearOffset: 0 });
    expect(read('sing pensiun taun kiye nang dinkes sapa bae').args.period).toEqual({ yearOffset: 0 });
  });

  test('the numeral of a quarter or a half is the time\'s, not a part of a unit or post', () => {
    // The demo's Inspektorat has an Inspektur Pembantu II: "Inspektur … semester II" is still the Inspektur.
    expect(postOf('seberapa rawan posisi Inspektur bila pejabatnya pensiun semester II')).toBe('INSPEKTORAT-KEPALA');
    expect(unitOf('yang pensiun triwulan IV di Dinas Sosial siapa')).toBe('DINSOS');
  });

  test('an official note\'s heading ("Nota dinas dari …:", "Disposisi …:") names who wrote it, not what it asks about', () => {
    expect(unitOf('Nota dinas dari Kadis Kominfo: mohon talent pool Dinas Sosial')).toBe('DINSOS');
    expect(postOf('Disposisi Kaban BKPSDM: siapkan kandidat Kadis Perhubungan')).toBe('DISHUB-KEPALA');
  });
});
