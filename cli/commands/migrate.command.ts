import type { Command } from 'commander';
import { createRuntime } from '../runtime.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Menerapkan migrasi skema database')
    .action(async () => {
      const runtime = await createRuntime();
      await runtime.close();
      process.stdout.write(`Migrasi selesai (${runtime.deps.dbHandle.driver}).\n`);
    });
}
