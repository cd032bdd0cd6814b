/**
 * The one list of intents the bots understand. Adding an intent = one `<name>.intent.ts` module (phrases, grammar,
 * answer, help line, Telegram command, pick handling) and one line here; see bots/README.md. The order is the
 * order of the help text and breaks ties between equal scores.
 */
import { compareIntent } from './compare.intent.js';
import { countIntent } from './count.intent.js';
import { greetingIntent } from './greeting.intent.js';
import { helpIntent } from './help.intent.js';
import type { Intent } from './intent.js';
import { nineBoxIntent } from './nine-box.intent.js';
import { noReadySuccessorIntent } from './no-ready-successor.intent.js';
import { profileIntent } from './profile.intent.js';
import { retiringIntent } from './retiring.intent.js';
import { risksIntent } from './risks.intent.js';
import { scheduleIntent } from './schedule.intent.js';
import { staffingBalanceIntent } from './staffing-balance.intent.js';
import { successorsIntent } from './successors.intent.js';
import { talentPoolIntent } from './talent-pool.intent.js';
import { topTalentIntent } from './top-talent.intent.js';
import { vacantIntent } from './vacant.intent.js';
import { whyNotIntent } from './why-not.intent.js';

export const INTENTS: readonly Intent[] = [
  successorsIntent,
  whyNotIntent,
  profileIntent,
  compareIntent,
  nineBoxIntent,
  countIntent,
  talentPoolIntent,
  topTalentIntent,
  risksIntent,
  vacantIntent,
  noReadySuccessorIntent,
  retiringIntent,
  staffingBalanceIntent,
  scheduleIntent,
  helpIntent,
  greetingIntent,
];
