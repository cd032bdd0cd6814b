/**
 * The one core both transports call: who is asking (the linked chat identity, with its role and unit scope), what
 * they ask (the grammar over the registered intents, with the instansi's own unit and position names), the answer
 * from the intent's service verbs, and service errors turned into refusals in the asker's language.
 */
import { wallClock } from '../../lib/clock.js';
import { getOrgDirectory, type OrgDirectory } from '../../services/chat/get-org-directory.js';
import { resolveChatIdentity, type ChatPlatform } from '../../services/chat/resolve-chat-identity.js';
import type { ServiceContext } from '../../services/context.js';
import type { Deps } from '../../services/deps.js';
import type { Intent } from '../intents/intent.js';
import { detectLanguage } from '../language/detect-language.js';
import type { Bilingual, Lang } from '../language/lang.js';
import { tokenise } from '../language/tokenise.js';
import type { Vocabulary } from '../language/vocabulary.js';
import type { HandlerContext } from './handler-context.js';
import { parsePickValue } from './pick.js';
import { errorReply, unknownReply, unlinkedReply } from './refusals.js';
import { refusalReply, type Reply } from './reply.js';
import { createGrammar } from './understand.js';

export interface ChatUser {
  platform: ChatPlatform;
  externalId: string;
}

export interface BotCore {
  /** Answers a typed question; `intent` reads it as that intent (a Telegram command). */
  answerText(input: ChatUser & { text: string; intent?: string }): Promise<Reply>;
  /** Answers a pick-list choice (a button's value). */
  answerPick(input: ChatUser & { value: string }): Promise<Reply>;
  /** The Telegram commands of the registered intents. */
  readonly commands: ReadonlyArray<{ name: string; intent: string; description: Bilingual }>;
}

/**
 * @param now - the clock for service contexts; @defaultValue the system clock
 */
export function createBotCore(options: { deps: Deps; intents: readonly Intent[]; now?: () => Date }): BotCore {
  const { deps, intents } = options;
  const now = options.now ?? wallClock;
  const grammar = createGrammar(intents);
  // The directory read is cached per data version and returns the same object until the data changes.
  const vocabularies = new WeakMap<OrgDirectory, Vocabulary>();

  function vocabularyOf(directory: OrgDirectory): Vocabulary {
    let vocabulary = vocabularies.get(directory);
    if (!vocabulary) {
      vocabulary = grammar.vocabulary(directory);
      vocabularies.set(directory, vocabulary);
    }
    return vocabulary;
  }

  async function withIdentity(user: ChatUser, lang: Lang, run: (h: Omit<HandlerContext, 'lang'>) => Promise<Reply>): Promise<Reply> {
    const identity = await resolveChatIdentity(deps, user.platform, user.externalId);
    if (!identity) return unlinkedReply(user.platform, user.externalId, lang);
    const ctx: ServiceContext = {
      deps,
      actor: identity.actor,
      principal: identity.principal,
      // The external id is redacted by the logger; the platform is enough to trace a problem.
      log: deps.log.child({ transport: user.platform }),
      now,
    };
    try {
      const directory = await getOrgDirectory(ctx, { instansiKode: identity.instansi.kode });
      return await run({ ctx, instansi: identity.instansi, directory, intents });
    } catch (err) {
      return errorReply(err, ctx, lang);
    }
  }

  return {
    commands: intents.flatMap((i) => (i.command ? [{ name: i.command.name, intent: i.name, description: i.command.description }] : [])),
    answerText(input) {
      const guess = detectLanguage(tokenise(input.text, () => false));
      return withIdentity(input, guess, async (h) => {
        const understood = grammar.understand(input.text, vocabularyOf(h.directory), input.intent === undefined ? {} : { intent: input.intent });
        if (understood.kind === 'unknown') return unknownReply(understood.suggestions, understood.lang);
        h.ctx.log.debug({ intent: understood.intent.name }, 'bot question understood');
        try {
          const reply = await understood.intent.answer({ ...h, lang: understood.lang }, understood.args);
          return reply.refusal === 'not_found' && understood.tentative ? unknownReply(understood.tentative, understood.lang) : reply;
        } catch (err) {
          return errorReply(err, h.ctx, understood.lang);
        }
      });
    },
    answerPick(input) {
      const pick = parsePickValue(input.value);
      const lang = pick?.lang ?? 'id';
      return withIdentity(input, lang, async (h) => {
        const intent = pick ? intents.find((i) => i.pick?.prefix === pick.prefix) : undefined;
        if (!pick || !intent?.pick) {
          return refusalReply(lang, 'invalid', lang === 'en' ? 'This choice is no longer known; please ask again.' : 'Pilihan ini tidak dikenali lagi; silakan bertanya ulang.');
        }
        try {
          return await intent.pick.answer({ ...h, lang }, pick.key);
        } catch (err) {
          return errorReply(err, h.ctx, lang);
        }
      });
    },
  };
}
