import { describe, expect, test } from 'vitest';
import { isValidSlackSignature } from '../../bots/slack/slack-signature.js';
import { replyMessage } from '../../bots/slack/views/reply.view.js';
import { pickKeyboard } from '../../bots/telegram/send-reply.js';
import { escapeHtml, replyHtml } from '../../bots/telegram/telegram-html.js';
import { sampleNineBox, sampleSlate } from './fixtures/views.fixture.js';
import { createHmac } from 'node:crypto';

describe('transport renderings', () => {
  test('Slack slate blocks carry a header, one section per candidate and the review context', () => {
    const { text, blocks } = replyMessage({ kind: 'slate', data: sampleSlate() });
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(blocks)).toContain('Rina Wulandari');
    expect(JSON.stringify(blocks.at(-1))).toContain('Tinjauan 1a2b3c4d per 2026-10-01');
    expect(text).toContain('🟢 Siap sekarang');
  });

  test('Slack pick lists are buttons whose values the action listener answers', () => {
    const { blocks } = replyMessage({ kind: 'pick', prompt: 'Maksud Anda?', options: [{ label: 'Kepala Dinas A', detail: 'KADIS-A · Dinas A', value: 'k:KADIS-A' }] });
    expect(blocks[1]).toMatchObject({ accessory: { type: 'button', value: 'k:KADIS-A', action_id: 'talenta_pick_0' } });
  });

  test('Telegram HTML escapes text and keeps the grid preformatted', () => {
    expect(escapeHtml('a < b & c')).toBe('a &lt; b &amp; c');
    expect(replyHtml({ kind: 'ninebox', data: sampleNineBox(), png: null })).toContain('<pre>Kinerja');
    const keyboard = pickKeyboard({ kind: 'pick', prompt: '?', options: [{ label: 'A', detail: '', value: 'k:A' }, { label: 'B', detail: '', value: `k:${'x'.repeat(80)}` }] });
    expect(keyboard.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''))).toEqual(['k:A']);
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
