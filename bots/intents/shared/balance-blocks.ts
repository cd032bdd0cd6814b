/**
 * Pieces of the staffing-balance answers (Neraca Pegawai) for the whole balance and for one jabatan: the totals, a
 * position's line, the rows shown, the note that shortages and surpluses are never netted, and the answer when a
 * review holds no ABK.
 */
import type { AbkPosition, AbkPositions, AbkTotals } from '../../../services/abk/schemas.js';
import type { Reply, ReplyBlock } from '../../core/reply.js';
import { say, type Lang } from '../../language/lang.js';
import { reviewLine, scopeText, scoreText } from '../../shared/labels.js';

/** Which side a question asks about: the shortages (default) or the surpluses. */
export type Side = 'kurang' | 'lebih';

/** "1 position", "3 positions"; Indonesian has one form. */
export function positionsText(n: number, lang: Lang): string {
  return lang === 'en' ? `${n} position${n === 1 ? '' : 's'}` : `${n} jabatan`;
}

/** A position is short or over, never both: its own gap, or balanced. */
function positionGap(p: AbkPosition, lang: Lang): string {
  const t = say(lang);
  if (p.kurang > 0) return t(`kurang ${p.kurang}`, `short ${p.kurang}`);
  if (p.lebih > 0) return t(`lebih ${p.lebih}`, `over ${p.lebih}`);
  return t('seimbang', 'balanced');
}

export function positionLine(p: AbkPosition, lang: Lang): string {
  const t = say(lang);
  const vacant = p.kosong ? t(', kosong', ', vacant') : '';
  return `${p.nama} (${p.unit.nama}): ${positionGap(p, lang)} — ${t(`kebutuhan ${p.kebutuhan}, ada ${p.existing}`, `need ${p.kebutuhan}, in post ${p.existing}`)}${vacant}`;
}

/** The first `shown` lines as a list, and how many more the download holds. */
export function listedBlocks(lines: readonly string[], shown: number, lang: Lang): ReplyBlock[] {
  const blocks: ReplyBlock[] = [{ kind: 'list', items: lines.slice(0, shown) }];
  if (lines.length > shown) {
    blocks.push({ kind: 'note', text: say(lang)(`dan ${lines.length - shown} lainnya; rincian lengkap di unduhan Neraca Pegawai (XLSX).`,
      `and ${lines.length - shown} more; the full detail is in the staffing balance download (XLSX).`) });
  }
  return blocks;
}

export function totalsBlock(total: AbkTotals, lang: Lang): ReplyBlock {
  const t = say(lang);
  const eu = total.eu === null ? '–' : `${scoreText(total.eu, lang)}${total.euBand ? ` (${total.euBand.band}, ${total.euBand.label})` : ''}`;
  return {
    kind: 'list',
    items: [
      t(`Kebutuhan: ${total.kebutuhan} pegawai di ${total.positions} jabatan`, `Need: ${total.kebutuhan} staff in ${positionsText(total.positions, lang)}`),
      t(`Pegawai ada: ${total.existing} (PNS ${total.existingPns}, PPPK ${total.existingPppk})`, `In post: ${total.existing} (PNS ${total.existingPns}, PPPK ${total.existingPppk})`),
      t(`Kekurangan: ${total.kurang} pegawai di ${total.positionsKurang} jabatan (${total.jabatanKosong} jabatan kosong)`,
        `Short: ${total.kurang} staff in ${positionsText(total.positionsKurang, lang)} (${total.jabatanKosong} vacant)`),
      t(`Kelebihan: ${total.lebih} pegawai di ${total.positionsLebih} jabatan`, `Over: ${total.lebih} staff in ${positionsText(total.positionsLebih, lang)}`),
      t(`Efektivitas unit (EU): ${eu}`, `Unit effectiveness (EU): ${eu}`),
    ],
  };
}

/** The answer when the review holds no ABK at all. */
export function noAbkReply(data: Pick<AbkPositions, 'unit' | 'review'>, lang: Lang): Reply {
  const t = say(lang);
  const where = scopeText(data.unit, lang);
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Neraca pegawai — ${where}`, `Staffing balance — ${where}`) },
      { kind: 'text', text: t('Tinjauan ini belum memuat data ABK: impor hasil ABK (kebutuhan) atau uraian tugas (abk_tugas), lalu jalankan tinjauan.',
        'This review holds no workload analysis (ABK): import the ABK results (kebutuhan) or task lists (abk_tugas), then run a review.') },
    ],
    source: reviewLine(data.review, lang),
  };
}

/** Said under every balance: a shortage in one unit is not covered by a surplus in another. */
export function notNettedNote(lang: Lang): ReplyBlock {
  return { kind: 'note', text: say(lang)('Kekurangan dan kelebihan dihitung per jabatan di tiap unit dan tidak saling menutup.',
    'Shortages and surpluses are counted per position in each unit and never offset each other.') };
}
