/**
 * Tenancy and the one people scope: a chat identity belongs to one instansi (409 unless a SUPERADMIN moves it,
 * audited in both), page cursors carry no personal data and cannot be forged across scopes, and a PIMPINAN sees
 * only the people of its subtree in every read — API, bots — while a NIP outside it is answered like an unknown one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../bots/core/bot-core.js';
import { pickValue } from '../../bots/core/pick.js';
import { INTENTS } from '../../bots/intents/index.js';
import { resolveChatIdentity } from '../../services/chat/resolve-chat-identity.js';
import { OTHER_INSTANSI, INSTANSI } from '../api/helpers/api-harness.js';
import { HOME, OTHER, startHostileApi, type HostileApi } from './helpers/hostile-api.js';
import { expectContractError, itWroteCleanLogs, runHostileCases, type HostileCase } from './helpers/hostile-cases.js';

let api: HostileApi;
/** Employee id of a placed person in OPD-B, learnt from an ADMIN's cursor. */
let outsideEmployeeId = 0;

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const decodeCursor = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { review: string; after: number };
const get = (token: (a: HostileApi) => string, url: string | ((a: HostileApi) => string)) => (a: HostileApi) =>
  a.send(token(a), { method: 'GET', url: typeof url === 'string' ? url : url(a) });
const pimpinan = (a: HostileApi) => a.tokens.PIMPINAN;
const link = (token: string, base: string, externalId: string, extra: Record<string, unknown> = {}) =>
  api.send(token, { method: 'POST', url: `${base}/chat-identities`, payload: { platform: 'slack', externalId, role: 'VIEWER', ...extra } });

const CASES: HostileCase[] = [
  {
    name: "ADMIN of another instansi links this instansi's chat user",
    status: 409,
    code: 'chat.linked_elsewhere',
    send: (a) => a.send(a.otherAdminToken, { method: 'POST', url: `${OTHER}/chat-identities`, payload: { platform: 'slack', externalId: 'U-MILIK-UJI', role: 'ADMIN' } }),
  },
  { name: "ADMIN of another instansi reads this instansi's placements", status: 403, code: 'auth.forbidden', send: get((a) => a.otherAdminToken, `${HOME}/reviews/latest/placements`) },
  { name: "ADMIN of another instansi reads this instansi's review by id", status: 403, code: 'auth.forbidden', send: get((a) => a.otherAdminToken, (a) => `${HOME}/reviews/${a.homeReviewId}`) },
  { name: 'PIMPINAN asks for the profile of a NIP outside its subtree', status: 404, code: 'pegawai.not_found', send: get(pimpinan, (a) => `${HOME}/employees/${a.home.kabidB1.nip}/talent`) },
  { name: 'PIMPINAN asks for the profile of a NIP of another instansi', status: 404, code: 'pegawai.not_found', send: get(pimpinan, (a) => `${HOME}/employees/${a.other.kabidA1.nip}/talent`) },
  { name: 'PIMPINAN asks for a unit outside its subtree', status: 403, code: 'auth.forbidden', send: get(pimpinan, `${HOME}/reviews/latest/placements?unit=OPD-B`) },
  { name: 'PIMPINAN asks for the slate of a position outside its subtree', status: 403, code: 'auth.forbidden', send: get(pimpinan, `${HOME}/positions/KADIS-B/successors`) },
  { name: 'VIEWER asks for a slate', status: 403, code: 'auth.forbidden', send: get((a) => a.tokens.VIEWER, `${HOME}/positions/KADIS-A/successors`) },
  { name: 'PIMPINAN asks for the committee pack', status: 403, code: 'auth.forbidden', send: get(pimpinan, `${HOME}/reviews/latest/export.xlsx`) },
  { name: 'garbage cursor', status: 400, code: 'validation', send: get(pimpinan, `${HOME}/reviews/latest/placements?cursor=bm90LWEtY3Vyc29y`) },
  { name: 'old-style cursor carrying a score and a NIP', status: 400, code: 'validation', send: get(pimpinan, (a) => `${HOME}/reviews/latest/placements?cursor=${cursorOf([86.55, a.home.kabidA1.nip])}`) },
  { name: 'cursor of another review', status: 400, code: 'validation', send: get(pimpinan, `${HOME}/reviews/latest/placements?cursor=${cursorOf({ review: '00000000-0000-4000-8000-000000000000', after: 1 })}`) },
  {
    name: 'cursor forged to point at a person outside the subtree',
    status: 400,
    code: 'validation',
    send: get(pimpinan, (a) => `${HOME}/reviews/latest/placements?cursor=${cursorOf({ review: a.homeReviewId, after: outsideEmployeeId })}`),
  },
  {
    name: 'talent-pool cursor forged to point at a person outside the subtree',
    status: 400,
    code: 'validation',
    send: get(pimpinan, (a) => `${HOME}/talent-pool?cursor=${cursorOf({ review: a.homeReviewId, after: outsideEmployeeId })}`),
  },
];

