import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Reply } from '../../bots/core/reply.js';
import { splitAtWords } from '../../bots/core/split.js';
import { choiceReply } from '../../bots/intents/shared/replies.js';
import { presentSuccessors } from '../../bots/intents/successors.intent.js';
import { presentNineBox } from '../../bots/intents/nine-box.intent.js';
import { slackMessages } from '../../bots/slack/block-kit.js';
import { isValidSlackSignature } from '../../bots/slack/slack-signature.js';
import { pickKeyboard } from '../../bots/telegram/send-reply.js';
import { escapeHtml, TELEGRAM_TEXT_LIMIT, telegramMessages } from '../../bots/telegram/telegram-html.js';
import { sampleNineBox, sampleSlate } from './fixtures/views.fixture.js';

/** A long answer: 400 people with long names and jobs, as a big talent pool would be. */
function longReply(): Reply {
  const items = Array.from({ length: 400 }, (_, i) =>
    `${i + 1}. Pegawai Dengan Nama Panjang Sekali ${i} (NIP 1979****${String(i).padStart(4, '0')}) — Kepala Subbagian Umum dan Kepegawaian, Dinas Pendidikan`);
  return {
    lang: 'id',
    personal: true,
    blocks: [{ kind: 'title', text: 'Talent pool — Dinas Pendidikan' }, { kind: 'text', text: 'kata '.repeat(900).trim() }, { kind: 'list', items }],
    source: 'Tinjauan talenta 1a2b3c4d per 1 Oktober 2026',
  };
}

/** True when every word of `text` appears whole in some message (no word was cut in two). */
function wordsKeptWhole(text: string, messages: readonly string[]): boolean {
  const all = new Set(messages.flatMap((m) => m.split(/[\s\n]+/)));
  return text.split(/\s+/).every((w) => all.has(w));
}

describe('transport renderings', () => {
  test('Slack: header, one section per list of candidates, the review line in a context block', () => {
    const [message] = slackMessages(presentSuccessors(sampleSlate(), { readiness: null, route: null }, 'id'));
    expect(message?.blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(message?.blocks)).toContain('Rina Wulandari');
    expect(JSON.stringify(message?.blocks.at(-1))).toContain('Tinjauan talenta 1a2b3c4d per 1 Oktober 2026');
    expect(message?.text).toContain('siap sekarang');
  });

  test('Slack pick lists are buttons whose values the action listener answers', () => {
    const reply = choiceReply({
      lang: 'id', prompt: { id: 'Maksud Anda?', en: 'Which?' }, prefix: 'k', more: 3, personal: false,
      options: [{ label: 'Kepala Dinas A', detail: 'Dinas A · KADIS-A', key: 'KADIS-A~' }],
    });
    const [message] = slackMessages(reply);
    expect(JSON.stringify(message?.blocks)).toContain('"value":"k:id:KADIS-A~"');
    expect(JSON.stringify(message?.blocks)).toContain('"action_id":"talenta_pick_0"');
    expect(message?.text).toContain('dan 3 lainnya');
  });

  test('long answers are split into Slack messages within its limits, words whole, each with the review line', () => {
    const reply = longReply();
    const messages = slackMessages(reply);
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      expect(m.text.length).toBeLessThanOrEqual(4000);
      for (const b of m.blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      expect(m.text.endsWith('Tinjauan talenta 1a2b3c4d per 1 Oktober 2026')).toBe(true);
    }
    expect(wordsKeptWhole('kata '.repeat(900).trim(), messages.map((m) => m.text))).toBe(true);
    expect(messages.map((m) => m.text).join('\n')).toContain('400. Pegawai Dengan Nama Panjang Sekali 399');
  });

  test('long answers are split into Telegram messages of at most 4096 characters, each with the review line', () => {
    const messages = telegramMessages(longReply());
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(m.endsWith('<i>Tinjauan talenta 1a2b3c4d per 1 Oktober 2026</i>')).toBe(true);
    }
    expect(wordsKeptWhole('kata '.repeat(900).trim(), messages)).toBe(true);
  });

  test('splitting cuts at spaces and line breaks only', () => {
    const parts = splitAtWords('satu dua tiga empat lima enam tujuh', 10);
    expect(parts).toEqual(['satu dua', 'tiga empat', 'lima enam', 'tujuh']);
  });

  test('Telegram HTML escapes text, keeps the grid preformatted and offers pick lists as buttons', () => {
    expect(escapeHtml('a < b & c')).toBe('a &lt; b &amp; c');
    const [text] = telegramMessages(presentNineBox(sampleNineBox(), 'id', null));
    expect(text).toContain('<pre>Kinerja ↑');
    const reply = choiceReply({
      lang: 'en', prompt: { id: '?', en: '?' }, prefix: 'k', more: 0, personal: false,
      options: [{ label: 'A', detail: '', key: 'A' }, { label: 'B', detail: '', key: 'x'.repeat(80) }],
    });
    const keyboard = pickKeyboard(reply);
    expect(keyboard?.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''))).toEqual(['k:en:A']);
  });

  test('Slack signatures: valid, tampered, stale and future-dated', () => {
    const now = 1_700_000_000_000;
    const ts = String(now / 1000);
    const sign = (body: string, t = ts) => `v0=${createHmac('sha256', 's').update(`v0:${t}:${body}`).digest('hex')}`;
    expect(isValidSlackSignature({ signingSecret: 's', rawBody: 'a=1', signature: sign('a=1'), timestamp: ts, nowMs: now })).toBe(true);
    expect(isValidSlackSignature({ signingSecret: 's', rawBody: 'a=2', signature: sign('a=1'), timestamp: ts, nowMs: now })).toBe(false);
    const stale = String(now / 1000 - 301);
    expect(isValidSlackSignature({ signingSecret: 's', rawBody: 'a=1', signature: sign('a=1', stale), timestamp: stale, nowMs: now })).toBe(false);
    const future = String(now / 1000 + 301);
    expect(isValidSlackSignature({ signingSecret: 's', rawBody: 'a=1', signature: sign('a=1', future), timestamp: future, nowMs: now })).toBe(false);
  });
});
