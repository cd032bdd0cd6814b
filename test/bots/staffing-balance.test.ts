/**
 * The staffing-balance question in the bots on a real review with an ABK: the leader's words are understood, the
 * numbers are the review's own (shortages and surpluses apart, never netted), the answer is in the question's
 * language, "which offices" ranks the units, a PIMPINAN hears only about its own subtree, and nobody is named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore, type BotCore } from '../../bots/core/bot-core.js';
import { replyText } from '../../bots/core/plain-text.js';
import { INTENTS } from '../../bots/intents/index.js';
import { linkChatIdentity } from '../../services/chat/link-chat-identity.js';
import { INSTANSI } from '../api/helpers/api-harness.js';
import { startAbkScenario, type AbkScenario } from '../api/helpers/abk-scenario.js';

describe('staffing balance in the bots', () => {
  let scenario: AbkScenario;
  let core: BotCore;
  const ask = (externalId: string, text: string) => core.answerText({ platform: 'slack', externalId, text });

  beforeAll(async () => {
    scenario = await startAbkScenario('pglite');
    await scenario.review();
    const link = (externalId: string, role: 'ADMIN' | 'PIMPINAN', unit?: string) =>
      linkChatIdentity(scenario.api.systemCtx, { instansiKode: INSTANSI, platform: 'slack', externalId, role, ...(unit ? { unit } : {}) });
    await link('U-ADMIN', 'ADMIN');
    await link('U-LEADER-A', 'PIMPINAN', 'OPD-A');
    core = createBotCore({ deps: scenario.api.deps, intents: INTENTS });
  });
  afterAll(async () => scenario.api.close());

  it('answers "kebutuhan pegawai dinas kesehatan" with that office\'s need, shortages first', async () => {
    const reply = await ask('U-ADMIN', 'kebutuhan pegawai dinas kesehatan');
    expect(reply).toMatchObject({ lang: 'id', personal: false });
    expect(reply.refusal).toBeUndefined();
    const text = replyText(reply);
    expect(text).toContain('Neraca pegawai (ABK 2026) — Dinas Kesehatan');
    expect(text).toContain('Kebutuhan: 5 pegawai di 3 jabatan');
    expect(text).toContain('Pegawai ada: 1 (PNS 0, PPPK 1)');
    expect(text).toContain('Kekurangan: 4 pegawai di 3 jabatan (2 jabatan kosong)');
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes('Pengadministrasi  Perkantoran. (Dinas Kesehatan): kurang 2 — kebutuhan 2, ada 0, kosong'));
    const later = lines.findIndex((l) => l.includes('Kepala Bidang Pelayanan Kesehatan (Dinas Kesehatan): kurang 1'));
    expect(first).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(first);
    expect(text).not.toContain('Dinas Pendidikan');
  });

  it('answers "where are we short of staff?" in English for the whole scope, never netting the two offices', async () => {
    const text = replyText(await ask('U-ADMIN', 'where are we short of staff?'));
    expect(text).toContain('Staffing balance (workload analysis 2026) — your whole scope');
    // Dinas Pendidikan has 3 Pengadministrasi too many and Dinas Kesehatan 2 too few: 2 short and 4 over, not 0.
    expect(text).toContain('Short: 5 staff in 4 positions (2 vacant)');
    expect(text).toContain('Over: 4 staff in 2 positions');
    expect(text).toContain('Guru Ahli Pertama (Bidang Pembinaan SD): short 1 — need 3, in post 2');
    expect(text).toContain('never offset each other');
  });

  it('ranks the offices for "which offices are overstaffed?"', async () => {
    const reply = await ask('U-ADMIN', 'which offices are overstaffed?');
    const text = replyText(reply);
    expect(text).toContain('Units over the most:');
    expect(text).toContain('Dinas Pendidikan: over 3 in 1 position — need 6, in post 8');
    expect(text).not.toContain('Dinas Kesehatan:');
    const short = replyText(await ask('U-ADMIN', 'dinas mana yang paling kekurangan pegawai?'));
    const kesehatan = short.indexOf('Dinas Kesehatan: kurang 4 di 3 jabatan');
    expect(kesehatan).toBeGreaterThan(-1);
    expect(short.indexOf('Dinas Pendidikan: kurang 1 di 1 jabatan')).toBeGreaterThan(kesehatan);
  });

  it('tells a leader only about its own subtree', async () => {
    const text = replyText(await ask('U-LEADER-A', 'kekurangan pegawai'));
    expect(text).toContain('Kekurangan: 1 pegawai di 1 jabatan (0 jabatan kosong)');
    expect(text).toContain('Kelebihan: 3 pegawai di 1 jabatan');
    expect(text).not.toContain('Dinas Kesehatan');
    expect(await ask('U-LEADER-A', 'kebutuhan pegawai dinas kesehatan')).toMatchObject({ refusal: 'forbidden' });
  });
});
