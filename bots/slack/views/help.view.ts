import { HELP_COMMANDS } from '../../shared/presenters/help.presenter.js';
import { context, header, section, type Block } from './mrkdwn.js';

export function helpBlocks(): Block[] {
  return [
    header('Talenta — asisten talenta dan suksesi'),
    section(HELP_COMMANDS.map(([cmd, what]) => `• \`/talenta ${cmd}\` — ${what}`).join('\n')),
    context('Juga bisa dengan menyebut @Talenta atau pesan langsung. English: successors, ninebox, profile, risk, schedule, help.'),
  ];
}