describe(`hostile: ${CASES.length} tenancy and people-scope cases`, () => {
  beforeAll(async () => {
    api = await startHostileApi();
    api.sensitive.push('U-MILIK-UJI', 'U-PINDAH', 'U-REBUTAN', 'U-PIMPINAN-A');
    expect((await link(api.tokens.ADMIN, HOME, 'U-MILIK-UJI')).statusCode).toBe(201);
    const page = await api.send(api.tokens.ADMIN, { method: 'GET', url: `${HOME}/reviews/latest/placements?unit=OPD-B&limit=1` });
    outsideEmployeeId = decodeCursor(page.json<{ nextCursor: string }>().nextCursor).after;
  });
  afterAll(() => api.close());

  runHostileCases(() => api, CASES);

  describe('chat identities belong to one instansi', () => {
    it('keeps the identity where it was after a refused takeover, and says nothing in either audit log', async () => {
      const identity = await resolveChatIdentity(api.deps, 'slack', 'U-MILIK-UJI');
      expect(identity?.instansi.kode).toBe(INSTANSI);
      const audit = await api.send(api.otherAdminToken, { method: 'GET', url: `${OTHER}/audit` });
      expect(audit.json<{ items: Array<{ action: string }> }>().items.map((i) => i.action)).not.toContain('chat.link');
    });

    it('lets an ADMIN change the role of its own chat user', async () => {
      const res = await link(api.tokens.ADMIN, HOME, 'U-MILIK-UJI', { role: 'KOMITE' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'KOMITE', created: false });
    });

    it('lets a SUPERADMIN move it, audited in both instansi', async () => {
      await link(api.tokens.ADMIN, HOME, 'U-PINDAH');
      const res = await link(api.tokens.SUPERADMIN, OTHER, 'U-PINDAH', { role: 'KOMITE' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ instansi: OTHER_INSTANSI, role: 'KOMITE', created: false });
      expect((await resolveChatIdentity(api.deps, 'slack', 'U-PINDAH'))?.instansi.kode).toBe(OTHER_INSTANSI);
      const actions = async (token: string, base: string) =>
        (await api.send(token, { method: 'GET', url: `${base}/audit` })).json<{ items: Array<{ action: string; details: unknown }> }>().items;
      expect(await actions(api.tokens.ADMIN, HOME)).toContainEqual(expect.objectContaining({ action: 'chat.move_out', details: { to: OTHER_INSTANSI } }));
      expect(await actions(api.otherAdminToken, OTHER)).toContainEqual(
        expect.objectContaining({ action: 'chat.move_in', details: expect.objectContaining({ from: INSTANSI }) }),
      );
    });

    it('lets exactly one of two instansi linking the same new id at once have it', async () => {
      const [a, b] = await Promise.all([link(api.tokens.ADMIN, HOME, 'U-REBUTAN'), link(api.otherAdminToken, OTHER, 'U-REBUTAN')]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    });
  });

  describe('page cursors', () => {
    interface Page {
      items: Array<{ nip: string }>;
      nextCursor: string | null;
      total?: number;
    }
    const pageOf = async (token: string, url: string, cursor: string | null): Promise<Page> =>
      (await api.send(token, { method: 'GET', url: `${url}${cursor ? `&cursor=${cursor}` : ''}` })).json<Page>();

    it('carry no NIP, name or score, and page through the same people as one big page', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await pageOf(api.tokens.PIMPINAN, `${HOME}/reviews/latest/placements?limit=2`, cursor);
        seen.push(...page.items.map((i) => i.nip));
        cursor = page.nextCursor;
        if (cursor) {
          const text = Buffer.from(cursor, 'base64url').toString('utf8');
          expect(Object.keys(decodeCursor(cursor)).sort()).toEqual(['after', 'review']);
          for (const person of api.home.people) {
            expect(text).not.toContain(person.nip);
            expect(text).not.toContain(person.nama);
          }
        }
      } while (cursor);
      const all = (await api.send(api.tokens.PIMPINAN, { method: 'GET', url: `${HOME}/reviews/latest/placements?limit=500` })).json<{ items: Array<{ nip: string }> }>();
      expect(seen).toEqual(all.items.map((i) => i.nip));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('are honoured by the talent pool: pages add up to its total, without repeats', async () => {
      const seen: string[] = [];
      const totals = new Set<number | undefined>();
      let cursor: string | null = null;
      do {
        const page = await pageOf(api.tokens.KOMITE, `${HOME}/talent-pool?limit=3`, cursor);
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((i) => i.nip));
        totals.add(page.total);
        cursor = page.nextCursor;
      } while (cursor);
      expect(totals.size).toBe(1);
      const [total = 0] = totals;
      expect(total).toBeGreaterThan(3);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    });
  });

  describe('the people scope of a PIMPINAN', () => {
    interface SuccessorsBody {
      slate: Array<{ nip: string; nama: string; rank: number }>;
      nearMisses: Array<{ nip: string; nama: string }>;
      outsideScope: { slate: number; nearMisses: number };
    }
    const successors = async (token: string) =>
      (await api.send(token, { method: 'GET', url: `${HOME}/positions/KADIS-A/successors` })).json<SuccessorsBody>();

    it('leaves candidates from other units out of slates and near misses, counting them, ranks kept', async () => {
      const admin = await successors(api.tokens.ADMIN);
      const names = (b: SuccessorsBody) => [...b.slate, ...b.nearMisses].map((p) => p.nama);
      expect(names(admin)).toEqual(expect.arrayContaining([api.home.kabidA1.nama, api.home.kabidB1.nama, api.home.kabidB2.nama]));
      expect(admin.outsideScope).toEqual({ slate: 0, nearMisses: 0 });

      const leader = await successors(api.tokens.PIMPINAN);
      expect(leader.slate.map((p) => p.nama)).toEqual([api.home.kabidA1.nama]);
      expect(leader.slate[0]!.nip).toMatch(/^\d{4}\*{4}\d{4}$/);
      expect(leader.nearMisses).toEqual([]);
      expect(leader.outsideScope).toEqual({ slate: 1, nearMisses: 1 });
      expect(leader.slate[0]!.rank).toBe(admin.slate.find((p) => p.nama === api.home.kabidA1.nama)!.rank);
      const body = JSON.stringify(leader);
      for (const person of api.home.people.filter((p) => p.unit === 'OPD-B')) {
        expect(body).not.toContain(person.nama);
        expect(body).not.toContain(person.nip.slice(-4) + '"');
      }
    });

    it('answers a NIP outside the subtree exactly like a NIP that does not exist', async () => {
      const outside = await api.send(api.tokens.PIMPINAN, { method: 'GET', url: `${HOME}/employees/${api.home.kabidB1.nip}/talent` });
      const unknown = await api.send(api.tokens.PIMPINAN, { method: 'GET', url: `${HOME}/employees/199912312020121999/talent` });
      expect(outside.statusCode).toBe(unknown.statusCode);
      const shape = (res: typeof outside) => res.json<{ error: { message: string } }>().error.message.replace(/\d{18}/, 'NIP');
      expect(shape(outside)).toBe(shape(unknown));
      expect(Object.keys(outside.json<{ error: object }>().error)).toEqual(Object.keys(unknown.json<{ error: object }>().error));
    });

    it('applies in the bots too: slates, profiles by NIP and by name', async () => {
      expect((await link(api.tokens.ADMIN, HOME, 'U-PIMPINAN-A', { role: 'PIMPINAN', unit: 'OPD-A' })).statusCode).toBe(201);
      const core = createBotCore({ deps: api.deps, intents: INTENTS });
      const ask = (text: string) => core.answerText({ platform: 'slack', externalId: 'U-PIMPINAN-A', text });

      const slate = await core.answerPick({ platform: 'slack', externalId: 'U-PIMPINAN-A', value: pickValue('k', 'id', 'KADIS-A~') });
      expect(slate.refusal).toBeUndefined();
      const reply = JSON.stringify(slate);
      expect(reply).toContain(api.home.kabidA1.nama);
      expect(reply).not.toContain(api.home.kabidB1.nama);
      expect(reply).not.toContain(api.home.kabidB2.nama);

      expect(await ask(`profil ${api.home.kabidB1.nip}`)).toMatchObject({ refusal: 'not_found' });
      const byName = await ask(`profil ${api.home.kabidB1.nama}`);
      expect(JSON.stringify(byName)).not.toContain(api.home.kabidB1.nip.slice(0, 8));
      const title = byName.blocks.find((b) => b.kind === 'title');
      expect(title?.kind === 'title' ? title.text : '').not.toContain(api.home.kabidB1.nama);
    });

    it('leaves VIEWERs without people: refused, not an empty list', async () => {
      expectContractError(await api.send(api.tokens.VIEWER, { method: 'GET', url: `${HOME}/talent-pool` }), 403, 'auth.forbidden');
    });
  });

  itWroteCleanLogs(() => api);
});
