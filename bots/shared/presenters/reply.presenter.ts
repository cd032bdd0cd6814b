/**
 * The whole plain-text answer for any reply. Telegram sends it (escaped) as is; Slack uses it as the
 * notification fallback next to its Block Kit layout.
 */
import type { BotReply } from '../../core/bot-reply.js';
import { presentHelp } from './help.presenter.js';
import { presentNineBoxText } from './nine-box.presenter.js';
import { presentPickList } from './pick-list.presenter.js';
import { presentProfile } from './profile.presenter.js';
import { presentUnknown } from './refusal.presenter.js';
import { presentRisks } from './risks.presenter.js';
import { presentSchedule } from './schedule.presenter.js';
import { presentSlate } from './slate.presenter.js';

export function presentReplyText(reply: BotReply): string {
  switch (reply.kind) {
    case 'slate':
      return presentSlate(reply.data);
    case 'ninebox':
      return presentNineBoxText(reply.data);
    case 'profil':
      return presentProfile(reply.data);
    case 'risiko':
      return presentRisks(reply.data, reply.outlook, reply.unit);
    case 'jadwal':
      return presentSchedule(reply.data, reply.instansi);
    case 'bantuan':
      return presentHelp();
    case 'pick':
      return presentPickList(reply.prompt, reply.options);
    case 'unknown':
      return presentUnknown(reply.text);
    case 'refusal':
      return reply.message;
  }
}
