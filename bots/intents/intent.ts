/**
 * The shape of one intent module: the phrases only it uses, how strongly a question asks for it and with which
 * arguments, the answer (service verbs → generic reply blocks), its help line and Telegram command, and how a
 * pick-list choice is answered. Every intent lives in one file and is registered once, in `index.ts`.
 */
import type { Reply } from '../core/reply.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Analysis } from '../language/analysis.js';
import type { Bilingual } from '../language/lang.js';
import type { ConceptPhrases } from '../language/phrase-index.js';

export interface IntentModule<Args extends object> {
  /** Stable name: the key of the question set and of logs. */
  name: string;
  /** Concept phrases only this intent uses (the shared ones are in `language/lexicon/concepts.ts`). */
  phrases?: ConceptPhrases;
  grammar: {
    /**
     * How strongly the question asks for this intent: 0 not at all; {@link UNDERSTOOD} or more means the intent is
     * answered when no other intent scores higher. Subject words score 3, supporting words 0.5–1.
     */
    score(question: Analysis): number;
    args(question: Analysis): Args;
  };
  answer(h: HandlerContext, args: Args): Promise<Reply>;
  /** One help line: usage and an example, in both languages; null keeps the intent out of the help text. */
  help: { usage: Bilingual; example: Bilingual } | null;
  /** The Telegram command that asks this intent directly (`/kandidat kepala dinas pendidikan`). */
  command: { name: string; description: Bilingual } | null;
  /** Answers a button of a pick list this intent offered; `prefix` marks its values (see core/pick.ts). */
  pick?: { prefix: string; answer(h: HandlerContext, key: string): Promise<Reply> };
}

/** The score from which a question counts as understood. */
export const UNDERSTOOD = 2.5;

/** An intent with its argument type erased, as the registry holds it. */
export interface Intent {
  readonly name: string;
  readonly phrases: ConceptPhrases;
  readonly help: IntentModule<object>['help'];
  readonly command: IntentModule<object>['command'];
  readonly pick: IntentModule<object>['pick'];
  score(question: Analysis): number;
  read(question: Analysis): object;
  answer(h: HandlerContext, args: object): Promise<Reply>;
}

export function defineIntent<Args extends object>(module: IntentModule<Args>): Intent {
  return {
    name: module.name,
    phrases: module.phrases ?? {},
    help: module.help,
    command: module.command,
    pick: module.pick,
    score: (question) => module.grammar.score(question),
    read: (question) => module.grammar.args(question),
    // `args` always comes from this module's own `read`.
    answer: (h, args) => module.answer(h, args as Args),
  };
}
