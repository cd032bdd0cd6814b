/**
 * Replies that are not answers: an unlinked chat user (told how to get access, with the id the BKD admin needs), a
 * service error turned into words, and a question not understood (with the nearest things to ask instead).
 */
import { isAppError } from '../../lib/errors.js';
import type { ServiceContext } from '../../services/context.js';
import { helpLine } from '../intents/help.intent.js';
import type { Intent } from '../intents/intent.js';
import { say, type Lang } from '../language/lang.js';
import { refusalReply, type Reply } from './reply.js';

export function unlinkedReply(platform: 'slack' | 'telegram', externalId: string, lang: Lang): Reply {
  const t = say(lang);
  const name = platform === 'slack' ? 'Slack' : 'Telegram';
  const command = `talenta chat link --instansi <kode-instansi> --platform ${platform} --id ${externalId} --role PIMPINAN --unit <kode-unit>`;
  const api = `POST /api/v1/instansi/<kode-instansi>/chat-identities { "platform": "${platform}", "externalId": "${externalId}", "role": "PIMPINAN", "unit": "<kode-unit>" }`;
  const intro = t(`Akun ${name} Anda (ID: ${externalId}) belum terhubung ke Talenta, jadi saya belum dapat menjawab. Minta admin BKD instansi Anda menghubungkannya:`,
    `Your ${name} account (ID: ${externalId}) is not linked to Talenta yet, so I cannot answer. Ask your BKD administrator to link it:`);
  return {
    lang,
    personal: false,
    blocks: [{ kind: 'text', text: intro }, { kind: 'grid', text: command }, { kind: 'note', text: `${t('atau lewat API', 'or through the API')}: ${api}` }],
    source: null,
    refusal: 'unlinked',
  };
}

/** Service errors are answers too: a refusal the leader understands, never a stack trace. */
export function errorReply(err: unknown, ctx: ServiceContext, lang: Lang): Reply {
  const t = say(lang);
  if (isAppError(err)) {
    switch (err.kind) {
      case 'FORBIDDEN':
      case 'UNAUTHORIZED':
        return refusalReply(lang, 'forbidden', t(`⛔ Maaf, Anda tidak berwenang melihat ini: ${err.message}.`,
          '⛔ Sorry, this is outside what your role and unit scope may see.'));
      case 'NOT_FOUND':
        return refusalReply(lang, 'not_found', t(`🔎 ${err.message}.`, '🔎 Nothing was found for that (or no talent review has completed yet).'));
      case 'PRECONDITION_FAILED':
      case 'CONFLICT':
        return refusalReply(lang, 'no_review', t(`ℹ️ ${err.message}.`, 'ℹ️ That review is not available yet.'));
      case 'VALIDATION':
      case 'UNPROCESSABLE':
        return refusalReply(lang, 'invalid', t(`ℹ️ ${err.message}.`, 'ℹ️ That request could not be read; please rephrase it.'));
      default:
        break;
    }
  }
  ctx.log.error({ err: err instanceof Error ? { message: err.message, code: (err as { code?: unknown }).code } : String(err) }, 'bot answer failed');
  return refusalReply(lang, 'error', t('Maaf, terjadi kesalahan saat menyiapkan jawaban. Silakan coba lagi nanti.',
    'Sorry, something went wrong while preparing the answer. Please try again later.'));
}

export function unknownReply(suggestions: readonly Intent[], lang: Lang): Reply {
  const t = say(lang);
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'text', text: t('Maaf, saya belum memahami pertanyaan itu. Mungkin maksud Anda:', 'Sorry, I did not understand that. Perhaps you meant:') },
      { kind: 'list', items: suggestions.flatMap((s) => helpLine(s, lang) ?? []) },
      { kind: 'note', text: t('Ketik "bantuan" untuk semua yang bisa saya jawab.', 'Type "help" for everything I can answer.') },
    ],
    source: null,
    refusal: 'invalid',
  };
}
