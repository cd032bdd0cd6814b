/**
 * One handler per intent: find what the question names (fuzzy), call the service verb with the chat user's
 * context, and wrap the result as a {@link BotReply}. Authorisation and NIP masking happen inside the verbs.
 */
import { presentNip } from '../../services/access/authorize.js';
import type { ServiceContext } from '../../services/context.js';
import { searchEmployees } from '../../services/chat/search-employees.js';
import type { MatchOutcome } from '../../services/succession/name-match.js';
import { searchPositions, searchUnits, type UnitHit } from '../../services/succession/search-positions.js';
import { renderNineBoxPng } from '../render/nine-box.png.js';
import { pickValue, type BotReply, type PickOption } from './bot-reply.js';
import type { BotServices } from './bot-services.js';

export interface HandlerContext {
  ctx: ServiceContext;
  services: BotServices;
  instansi: { kode: string; nama: string };
}

function notFound(message: string): BotReply {
  return { kind: 'refusal', reason: 'not_found', message: `🔎 ${message} Coba tulis nama lain atau kodenya.` };
}

/** `kandidat <jabatan>`: the slate of the one position meant, or a pick list when several fit. */
export async function answerKandidat(h: HandlerContext, query: string): Promise<BotReply> {
  if (query.length === 0) {
    return { kind: 'refusal', reason: 'invalid', message: 'Sebutkan jabatannya, misalnya "kandidat kepala dinas pendidikan".' };
  }
  const found = await searchPositions(h.ctx, { instansiKode: h.instansi.kode, query });
  if (found.kind === 'none') return notFound(`Jabatan "${query}" tidak ditemukan.`);
  if (found.kind === 'ambiguous') {
    const options: PickOption[] = found.options.map(({ item }) => ({
      label: item.nama,
      detail: `${item.kode} · ${item.unit.nama}`,
      value: pickValue('kandidat', item.kode),
    }));
    return { kind: 'pick', prompt: `Ada beberapa jabatan yang mirip "${query}". Maksud Anda yang mana?`, options };
  }
  return answerKandidatKode(h, found.item.kode);
}

export async function answerKandidatKode(h: HandlerContext, positionKode: string): Promise<BotReply> {
  const data = await h.services.getSuccessors(h.ctx, { instansiKode: h.instansi.kode, positionKode });
  return { kind: 'slate', data };
}

/** Resolves an optional unit query; a pick list comes back as a reply instead of a unit. */
async function resolveUnit(
  h: HandlerContext,
  query: string | null,
  target: 'ninebox' | 'risiko',
): Promise<{ unit: UnitHit | null } | { reply: BotReply }> {
  if (query === null) return { unit: null };
  const found: MatchOutcome<UnitHit> = await searchUnits(h.ctx, { instansiKode: h.instansi.kode, query });
  if (found.kind === 'none') return { reply: notFound(`Unit "${query}" tidak ditemukan.`) };
  if (found.kind === 'ambiguous') {
    const options = found.options.map(({ item }) => ({ label: item.nama, detail: item.kode, value: pickValue(target, item.kode) }));
    return { reply: { kind: 'pick', prompt: `Ada beberapa unit yang mirip "${query}". Maksud Anda yang mana?`, options } };
  }
  return { unit: found.item };
}

export async function answerNineBox(h: HandlerContext, unitQuery: string | null): Promise<BotReply> {
  const resolved = await resolveUnit(h, unitQuery, 'ninebox');
  if ('reply' in resolved) return resolved.reply;
  return answerNineBoxKode(h, resolved.unit?.kode ?? null);
}

export async function answerNineBoxKode(h: HandlerContext, unitKode: string | null): Promise<BotReply> {
  const data = await h.services.getNineBox(h.ctx, {
    instansiKode: h.instansi.kode,
    reviewId: 'latest',
    ...(unitKode === null ? {} : { unitKode }),
  });
  let png: Buffer | null = null;
  try {
    png = renderNineBoxPng(data);
  } catch (err) {
    // The text grid carries the same numbers; a rendering failure must not cost the answer.
    h.ctx.log.warn({ err: (err as Error).message }, 'nine-box image rendering failed');
  }
  return { kind: 'ninebox', data, png };
}

export async function answerRisiko(h: HandlerContext, unitQuery: string | null): Promise<BotReply> {
  const resolved = await resolveUnit(h, unitQuery, 'risiko');
  if ('reply' in resolved) return resolved.reply;
  return answerRisikoKode(h, resolved.unit);
}

export async function answerRisikoKode(h: HandlerContext, unit: UnitHit | null): Promise<BotReply> {
  const input = { instansiKode: h.instansi.kode, ...(unit ? { unitKode: unit.kode } : {}) };
  const [data, outlook] = await Promise.all([h.services.getRisks(h.ctx, input), h.services.getRetirementOutlook(h.ctx, input)]);
  return { kind: 'risiko', data, outlook, unit };
}

export async function answerProfilNip(h: HandlerContext, nip: string): Promise<BotReply> {
  const data = await h.services.getEmployeeTalent(h.ctx, { instansiKode: h.instansi.kode, nip });
  return { kind: 'profil', data };
}

/** By name: one clear match answers; namesakes come back as a pick list keyed by employee id, never by NIP. */
export async function answerProfilNama(h: HandlerContext, nama: string, id?: number): Promise<BotReply> {
  if (nama.length === 0 && id === undefined) {
    return { kind: 'refusal', reason: 'invalid', message: 'Sebutkan NIP atau nama pegawai, misalnya "profil 196608011988031001".' };
  }
  const found = await searchEmployees(h.ctx, { instansiKode: h.instansi.kode, ...(id === undefined ? { query: nama } : { id }) });
  if (found.kind === 'none') return notFound(`Pegawai "${nama}" tidak ditemukan dalam cakupan Anda.`);
  if (found.kind === 'ambiguous') {
    const options = found.options.map(({ item }) => ({
      label: item.nama,
      detail: `${presentNip(h.ctx.principal, item.nip)} · ${item.jabatan}, ${item.unit}`,
      value: pickValue('profil', `#${item.id}`),
    }));
    return { kind: 'pick', prompt: `Ada beberapa pegawai bernama mirip "${nama}". Maksud Anda yang mana?`, options };
  }
  return answerProfilNip(h, found.item.nip);
}

export async function answerJadwal(h: HandlerContext): Promise<BotReply> {
  const data = await h.services.getSchedule(h.ctx, { instansiKode: h.instansi.kode });
  return { kind: 'jadwal', data, instansi: h.instansi };
}
