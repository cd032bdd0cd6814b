/**
 * `talenta migrate`: applies pending migrations. A running `talenta serve` on the embedded database applied them
 * when it started and owns the data, so then there is nothing to do here.
 */
import type { Command } from 'commander';
import { describeOwner, readLiveOwner } from '../../db/data-dir-lock.js';
import { readLocalSettings } from '../../lib/config.js';
import { CliError } from '../cli-error.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Menerapkan migrasi skema database')
    .action(async () => {
      const settings = readLocalSettings();
      const owner = settings.embedded ? readLiveOwner(settings.dataDir) : null;
      if (owner?.command === 'talenta serve') {
        process.stdout.write(`Migrasi sudah diterapkan oleh ${describeOwner(owner)} saat mulai; tidak ada yang perlu dilakukan.\n`);
        return;
      }
      if (owner) throw new CliError(`DATA_DIR ${settings.dataDir} sedang dipakai oleh ${describeOwner(owner)}; coba lagi setelah selesai`);
      const { createRuntime } = await import('../runtime.js');
      const runtime = await createRuntime({ command: 'talenta migrate', logLevel: 'silent' });
      await runtime.close();
      process.stdout.write(`Migrasi selesai (${runtime.deps.dbHandle.driver}).\n`);
    });
}
