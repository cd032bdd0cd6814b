/**
 * "kinerja kurang", "low performers": the people of the grid's bottom row, lowest talent score first across its boxes
 * (the read service's lowest-first order), so the one who needs attention most comes first, in both languages.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBotCore, type BotCore } from '../../bots/core/bot-core.js';
import { replyText } from '../../bots/core/plain-text.js';
import { INTENTS } from '../../bots/intents/index.js';
import type { DbHandle } from '../../db/client.js';
import { linkChatIdentity } from '../../services/chat/link-chat-identity.js';
import { makeCtx } from '../factories/context.factory.js';
import { seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('low kinerja in the bots, lowest talent score first', (_lane, open) => {
  let handle: DbHandle;
  let s: ReviewScenario;
  let core: BotCore;
  /** The bottom row's people as placed below, lowest score first: one in each of its boxes, not in box order. */
  let expected: string[];

  beforeAll(async () => {
    handle = await open();
    let reviewId: string;
    let deps;
    ({ deps, scenario: s, reviewId } = await seedCompletedReview(handle));
    // Three people moved into the bottom row (boxes 1, 3, 6 of the default layout) with scores that do not follow the
    // box numbers; the others stay above it.
    const moves: Array<[string, number, number]> = [[s.people.stafA.nip, 1, 30.5], [s.people.kasi.nip, 3, 12.25], [s.people.pppk.nip, 6, 21]];
    for (const [nip, box, score] of moves) {
      await handle.db.execute(sql`update placements set box = ${box}, calibrated_box = null, kinerja_level = 'DI_BAWAH', nilai_talenta = ${score}
        where review_id = ${reviewId} and nip = ${nip}`);
    }
    const nama = new Map(Object.values(s.people).map((p) => [p.nip, p.nama]));
    expected = [...moves].sort((a, b) => a[2] - b[2]).map(([nip]) => nama.get(nip) as string);
    const admin = makeCtx(deps, { role: 'ADMIN', instansiId: s.instansi.id });
    await linkChatIdentity(admin, { instansiKode: s.instansi.kode, platform: 'slack', externalId: 'U-ADMIN', role: 'ADMIN' });
    core = createBotCore({ deps, intents: INTENTS });
  });
  afterAll(async () => {
    await handle.close();
  });

  const ask = async (text: string) => replyText(await core.answerText({ platform: 'slack', externalId: 'U-ADMIN', text }));
  const orderIn = (text: string) => expected.map((nama) => text.indexOf(nama));

  it.each([
    ['kinerja kurang', 'urut nilai talenta terendah'],
    ['pegawai dengan SKP di bawah ekspektasi', 'urut nilai talenta terendah'],
    ['who are the low performers?', 'lowest talent score first'],
  ])('"%s" lists the bottom row lowest first', async (question, says) => {
    const text = await ask(question);
    expect(text).toContain(says);
    const at = orderIn(text);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('keeps the top talent highest first', async () => {
    const text = await ask('talenta terbaik');
    expect(text).toContain('urut nilai talenta tertinggi');
    const at = orderIn(text);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => b - a));
  });
});
