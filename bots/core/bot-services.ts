/**
 * The service verbs the bots answer from, as a port typed by the services' own response schemas, so the bots read
 * exactly what the API returns; `createBots` receives the real verbs from the composition root.
 */
import type { ServiceContext } from '../../services/context.js';
import type { RetirementOutlook, Risks, Successors } from '../../services/succession/schemas.js';
import type { EmployeeTalent, NineBox } from '../../services/talent/schemas.js';

export type ReviewRef = NineBox['review'];
export type NineBoxView = NineBox;
export type SuccessorsView = Successors;
export type RisksView = Risks;
export type RetirementOutlookView = RetirementOutlook;
export type EmployeeTalentView = EmployeeTalent;
export type GateView = Successors['slate'][number]['gates'][number];

export interface ScheduleView {
  cron: string;
  timezone: string;
  next?: string | null;
}

/** Verbs owned by the talent, succession and schedule modules; the bots never query their tables themselves. */
export interface BotServices {
  getNineBox(ctx: ServiceContext, input: { instansiKode: string; reviewId: 'latest'; unitKode?: string }): Promise<NineBoxView>;
  getEmployeeTalent(ctx: ServiceContext, input: { instansiKode: string; nip: string }): Promise<EmployeeTalentView>;
  getSuccessors(
    ctx: ServiceContext,
    input: { instansiKode: string; positionKode: string; reviewId?: string; limit?: number },
  ): Promise<SuccessorsView>;
  getRisks(ctx: ServiceContext, input: { instansiKode: string; unitKode?: string }): Promise<RisksView>;
  getRetirementOutlook(ctx: ServiceContext, input: { instansiKode: string; unitKode?: string }): Promise<RetirementOutlookView>;
  getSchedule(ctx: ServiceContext, input: { instansiKode: string }): Promise<ScheduleView>;
}
