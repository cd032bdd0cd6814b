/**
 * The succession risks of one named post or jabatan rather than of a unit: "seberapa rawan posisi sekda?",
 * "risiko kepala sekolah SMPN 3", "apakah jabatan perawat di dinkes berisiko?". A post's own risk flags, or those of
 * every position of a jabatan in the unit asked about; a post without flags is said to be without them (only
 * critical positions carry flags). Aggregates only, no names.
 */
import { jabatanMatcher } from '../../services/abk/jabatan-words.js';
import type { DirectoryPosition } from '../../services/chat/get-org-directory.js';
import { getRiskPriorities, type RiskPriorities } from '../../services/succession/get-risk-priorities.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { riskPositionBlocks } from './shared/risk-lines.js';

function presentPostRisks(data: RiskPriorities, what: string, flagged: RiskPriorities['positions'], lang: Lang): Reply {
  const t = say(lang);
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Risiko suksesi — ${what}`, `Succession risks — ${what}`) },
      flagged.length === 0
        ? { kind: 'text', text: t('Tidak ada tanda risiko suksesi pada tinjauan terakhir (tanda risiko hanya diberikan pada jabatan kritikal). 👍',
            'No succession risk flag in the latest review (only critical positions carry risk flags). 👍') }
        : { kind: 'text', text: t(`${flagged.length} jabatan berisiko, paling mendesak lebih dulu:`, `${flagged.length} positions at risk, most urgent first:`) },
      ...(flagged.length === 0 ? [] : riskPositionBlocks(flagged, lang)),
    ],
    source: reviewLine(data.review, lang),
  };
}

/** One position's own flags, read in its unit. */
export async function answerPosition(h: HandlerContext, position: DirectoryPosition): Promise<Reply> {
  const data = await getRiskPriorities(h.ctx, { instansiKode: h.instansi.kode, unitKode: position.unit.kode });
  const own = data.positions.filter((p) => p.kode === position.kode);
  return presentPostRisks(data, `${position.nama} (${position.unit.nama})`, own, h.lang);
}

/** The flags of every position of a jabatan ("perawat", "analis kebijakan") in the unit asked about. */
export async function answerJabatan(h: HandlerContext, unitKode: string | null, jabatan: string): Promise<Reply> {
  const data = await getRiskPriorities(h.ctx, { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) });
  const named = jabatanMatcher(jabatan);
  const where = scopeText(data.unit, h.lang);
  return presentPostRisks(data, `${jabatan} — ${where}`, data.positions.filter((p) => named(p.nama)), h.lang);
}
