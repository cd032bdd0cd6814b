/**
 * What every use case receives: who is asking (actor + principal with role and unit scope), the dependencies,
 * a logger and the clock. Transports (HTTP, bots, jobs, CLI) build it; services authorise on it.
 */
import type { Logger } from '../lib/logger.js';
import type { Role } from '../db/enums.js';
import type { Deps } from './deps.js';

export type Actor =
  | { type: 'token'; userId: number; tokenId: number; name: string }
  | { type: 'chat'; platform: 'slack' | 'telegram'; externalId: string }
  | { type: 'system'; job: string }
  | { type: 'cli' };

/** The permissions an actor holds. `instansiId` null only for SUPERADMIN; `unitId` scopes PIMPINAN to a subtree. */
export interface Principal {
  role: Role;
  instansiId: number | null;
  unitId: number | null;
}

export interface ServiceContext {
  deps: Deps;
  actor: Actor;
  principal: Principal;
  log: Logger;
  /** The clock, injected so reviews and tests are reproducible. */
  now: () => Date;
  requestId?: string;
}

/** Short, non-personal description of an actor for audit rows and logs. */
export function describeActor(actor: Actor): string {
  switch (actor.type) {
    case 'token':
      return `token:${actor.tokenId}:${actor.name}`;
    case 'chat':
      return `${actor.platform}:${actor.externalId}`;
    case 'system':
      return `system:${actor.job}`;
    case 'cli':
      return 'cli';
  }
}

/** An actor as it may appear in logs: its kind and internal id only (token names and chat ids may name a person). */
export function logActor(actor: Actor): string {
  switch (actor.type) {
    case 'token':
      return `token:${actor.tokenId}`;
    case 'chat':
      return `chat:${actor.platform}`;
    case 'system':
      return `system:${actor.job}`;
    case 'cli':
      return 'cli';
  }
}

/** Full access, for the CLI and scheduled jobs that act on behalf of the operator. */
export const SYSTEM_PRINCIPAL: Principal = { role: 'SUPERADMIN', instansiId: null, unitId: null };
