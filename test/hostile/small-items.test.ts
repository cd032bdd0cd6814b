/**
 * Inputs that passed validation while meaning nothing: readiness boxes outside the talent pool, a schedule that can
 * never fire, a calibration reason made of invisible characters. And the policy document `GET …/policy` returns is
 * accepted back by `PUT …/policy`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME, startHostileApi, type HostileApi } from './helpers/hostile-api.js';
import { itWroteCleanLogs, runHostileCases, type HostileCase } from './helpers/hostile-cases.js';

let api: HostileApi;

const putPolicy = (policy: unknown) => (a: HostileApi) => a.send(a.tokens.ADMIN, { method: 'PUT', url: `${HOME}/policy`, payload: policy as object });
const putCron = (cron: string) => (a: HostileApi) =>
  a.send(a.tokens.ADMIN, { method: 'PUT', url: `${HOME}/schedule`, payload: { cron, timezone: 'Asia/Jakarta' } });
const calibrate = (alasan: string) => (a: HostileApi) =>
  a.send(a.tokens.KOMITE, {
    method: 'POST',
    url: `${HOME}/reviews/latest/calibrations`,
    payload: { nip: a.home.kabidA1.nip, box: 8, alasan },
  });

const CASES: HostileCase[] = [
  { name: 'SIAP_1_2_TAHUN box outside the talent pool', status: 400, code: 'validation', send: putPolicy({ nineBox: { talentPoolBoxes: [8, 9] } }) },
  { name: 'SIAP_SEKARANG box outside the talent pool', status: 400, code: 'validation', send: putPolicy({ succession: { readiness: { SIAP_SEKARANG: [9, 5], SIAP_1_2_TAHUN: [7, 8] } } }) },
  { name: 'cron on 30 February', status: 400, code: 'validation', send: putCron('0 2 30 2 *') },
  { name: 'cron on 31 April', status: 400, code: 'validation', send: putCron('0 0 31 4 *') },
  { name: 'six-field cron on 31 November', status: 400, code: 'validation', send: putCron('0 0 2 31 11 *') },
  { name: 'reason of zero-width spaces', status: 400, code: 'validation', send: calibrate('\u200b'.repeat(40)) },
  { name: 'reason of joiners, byte-order marks and spaces', status: 400, code: 'validation', send: calibrate('\u200d\ufeff \u2060\u00ad\u200c\u3000'.repeat(5)) },
  { name: 'reason of dots', status: 400, code: 'validation', send: calibrate('..........') },
  { name: 'reason of combining marks', status: 400, code: 'validation', send: calibrate('\u0301\u0302\u0303\u0304\u0305\u0306') },
];

describe(`hostile: ${CASES.length} inputs that say nothing`, () => {
  beforeAll(async () => {
    api = await startHostileApi();
  });
  afterAll(() => api.close());

  runHostileCases(() => api, CASES);

  it('still takes a short real reason, and a schedule on 29 February', async () => {
    const reason = 'Rapat komite: kinerja lapangan menonjol';
    api.sensitive.push(reason);
    expect((await calibrate(reason)(api)).statusCode).toBe(200);
    expect((await putCron('0 2 29 2 *')(api)).statusCode).toBe(200);
  });

  it('takes back the policy document GET returned, unchanged and edited', async () => {
    const document = (await api.send(api.tokens.ADMIN, { method: 'GET', url: `${HOME}/policy` })).json<{
      version: number;
      policy: { kinerja: { thresholds: { diAtas: number } } };
    }>();
    const same = await putPolicy(document)(api);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ version: document.version, changed: false });

    document.policy.kinerja.thresholds.diAtas = 91;
    const edited = await putPolicy(document)(api);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: document.version + 1, changed: true, policy: { kinerja: { thresholds: { diAtas: 91 } } } });

    const bare = await putPolicy(edited.json<{ policy: object }>().policy)(api);
    expect(bare.json()).toMatchObject({ changed: false });
  });

  itWroteCleanLogs(() => api);
});
