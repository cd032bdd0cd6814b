import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LOG_CENSOR, redactLogObject } from './log-redaction.js';
import { createLogger } from './logger.js';

const NIP = '197306232001031001';
const TOKEN = 'tlt_Zx8kP2mQ9vR4tY7uW1aS3dF6gH0jK5lN8bV2cX4zQ7e';

/** A logger writing into an array of parsed lines. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level: 'trace', pretty: false, destination }), lines };
}

describe('log redaction', () => {
  it('hides sensitive keys at the top level and two levels down, in objects and arrays', () => {
    const logged = {
      nip: NIP,
      employee: { nama: 'Siti Aminah', unit: 'Dinas Kesehatan', skp: { predikat: 'SANGAT_BAIK', periode: 2026 } },
      rows: [{ nip: NIP, box: 9 }, 'teks'],
      req: { headers: { authorization: `Bearer ${TOKEN}`, 'x-slack-signature': 'v0=abc', accept: 'application/json' } },
      count: 3,
    };
    expect(redactLogObject(logged)).toEqual({
      nip: LOG_CENSOR,
      employee: { nama: LOG_CENSOR, unit: 'Dinas Kesehatan', skp: { predikat: LOG_CENSOR, periode: 2026 } },
      rows: [{ nip: LOG_CENSOR, box: LOG_CENSOR }, 'teks'],
      req: { headers: { authorization: LOG_CENSOR, 'x-slack-signature': LOG_CENSOR, accept: 'application/json' } },
      count: 3,
    });
  });

  it('never changes the caller’s object, and returns a clean one as it is', () => {
    const employee = { nama: 'Siti Aminah', unit: 'Dinas Kesehatan' };
    const logged = { employee, list: [employee] };
    const redacted = redactLogObject(logged);
    expect(employee.nama).toBe('Siti Aminah');
    expect(logged.list[0]).toBe(employee);
    expect(redacted.employee).not.toBe(employee);
    const clean = { reviewId: 'a1', stage: { progress: 60 } };
    expect(redactLogObject(clean)).toBe(clean);
  });

  it('looks no deeper than three levels and leaves class instances to their serialisers', () => {
    const deep = { a: { b: { c: { nip: NIP } } } };
    expect(redactLogObject(deep)).toBe(deep);
    const when = new Date(0);
    expect(redactLogObject({ when }).when).toBe(when);
  });

  it('applies to every line a logger writes and to a child logger’s bindings, serialisers still run', () => {
    const { log, lines } = capturingLogger();
    log.child({ actor: { name: 'Siti Aminah', tokenId: 't1' } }).info({ employee: { nip: NIP }, reviewId: 'r1' }, 'tinjauan dihitung');
    log.error({ err: new Error(`pegawai ${NIP} tidak ditemukan`) }, 'gagal');
    log.warn({ err: { message: `token ${TOKEN} ditolak`, name: 'AuthError' } }, 'ditolak');
    const text = JSON.stringify(lines);
    expect(text).not.toContain(NIP);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('Siti Aminah');
    expect(lines[0]).toMatchObject({ actor: { name: LOG_CENSOR, tokenId: 't1' }, employee: { nip: LOG_CENSOR }, reviewId: 'r1', msg: 'tinjauan dihitung' });
    expect(lines[1]).toMatchObject({ err: { type: 'Error', message: 'pegawai [angka] tidak ditemukan' } });
    // A plain error object goes to the `err` serialiser as it was logged: its name stays its type.
    expect(lines[2]).toMatchObject({ err: { type: 'AuthError' } });
  });
});
