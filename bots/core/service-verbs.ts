/** The real service verbs behind {@link BotServices}: the bots answer from exactly what the API serves. */
import { getSchedule } from '../../services/schedule/get-schedule.js';
import { getRetirementOutlook } from '../../services/succession/get-retirement-outlook.js';
import { getRisks } from '../../services/succession/get-risks.js';
import { getSuccessors } from '../../services/succession/get-successors.js';
import { getEmployeeTalent } from '../../services/talent/get-employee-talent.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import type { BotServices } from './bot-services.js';

export const serviceVerbs: BotServices = {
  getNineBox,
  getEmployeeTalent,
  getSuccessors,
  getRisks,
  getRetirementOutlook,
  getSchedule,
};
