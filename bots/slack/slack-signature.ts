/**
 * Slack request verification: v0 HMAC-SHA256 of `v0:${timestamp}:${rawBody}` with the signing secret, compared in
 * constant time by Bolt's own helper. Bolt only rejects timestamps too far in the past; a timestamp more than five
 * minutes ahead is rejected here as well, so a captured request cannot be replayed later by forging a future date.
 */
import { isValidSlackRequest } from '@slack/bolt';
import { wallClock } from '../../lib/clock.js';

const MAX_SKEW_SECONDS = 5 * 60;

export function isValidSlackSignature(input: {
  signingSecret: string;
  rawBody: string;
  signature: string | undefined;
  timestamp: string | undefined;
  nowMs?: number;
}): boolean {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  const nowMs = input.nowMs ?? wallClock().getTime();
  const ts = Number(timestamp);
  if (Math.abs(Math.floor(nowMs / 1000) - ts) > MAX_SKEW_SECONDS) return false;
  return isValidSlackRequest({
    signingSecret: input.signingSecret,
    body: input.rawBody,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts },
    nowMilliseconds: nowMs,
  });
}
