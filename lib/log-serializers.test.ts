import { describe, expect, it } from 'vitest';
import { maskLogText, maskLogUrl, serializeLogError, serializeLogRequest } from './log-serializers.js';

const NIP = '197306232001031001';
const TOKEN = 'tlt_Zx8kP2mQ9vR4tY7uW1aS3dF6gH0jK5lN8bV2cX4zQ7e';

describe('log serialisers', () => {
  it('reduces a database error to its SQLSTATE and statement name: the parameters it quotes never reach a log', () => {
    const driver = Object.assign(new Error('value too long for type character varying(2000)'), { code: '22001' });
    const wrapped = Object.assign(
      new Error(`Failed query: insert into "calibrations" ("alasan") values ($1)\nparams: Pak ${NIP} sering terlambat`),
      { query: 'insert into "calibrations" ("alasan") values ($1)', params: ['Pak sering terlambat'], cause: driver },
    );
    expect(serializeLogError(wrapped)).toEqual({ type: 'DatabaseError', sqlState: '22001', statement: 'insert into calibrations' });
    expect(serializeLogError({ message: 'x', code: '23505' })).toEqual({ type: 'DatabaseError', sqlState: '23505', statement: null });
  });

  it('keeps an application error readable but masks NIPs and secrets in its message, stack and causes', () => {
    const err = new Error(`pegawai "${NIP}" tidak ditemukan`, { cause: new Error(`token ${TOKEN} ditolak`) });
    const out = JSON.stringify(serializeLogError(err));
    expect(out).toContain('tidak ditemukan');
    expect(out).not.toContain(NIP);
    expect(out).not.toContain(TOKEN);
  });

  it('masks a failed query quoted in a plain string, as bots and jobs log err.message', () => {
    expect(serializeLogError(`Failed query: select 1\nparams: ${NIP}`)).toBe('[kueri database disamarkan]');
    expect(maskLogText(`gagal untuk ${NIP}`)).toBe('gagal untuk [angka]');
  });

  it('leaves review ids (UUIDs) and ordinary words alone', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(maskLogText(`tinjauan ${id} FST_ERR_CTP_INVALID_JSON_BODY`)).toBe(`tinjauan ${id} FST_ERR_CTP_INVALID_JSON_BODY`);
  });

  it('logs a request path without its query string and with NIPs masked, even percent-encoded', () => {
    expect(maskLogUrl(`/api/v1/instansi/kab/employees/${NIP}/talent?token=${TOKEN}&q=Budi`)).toBe(
      '/api/v1/instansi/kab/employees/[angka]/talent',
    );
    const encoded = [...NIP].map((d) => `%3${d}`).join('');
    expect(maskLogUrl(`/api/v1/instansi/kab/employees/${encoded}/talent`)).not.toMatch(/\d{8}|%3/);
    expect(maskLogUrl('/api/v1/%zz')).toBe('/api/v1/%zz');
    expect(
      serializeLogRequest({ method: 'GET', url: `/x/${NIP}?a=b`, ip: '10.0.0.1', routeOptions: { url: '/x/:nip' } }),
    ).toEqual({ method: 'GET', url: '/x/[angka]', route: '/x/:nip', remoteAddress: '10.0.0.1' });
  });
});
