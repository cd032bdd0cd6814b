/** Positions at risk as the risk, vacancy and "no ready successor" answers list them, most urgent first. */
import type { RiskPriorities } from '../../../services/succession/get-risk-priorities.js';
import type { ReplyBlock } from '../../core/reply.js';
import { say, type Lang } from '../../language/lang.js';
import { dateText, riskText } from '../../shared/labels.js';

type RiskPosition = RiskPriorities['positions'][number];

/** Positions listed in one answer; the rest are counted. */
const RISK_POSITIONS_SHOWN = 10;

function riskPositionLine(p: RiskPosition, lang: Lang, flagsShown = true): string {
  const t = say(lang);
  const flags = p.risks.map((r) =>
    r === 'PEMANGKU_PENSIUN' && p.incumbentRetirementDate
      ? t(`pemangku pensiun ${dateText(p.incumbentRetirementDate, lang)}`, `incumbent retires ${dateText(p.incumbentRetirementDate, lang)}`)
      : riskText(r, lang),
  );
  return `${p.nama} — ${p.unit.nama}; ${t('siap sekarang', 'ready now')} ${p.readyNow}, ${t('memenuhi syarat', 'eligible')} ${p.eligible}` +
    (flagsShown ? `\n   ${flags.join('; ')}` : '');
}

export function riskPositionBlocks(positions: readonly RiskPosition[], lang: Lang, flagsShown = true): ReplyBlock[] {
  const t = say(lang);
  const shown = positions.slice(0, RISK_POSITIONS_SHOWN);
  const blocks: ReplyBlock[] = [{ kind: 'list', items: shown.map((p, i) => `${i + 1}. ${riskPositionLine(p, lang, flagsShown)}`) }];
  const more = positions.length - shown.length;
  if (more > 0) blocks.push({ kind: 'note', text: t(`… dan ${more} jabatan lainnya.`, `… and ${more} more positions.`) });
  return blocks;
}
