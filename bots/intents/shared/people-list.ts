/** A list of placed people as the talent pool and "top talent" answers show it, saying how many more there are. */
import type { PlacementItem } from '../../../services/talent/schemas.js';
import type { ReplyBlock } from '../../core/reply.js';
import { say, type Lang } from '../../language/lang.js';
import { scoreText } from '../../shared/labels.js';

function placementLine(item: PlacementItem, rank: number, lang: Lang): string {
  const t = say(lang);
  return `${rank}. ${item.nama} (NIP ${item.nip}) — ${item.jabatan.nama}, ${item.unit.nama}; ${t('kotak', 'box')} ${item.effectiveBox ?? '–'}, ` +
    `${t('nilai talenta', 'talent score')} ${scoreText(item.nilaiTalenta, lang)}`;
}

/** The list, then "… and N more" when the total is larger than what is shown. */
export function peopleBlocks(items: readonly PlacementItem[], total: number, lang: Lang): ReplyBlock[] {
  const t = say(lang);
  const blocks: ReplyBlock[] = [{ kind: 'list', items: items.map((item, i) => placementLine(item, i + 1, lang)) }];
  const more = total - items.length;
  if (more > 0) blocks.push({ kind: 'note', text: t(`… dan ${more} orang lainnya.`, `… and ${more} more.`) });
  return blocks;
}
