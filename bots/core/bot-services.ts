/**
 * The service verbs the bots answer from, as a port. The shapes are the contract's response shapes (§5), so the
 * bots read exactly what the API returns; `createBots` receives the real verbs from the composition root.
 */
import type { ServiceContext } from '../../services/context.js';

export interface ReviewRef {
  id: string;
  asOf: string;
}

export interface NineBoxView {
  review: ReviewRef;
  unit: { kode: string; nama: string } | null;
  boxes: Array<{ box: number; label: string; count: number; rekomendasi: readonly string[] }>;
  /** Employees without a box; a count or a list, depending on the verb's version. */
  belumTerpetakan: number | readonly unknown[];
}

export interface GateView {
  gate: string;
  passed: boolean;
  reason: string;
}

export interface SuccessorsView {
  review: ReviewRef;
  position: { kode: string; nama: string; jenisJabatan: string; pemangku: { nip: string; nama: string } | null };
  eligibleCount: number;
  slate: Array<{
    rank: number;
    nip: string;
    nama: string;
    readiness: string;
    jenis: string;
    kesesuaian: string;
    nilaiTalenta: number | null;
    box: number;
    gates?: GateView[];
  }>;
  nearMisses: Array<{ nip: string; nama: string; box: number; gate: string; reason: string }>;
  risks: readonly string[];
}

export interface RisksView {
  review: ReviewRef;
  positions: Array<{ kode: string; nama: string; risks: readonly string[]; readyNow: number; eligible: number }>;
  metrics: { criticalPositions: number; pctWithReadyNow: number; meanEligible: number; overloadedSuccessors: number };
}

export interface PlacementView {
  nip: string;
  nama: string;
  unit: unknown;
  jabatan: unknown;
  kinerja: { score: number | null; level: string | null };
  potensial: { score: number | null; level: string | null };
  box: number | null;
  calibratedBox: number | null;
  nilaiTalenta: number | null;
}

/** Employee talent: the latest placement plus box history. Extra keys are ignored by the bots. */
export interface EmployeeTalentView {
  review?: ReviewRef;
  placement?: PlacementView | null;
  history?: Array<{ review: ReviewRef; box: number | null; calibratedBox: number | null }>;
  /** Slates the employee is on in that review. */
  slates?: Array<{ position: { kode: string; nama: string }; rank: number; readiness: string }>;
}

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
  getSchedule(ctx: ServiceContext, input: { instansiKode: string }): Promise<ScheduleView>;
}
