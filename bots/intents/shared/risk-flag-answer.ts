/**
 * Answers that list the critical positions carrying one risk flag (vacant, no ready-now successor) in a unit, most
 * urgent first: the same read, the same unit pick list and the same layout, only the flag and the words differ.
 */
import { getRiskPriorities, type RiskPriorities } from '../../../services/succession/get-risk-priorities.js';
import type { HandlerContext } from '../../core/handler-context.js';
import type { Reply } from '../../core/reply.js';
import { say, type Lang } from '../../language/lang.js';
import { reviewLine, scopeText } from '../../shared/labels.js';
import { answerForUnit } from './find-org.js';
import { riskPositionBlocks } from './risk-lines.js';

type RiskFlag = RiskPriorities['positions'][number]['risks'][number];
type Words = readonly [id: string, en: string];

export interface RiskFlagAnswer {
  flag: RiskFlag;
  /** Prefix of the unit pick list's keys. */
  pick: string;
  title: (where: string) => Words;
  none: Words;
  some: (count: number) => Words;
}

function present(spec: RiskFlagAnswer, data: RiskPriorities, lang: Lang): Reply {
  const t = say(lang);
  const flagged = data.positions.filter((p) => p.risks.includes(spec.flag));
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(...spec.title(scopeText(data.unit, lang))) },
      { kind: 'text', text: t(...(flagged.length === 0 ? spec.none : spec.some(flagged.length))) },
      ...(flagged.length === 0 ? [] : riskPositionBlocks(flagged, lang)),
    ],
    source: reviewLine(data.review, lang),
  };
}

/** The `answer` and `pick` of an intent listing the positions of `spec.flag` in the unit its question names. */
export function riskFlagAnswer(spec: RiskFlagAnswer) {
  const answerUnit = async (h: HandlerContext, unitKode: string | null): Promise<Reply> =>
    present(spec, await getRiskPriorities(h.ctx, { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) }), h.lang);
  return answerForUnit(spec.pick, answerUnit);
}
