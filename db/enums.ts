/**
 * The closed value sets stored in text columns. Tables declare their columns with them; services validate input
 * against them, so they live apart from the tables (services do not import `db/schema`).
 */
export const ROLES = ['SUPERADMIN', 'ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const CHAT_PLATFORMS = ['slack', 'telegram'] as const;
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

export const REVIEW_STATUS = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUS)[number];
