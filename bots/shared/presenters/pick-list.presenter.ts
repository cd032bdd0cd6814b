import type { PickOption } from '../../core/bot-reply.js';

/** A numbered list for text-only clients; buttons carry the same options. */
export function presentPickList(prompt: string, options: readonly PickOption[]): string {
  return [prompt, ...options.map((o, i) => `${i + 1}. ${o.label} — ${o.detail}`)].join('\n');
}
