import type { SuccessorsView } from '../../core/bot-services.js';
import { reviewLabel, riskText } from '../../shared/presenters/labels.presenter.js';
import { presentNearMiss, presentSlateEntry } from '../../shared/presenters/slate.presenter.js';
import { context, header, section, type Block } from './mrkdwn.js';

/** Slate layout: header, one section per candidate, near misses, risk flags, review reference. */
export function slateBlocks(view: SuccessorsView): Block[] {
  const blocks: Block[] = [
    header(`Kandidat pengganti ${view.position.nama}`),
    context(`${view.position.kode} · ${view.eligibleCount} kandidat memenuhi syarat`),
  ];
  if (view.slate.length === 0) blocks.push(section('Belum ada kandidat yang memenuhi semua syarat.'));
  for (const entry of view.slate) blocks.push(section(presentSlateEntry(entry)));
  if (view.nearMisses.length > 0) {
    blocks.push({ type: 'divider' }, section(['Hampir memenuhi syarat:', ...view.nearMisses.slice(0, 5).map(presentNearMiss)].join('\n')));
  }
  if (view.risks.length > 0) blocks.push(section(['Risiko jabatan:', ...view.risks.map(riskText)].join('\n')));
  blocks.push(context(reviewLabel(view.review)));
  return blocks;
}
