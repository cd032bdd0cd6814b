/** The service context of the operator at the console: full rights (SYSTEM_PRINCIPAL), actor `cli`, real clock. */
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../services/context.js';
import { createRuntime, type Runtime } from './runtime.js';

export function cliContext(runtime: Pick<Runtime, 'deps' | 'log'>): ServiceContext {
  return { deps: runtime.deps, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log: runtime.log, now: () => new Date() };
}

/** Opens the runtime, runs `work` with the console context and always closes the runtime again. */
export async function withCliContext<T>(work: (ctx: ServiceContext, runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await createRuntime({ logLevel: 'warn' });
  try {
    return await work(cliContext(runtime), runtime);
  } finally {
    await runtime.close();
  }
}
