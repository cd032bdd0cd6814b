/**
 * The staffing balance of one jabatan or a family of them ("perawat", "penyuluh pertanian", "analis kebijakan ahli
 * muda") in the asker's scope or one unit: every matching position with its need, staff in post and gap, per unit
 * (never netted), and the family's totals. A phrase no position of the ABK matches is answered in words with the
 * closest jabatan names, not with the balance of something else.
 */
import { getAbkPositions } from '../../services/abk/get-abk-positions.js';
import type { AbkPosition, AbkPositions } from '../../services/abk/schemas.js';
import { prepareName, scorePrepared } from '../../services/succession/name-match.js';
import type { HandlerContext } from '../core/handler-context.js';
import { CALLBACK_DATA_LIMIT } from '../core/pick.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { listedBlocks, noAbkReply, notNettedNote, positionLine, totalsBlock, type Side } from './shared/balance-blocks.js';

/** Positions listed in a chat answer; the rest is in the API and the XLSX. */
const SHOWN = 8;
/** Closest jabatan names offered when the phrase matches none. */
const SUGGESTED = 3;
/** Below this a name shares no more than stray letters with the phrase ("bidan" and "Kepala Dinas Pendidikan"). */
const NEAR = 0.2;

/** The asked side's largest gaps first, then the other side's, then the balanced ones. */
function ordered(positions: readonly AbkPosition[], side: Side): AbkPosition[] {
  const [asked, other] = side === 'kurang' ? (['kurang', 'lebih'] as const) : (['lebih', 'kurang'] as const);
  return [...positions].sort((a, b) => b[asked] - a[asked] || b[other] - a[other] || a.kode.localeCompare(b.kode));
}

function titleText(data: AbkPositions, jabatan: string, lang: Lang): string {
  const where = scopeText(data.unit, lang);
  return say(lang)(`Neraca pegawai (ABK ${data.tahun}) — ${jabatan} — ${where}`, `Staffing balance (workload analysis ${data.tahun}) — ${jabatan} — ${where}`);
}

export function presentJabatanBalance(data: AbkPositions, jabatan: string, side: Side, lang: Lang): Reply {
  const t = say(lang);
  const lines = ordered(data.positions, side).map((p) => positionLine(p, lang));
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: titleText(data, jabatan, lang) },
    totalsBlock(data.total, lang),
    { kind: 'text', text: t('Per jabatan dan unit:', 'By position and unit:') },
    ...listedBlocks(lines, SHOWN, lang),
    notNettedNote(lang),
  ];
  return { lang, personal: false, blocks, source: reviewLine(data.review, lang) };
}

/** The distinct jabatan names closest to the phrase, best first. */
function closestNames(jabatan: string, positions: readonly AbkPosition[]): string[] {
  const query = prepareName(jabatan);
  return [...new Set(positions.map((p) => p.nama))]
    .map((nama) => ({ nama, score: scorePrepared(query, prepareName(nama)) }))
    .filter((s) => s.score >= NEAR)
    .sort((a, b) => b.score - a.score || a.nama.localeCompare(b.nama))
    .slice(0, SUGGESTED)
    .map((s) => s.nama);
}

/** The units of the asker's scope that hold the jabatan, when the unit asked about does not. */
function unitsHolding(positions: readonly AbkPosition[]): string[] {
  return [...new Set(positions.map((p) => p.unit.nama))].slice(0, SUGGESTED);
}

function notFoundReply(data: AbkPositions, jabatan: string, near: { names: string[]; units: string[] }, lang: Lang): Reply {
  const t = say(lang);
  const where = scopeText(data.unit, lang);
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: t(`Neraca pegawai (ABK ${data.tahun}) — ${where}`, `Staffing balance (workload analysis ${data.tahun}) — ${where}`) },
    { kind: 'text', text: t(`Tidak ada jabatan "${jabatan}" dalam ABK ${where}.`, `No position named "${jabatan}" is in the workload analysis of ${where}.`) },
  ];
  if (near.units.length > 0) {
    blocks.push({ kind: 'text', text: t(`Jabatan itu ada di: ${near.units.join(', ')}.`, `It is found in: ${near.units.join(', ')}.`) });
  }
  blocks.push(near.names.length > 0
    ? { kind: 'text', text: t(`Jabatan yang mirip: ${near.names.join('; ')}.`, `Closest positions: ${near.names.join('; ')}.`) }
    : { kind: 'text', text: t('Tanyakan "kebutuhan pegawai" untuk semua jabatan.', 'Ask "staffing needs" for every position.') });
  return { lang, personal: false, blocks, source: reviewLine(data.review, lang) };
}

export async function answerJabatan(h: HandlerContext, unitKode: string | null, jabatan: string, side: Side): Promise<Reply> {
  const scope = { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) };
  const data = await getAbkPositions(h.ctx, { ...scope, jabatan });
  if (data.tahun === null) return noAbkReply(data, h.lang);
  if (data.positions.length > 0) return presentJabatanBalance(data, jabatan, side, h.lang);
  const inUnit = await getAbkPositions(h.ctx, scope);
  const elsewhere = unitKode === null ? [] : (await getAbkPositions(h.ctx, { instansiKode: h.instansi.kode, jabatan })).positions;
  return notFoundReply(data, jabatan, { names: closestNames(jabatan, inUnit.positions), units: unitsHolding(elsewhere) }, h.lang);
}

/** As many whole words of the jabatan as fit in a pick value already `used` characters long. */
export function jabatanForKey(jabatan: string, used: number): string {
  const kept: string[] = [];
  for (const word of jabatan.split(' ')) {
    if (used + [...kept, word].join(' ').length > CALLBACK_DATA_LIMIT) break;
    kept.push(word);
  }
  return kept.join(' ');
}
