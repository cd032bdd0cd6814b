/** Runs `shutdown` once on the first SIGINT or SIGTERM, then exits; a second signal during shutdown is ignored. */
import type { Logger } from '../lib/logger.js';

export function onShutdownSignal(log: Logger, shutdown: () => Promise<void>): void {
  let closing = false;
  const handle = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err: { message: (err as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}
