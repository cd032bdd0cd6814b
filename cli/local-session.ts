/**
 * A command's session when no server holds the database: this process opens it (taking the embedded database's
 * lock), runs the operations itself and closes it again. Without Redis, a review requested here also runs here.
 */
import type { AdminSession, SessionOptions } from './admin-session.js';
import { cliContext } from './cli-context.js';
import { runOperation } from './operations/catalog.js';
import { createRuntime } from './runtime.js';

export async function openLocalSession(
  command: string,
  options: SessionOptions,
): Promise<{ session: AdminSession; close(): Promise<void> }> {
  // Failures reach the operator as one line from the command; the logger would only repeat them as JSON.
  const runtime = await createRuntime({ command, logLevel: 'silent', probeQueue: options.runJobs === true });
  const jobsRunHere = options.runJobs === true && runtime.queue.kind === 'in-process';
  if (jobsRunHere) await runtime.queue.startWorkers();
  const ctx = cliContext(runtime);
  return {
    session: {
      where: 'local',
      worker: 'proses ini',
      jobsRunHere,
      call: (name, input) => runOperation(ctx, name, input),
      jobsIdle: () => runtime.queue.idle(),
    },
    close: () => runtime.close(),
  };
}
