/**
 * "There is no such post": the titled post asked for is not in the unit named (or anywhere in the instansi); the posts
 * that are there are named so the asker can ask again. Post names only, never who holds them: shown where asked.
 */
import type { HandlerContext } from '../../core/handler-context.js';
import { refusalReply, type Reply } from '../../core/reply.js';
import type { AbsentPost } from '../../language/absent-post.js';
import { say } from '../../language/lang.js';

/** Posts named at once: enough to see what the unit has, short on a phone. */
const POSTS_SHOWN = 6;

export function absentPostReply(h: HandlerContext, absent: AbsentPost): Reply {
  const t = say(h.lang);
  const among = absent.among?.map((u) => u.nama).join(', ');
  const where = absent.nowhere || absent.unit === null ? (among ?? h.instansi.nama) : absent.unit.nama;
  const lead = t(`🔎 ${where} tidak punya jabatan ${absent.post}.`, `🔎 ${where} has no ${absent.post} post.`);
  const names = [...new Set(absent.posts.map((p) => p.nama))];
  if (absent.unit === null || names.length === 0) {
    return refusalReply(h.lang, 'not_found', `${lead} ${t('Tulis nama jabatannya seperti di daftar jabatan, atau kodenya.', 'Write the post as the list of posts names it, or its code.')}`);
  }
  const shown = names.slice(0, POSTS_SHOWN).join('; ');
  const more = names.length > POSTS_SHOWN ? t(` dan ${names.length - POSTS_SHOWN} lainnya`, ` and ${names.length - POSTS_SHOWN} more`) : '';
  const first = names[0] as string;
  return refusalReply(h.lang, 'not_found', `${lead} ${t(
    `Jabatan di ${absent.unit.nama}: ${shown}${more}. Tanyakan dengan nama jabatannya, mis. "${first}".`,
    `Posts in ${absent.unit.nama}: ${shown}${more}. Ask with the post's name, e.g. "${first}".`,
  )}`);
}
