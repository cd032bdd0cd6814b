/** The service context of the operator at the console: full rights (SYSTEM_PRINCIPAL), actor `cli`, real clock. */
import { wallClock } from '../lib/clock.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../services/context.js';
import type { Runtime } from './runtime.js';

/**
 * @param requestId - set for an operation that arrived over the admin channel, so its log lines can be found
 */
export function cliContext(runtime: Pick<Runtime, 'deps' | 'log'>, requestId?: string): ServiceContext {
  return {
    deps: runtime.deps,
    actor: { type: 'cli' },
    principal: SYSTEM_PRINCIPAL,
    log: requestId ? runtime.log.child({ requestId }) : runtime.log,
    now: wallClock,
    ...(requestId ? { requestId } : {}),
  };
}
