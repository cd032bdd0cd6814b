import type { RetirementOutlookView, RisksView } from '../../core/bot-services.js';
import { reviewLabel } from '../../shared/presenters/labels.presenter.js';
import { presentOutlook, presentRiskMetrics, presentRiskPosition } from '../../shared/presenters/risks.presenter.js';
import { context, header, section, type Block } from './mrkdwn.js';

/** Risk layout: metrics first (the leader's headline), then up to 10 positions at risk. */
export function risksBlocks(
  view: RisksView,
  outlook: RetirementOutlookView,
  unit: { kode: string; nama: string } | null,
): Block[] {
  const atRisk = view.positions.filter((p) => p.risks.length > 0);
  const blocks: Block[] = [
    header(`Risiko suksesi — ${unit ? unit.nama : 'seluruh cakupan Anda'}`),
    section(presentRiskMetrics(view.metrics)),
    section(presentOutlook(outlook)),
    { type: 'divider' },
  ];
  if (atRisk.length === 0) blocks.push(section('Tidak ada jabatan kritikal yang berisiko. 👍'));
  for (const position of atRisk.slice(0, 10)) blocks.push(section(presentRiskPosition(position)));
  if (atRisk.length > 10) blocks.push(context(`… dan ${atRisk.length - 10} jabatan lain.`));
  blocks.push(context(reviewLabel(view.review)));
  return blocks;
}
