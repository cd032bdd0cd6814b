/**
 * Review dates: an `asOf` outside the configured window (default 2000-01-01 to one year after today) is refused
 * before it reaches the database, and `latest` names the newest completed review dated today or earlier, so a review
 * computed ahead of time does not take over every read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../analytics/domain/dates.js';
import { todayIn } from '../../lib/dates.js';
import { HOME, startHostileApi, type HostileApi } from './helpers/hostile-api.js';
import { expectCleanLogs, expectContractError, itWroteCleanLogs, runHostileCases, type HostileCase } from './helpers/hostile-cases.js';

let api: HostileApi;
const today = todayIn('Asia/Jakarta', new Date());
const requestAt = (asOf: unknown) => (a: HostileApi) => a.send(a.tokens.ADMIN, { method: 'POST', url: `${HOME}/reviews`, payload: { asOf } });

const CASES: HostileCase[] = [
  { name: 'asOf 0000-01-01', status: 400, code: 'validation', send: requestAt('0000-01-01') },
  { name: 'asOf the day before the window opens', status: 400, code: 'validation', send: requestAt('1999-12-31') },
  { name: 'asOf 9999-12-31', status: 400, code: 'validation', send: requestAt('9999-12-31') },
  { name: 'asOf thirteen months ahead', status: 400, code: 'validation', send: requestAt(addMonths(today, 13)) },
  { name: 'asOf 30 February', status: 400, code: 'validation', send: requestAt('2025-02-30') },
  { name: 'asOf as a number', status: 400, code: 'validation', send: requestAt(20250101) },
  { name: 'asOf with a time', status: 400, code: 'validation', send: requestAt('2025-01-01T00:00:00Z') },
];

describe(`hostile: ${CASES.length} review dates`, () => {
  beforeAll(async () => {
    api = await startHostileApi();
  });
  afterAll(() => api.close());

  runHostileCases(() => api, CASES);

  it('names the allowed window in the refusal', async () => {
    const res = await requestAt('9999-12-31')(api);
    expect(res.json().error).toMatchObject({ details: { earliest: '2000-01-01', latest: addMonths(today, 12) } });
  });

  it('computes a review dated ahead of time, but `latest` stays the newest one dated today or earlier', async () => {
    const ahead = addMonths(today, 2);
    const res = await requestAt(ahead)(api);
    expect(res.statusCode).toBe(202);
    await api.runQueued();
    const futureId = res.json().reviewId as string;
    expect((await api.send(api.tokens.ADMIN, { method: 'GET', url: `${HOME}/reviews/${futureId}` })).json().status).toBe('COMPLETED');
    const latest = await api.send(api.tokens.ADMIN, { method: 'GET', url: `${HOME}/reviews/latest` });
    expect(latest.json().id).toBe(api.homeReviewId);
    for (const path of ['succession/outlook', 'succession/risks', `reviews/${futureId}/nine-box`]) {
      expect((await api.send(api.tokens.ADMIN, { method: 'GET', url: `${HOME}/${path}` })).statusCode).toBe(200);
    }
  });

  it('accepts the first day of the window', async () => {
    const res = await requestAt('2000-01-01')(api);
    expect(res.statusCode).toBe(202);
    await api.runQueued();
  });

  itWroteCleanLogs(() => api);
});

describe('hostile: a narrower review-date window from config', () => {
  it('refuses dates before AS_OF_MIN and beyond AS_OF_MAX_MONTHS_AHEAD', async () => {
    const narrow = await startHostileApi({ config: { AS_OF_MIN: '2020-01-01', AS_OF_MAX_MONTHS_AHEAD: '0' } });
    try {
      expectContractError(await requestAt('2019-12-31')(narrow), 400, 'validation');
      expectContractError(await requestAt(addMonths(today, 1))(narrow), 400, 'validation');
      expect((await requestAt(today)(narrow)).statusCode).toBe(202);
      expectCleanLogs(narrow);
    } finally {
      await narrow.close();
    }
  });
});
