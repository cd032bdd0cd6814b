/**
 * The unit or position a question names, resolved in the asker's directory: one match, a pick list of the close
 * matches inside the asker's scope, or "not found".
 */
import type { DirectoryPosition, DirectoryUnit } from '../../../services/chat/get-org-directory.js';
import type { HandlerContext } from '../../core/handler-context.js';
import type { Reply } from '../../core/reply.js';
import { resolvePosition, resolveUnit } from '../../language/resolve-org.js';
import { absentPostReply } from './absent-post-reply.js';
import { choiceReply, gradeNotFoundReply, notFoundReply, numberedNotFoundReply, unheardFieldReply, unknownKodeReply } from './replies.js';

/** The office a missing field was looked for in, and the names of what it has of the kind asked. */
function whereMissing<T>(found: { within?: string; instead?: readonly T[] }, nameOf: (item: T) => string) {
  return found.within === undefined ? undefined : { within: found.within, instead: [...new Set((found.instead ?? []).map(nameOf))] };
}

/**
 * @param phrase - the unit words of the question; null means the asker's whole scope
 * @param pickPrefix - the intent's pick prefix: a chosen unit is answered by that intent
 * @param keyOf - the pick key for a unit (its kode, plus whatever the intent needs to answer the choice)
 */
export function findUnit(
  h: HandlerContext,
  phrase: string | null,
  pickPrefix: string,
  keyOf: (unit: DirectoryUnit) => string = (u) => u.kode,
): { unit: DirectoryUnit | null } | { reply: Reply } {
  if (phrase === null) return { unit: null };
  const found = resolveUnit(phrase, h.directory);
  if (found.kind === 'none' && found.kode) return { reply: unknownKodeReply(h.lang, found.kode.written, found.kode.nearest) };
  if (found.kind === 'none' && found.numbered) {
    return { reply: numberedNotFoundReply(h.lang, phrase, found.numbered.number, found.numbered.nearest.map((u) => u.nama)) };
  }
  if (found.kind === 'none' && found.unheard) {
    return { reply: unheardFieldReply(h.lang, { kind: 'unit', phrase }, found.unheard, whereMissing(found, (u) => u.nama)) };
  }
  if (found.kind === 'none') return { reply: notFoundReply(h.lang, { id: `Unit "${phrase}"`, en: `Unit "${phrase}"` }) };
  // The top unit ("Pemerintah Kabupaten Contoh") is the whole instansi: answered for the asker's whole scope, so a
  // leader of one dinas asking "seluruh pemerintah kabupaten" gets their own scope rather than a refusal.
  if (found.kind === 'match') return { unit: found.item.parentKode === null ? null : found.item };
  return {
    reply: choiceReply({
      lang: h.lang,
      prompt: { id: `Ada beberapa unit yang cocok dengan "${phrase}". Maksud Anda yang mana?`, en: `Several units match "${phrase}". Which one do you mean?` },
      prefix: pickPrefix,
      options: found.options.map((u) => ({ label: u.nama, detail: u.kode, key: keyOf(u) })),
      more: found.more,
      personal: false,
    }),
  };
}

/** A unit kode sent back by a pick-list button. */
export function unitByKode(h: HandlerContext, kode: string): DirectoryUnit | null {
  return h.directory.units.find((u) => u.kode === kode) ?? null;
}

/**
 * The `answer` and `pick` of an intent answered for the unit its question names (null: the asker's whole scope): the
 * unit is resolved, several close matches become a pick list, and a chosen unit is answered the same way.
 */
export function answerForUnit(pickPrefix: string, answerUnit: (h: HandlerContext, unitKode: string | null) => Promise<Reply>) {
  return {
    answer: async (h: HandlerContext, args: { unit: string | null }): Promise<Reply> => {
      const found = findUnit(h, args.unit, pickPrefix);
      if ('reply' in found) return found.reply;
      return answerUnit(h, found.unit?.kode ?? null);
    },
    pick: { prefix: pickPrefix, answer: (h: HandlerContext, key: string) => answerUnit(h, unitByKode(h, key)?.kode ?? null) },
  };
}

/**
 * @param keyOf - the pick key for a position (the kode, plus whatever the intent needs to answer the choice)
 */
export function findPosition(
  h: HandlerContext,
  phrase: string,
  pickPrefix: string,
  keyOf: (position: DirectoryPosition) => string = (p) => p.kode,
): { position: DirectoryPosition } | { reply: Reply } {
  const found = resolvePosition(phrase, h.directory);
  if (found.kind === 'none' && found.kode) return { reply: unknownKodeReply(h.lang, found.kode.written, found.kode.nearest) };
  if (found.kind === 'none' && found.numbered) {
    // The number is a unit's ("kepala sekolah smp negeri 4"): the units of the nearest posts are what is there.
    const units = [...new Set(found.numbered.nearest.map((p) => p.unit.nama))];
    return { reply: numberedNotFoundReply(h.lang, phrase, found.numbered.number, units) };
  }
  if (found.kind === 'none' && found.grade) return { reply: gradeNotFoundReply(h.lang, phrase, found.grade.grade, found.grade.nearest.map((p) => p.nama)) };
  if (found.kind === 'none' && found.unheard) {
    return { reply: unheardFieldReply(h.lang, { kind: 'position', phrase }, found.unheard, whereMissing(found, (p) => p.nama)) };
  }
  if (found.kind === 'none') return { reply: notFoundReply(h.lang, { id: `Jabatan "${phrase}"`, en: `Position "${phrase}"` }) };
  if (found.kind === 'match') return { position: found.item };
  if (found.kind === 'absent') return { reply: absentPostReply(h, found) };
  return {
    reply: choiceReply({
      lang: h.lang,
      prompt: { id: `Ada beberapa jabatan yang cocok dengan "${phrase}". Maksud Anda yang mana?`, en: `Several positions match "${phrase}". Which one do you mean?` },
      prefix: pickPrefix,
      options: found.options.map((p) => ({ label: p.nama, detail: `${p.unit.nama} · ${p.kode}`, key: keyOf(p) })),
      more: found.more,
      personal: false,
    }),
  };
}
