/**
 * The employee a question names, searched by the talent service within the asker's scope: one match, or a pick
 * list in which namesakes are told apart by position, unit and masked NIP, saying how many more there are.
 */
import { maskNip } from '../../../services/access/authorize.js';
import { searchEmployees, type EmployeeHit } from '../../../services/chat/search-employees.js';
import type { HandlerContext } from '../../core/handler-context.js';
import type { Reply } from '../../core/reply.js';
import { PICK_LIMIT } from '../../language/pick-best.js';
import { choiceReply, notFoundReply } from './replies.js';

/** How many close matches are fetched to count the ones a pick list leaves out. */
const SEARCH_LIMIT = 100;

export async function findPerson(
  h: HandlerContext,
  query: { name: string } | { id: number },
  pick: { prefix: string; keyOf: (hit: EmployeeHit) => string },
): Promise<{ person: EmployeeHit } | { reply: Reply }> {
  const search = 'name' in query ? { query: query.name } : { id: query.id };
  const found = await searchEmployees(h.ctx, { instansiKode: h.instansi.kode, limit: SEARCH_LIMIT, ...search });
  const label = 'name' in query ? query.name : '';
  if (found.kind === 'none') return { reply: notFoundReply(h.lang, { id: `Pegawai "${label}"`, en: `Employee "${label}"` }) };
  if (found.kind === 'match') return { person: found.item };
  return {
    reply: choiceReply({
      lang: h.lang,
      prompt: { id: `Ada beberapa pegawai bernama mirip "${label}". Maksud Anda yang mana?`, en: `Several employees have a name like "${label}". Which one do you mean?` },
      prefix: pick.prefix,
      options: found.options.slice(0, PICK_LIMIT).map(({ item }) => ({
        label: item.nama,
        detail: `${item.jabatan}, ${item.unit} · NIP ${maskNip(item.nip)}`,
        key: pick.keyOf(item),
      })),
      more: Math.max(0, found.options.length - PICK_LIMIT),
      personal: true,
    }),
  };
}
