/**
 * The one core both transports call: who is asking (linked chat identity), what they ask (parsed text or a
 * pick-list button), the answer from the service verbs, and service errors turned into clear refusals.
 */
import { isAppError } from '../../lib/errors.js';
import { resolveChatIdentity, type ChatPlatform } from '../../services/chat/resolve-chat-identity.js';
import type { ServiceContext } from '../../services/context.js';
import type { Deps } from '../../services/deps.js';
import { presentForbidden, presentUnlinked } from '../shared/presenters/refusal.presenter.js';
import { parsePickValue, type BotReply } from './bot-reply.js';
import type { BotServices } from './bot-services.js';
import {
  answerJadwal, answerKandidat, answerKandidatKode, answerNineBox, answerNineBoxKode, answerProfilNama, answerProfilNip,
  answerRisiko, answerRisikoKode, type HandlerContext,
} from './intent-handlers.js';
import { parseQuery, type Intent } from './query-parser.js';

export interface BotCore {
  /** Answers a typed question. */
  answerText(input: ChatUser & { text: string }): Promise<BotReply>;
  /** Answers a pick-list choice (a button's value). */
  answerPick(input: ChatUser & { value: string }): Promise<BotReply>;
}

export interface ChatUser {
  platform: ChatPlatform;
  externalId: string;
}

/**
 * @param now - the clock for service contexts; @defaultValue the system clock
 */
export function createBotCore(options: { deps: Deps; services: BotServices; now?: () => Date }): BotCore {
  const { deps, services } = options;
  const now = options.now ?? (() => new Date());

  async function withIdentity(user: ChatUser, run: (h: HandlerContext) => Promise<BotReply>): Promise<BotReply> {
    const identity = await resolveChatIdentity(deps, user.platform, user.externalId);
    if (!identity) return { kind: 'refusal', reason: 'unlinked', message: presentUnlinked(user.platform, user.externalId) };
    const ctx: ServiceContext = {
      deps,
      actor: identity.actor,
      principal: identity.principal,
      // The external id is redacted by the logger; the platform is enough to trace a problem.
      log: deps.log.child({ transport: user.platform }),
      now,
    };
    try {
      return await run({ ctx, services, instansi: identity.instansi });
    } catch (err) {
      return toRefusal(err, ctx);
    }
  }

  return {
    answerText: (input) => withIdentity(input, (h) => dispatch(h, parseQuery(input.text))),
    answerPick: (input) =>
      withIdentity(input, async (h) => {
        const pick = parsePickValue(input.value);
        if (!pick) return { kind: 'refusal', reason: 'invalid', message: 'Pilihan ini tidak dikenali lagi; silakan bertanya ulang.' };
        switch (pick.target) {
          case 'kandidat':
            return answerKandidatKode(h, pick.key);
          case 'ninebox':
            return answerNineBoxKode(h, pick.key);
          case 'risiko':
            return answerRisikoKode(h, { kode: pick.key, nama: pick.key });
          case 'profil':
            return pick.key.startsWith('#') ? answerProfilNama(h, '', Number(pick.key.slice(1))) : answerProfilNip(h, pick.key);
        }
      }),
  };
}

function dispatch(h: HandlerContext, intent: Intent): Promise<BotReply> {
  switch (intent.kind) {
    case 'kandidat':
      return answerKandidat(h, intent.position);
    case 'ninebox':
      return answerNineBox(h, intent.unit);
    case 'risiko':
      return answerRisiko(h, intent.unit);
    case 'profil':
      return 'nip' in intent ? answerProfilNip(h, intent.nip) : answerProfilNama(h, intent.nama);
    case 'jadwal':
      return answerJadwal(h);
    case 'bantuan':
      return Promise.resolve({ kind: 'bantuan' });
    case 'unknown':
      return Promise.resolve({ kind: 'unknown', text: intent.text });
  }
}

/** Service errors are answers too: a refusal the leader understands, never a stack trace. */
function toRefusal(err: unknown, ctx: ServiceContext): BotReply {
  if (isAppError(err)) {
    switch (err.kind) {
      case 'FORBIDDEN':
      case 'UNAUTHORIZED':
        return { kind: 'refusal', reason: 'forbidden', message: presentForbidden(err.message) };
      case 'NOT_FOUND':
        return { kind: 'refusal', reason: 'not_found', message: `🔎 ${err.message}.` };
      case 'PRECONDITION_FAILED':
      case 'CONFLICT':
        return { kind: 'refusal', reason: 'no_review', message: `ℹ️ ${err.message}.` };
      case 'VALIDATION':
      case 'UNPROCESSABLE':
        return { kind: 'refusal', reason: 'invalid', message: `ℹ️ ${err.message}.` };
      default:
        break;
    }
  }
  ctx.log.error({ err: err instanceof Error ? { message: err.message, code: (err as { code?: unknown }).code } : String(err) }, 'bot answer failed');
  return { kind: 'refusal', reason: 'error', message: 'Maaf, terjadi kesalahan saat menyiapkan jawaban. Silakan coba lagi nanti.' };
}
