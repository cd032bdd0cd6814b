/**
 * Outbound notifications (review finished) to the instansi's configured Slack channel / Telegram chat.
 * Implemented by bots/; services only build the summary and hand it over.
 */
export interface ReviewSummary {
  instansi: { kode: string; nama: string; slackChannel: string | null; telegramChatId: string | null };
  review: { id: string; asOf: string; status: 'COMPLETED' | 'FAILED'; error: string | null };
  /** Absent for a failed review. */
  counts?: {
    employees: number;
    placed: number;
    belumTerpetakan: number;
    perBox: Record<string, number>;
    talentPool: number;
    /** The boxes the review's policy counts as the talent pool. */
    talentPoolBoxes: number[];
    positionsAtRisk: number;
  };
  /** Changes since the previous completed review of the instansi; absent when there is none. */
  changes?: {
    previousReviewId: string;
    previousAsOf: string;
    movedUp: number;
    movedDown: number;
    talentPoolDelta: number;
    positionsAtRiskDelta: number;
  };
}

export interface Notifier {
  reviewFinished(summary: ReviewSummary): Promise<void>;
}
