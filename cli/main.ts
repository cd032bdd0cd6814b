/** The `talenta` command line: one subcommand per file under cli/commands. */
import { Command } from 'commander';
import { isAppError } from '../lib/errors.js';
import { CliError } from './cli-error.js';
import { registerChat } from './commands/chat.command.js';
import { registerDemo } from './commands/demo.command.js';
import { registerImport } from './commands/import.command.js';
import { registerImportMapping } from './commands/import-mapping.command.js';
import { registerInstansi } from './commands/instansi.command.js';
import { registerMigrate } from './commands/migrate.command.js';
import { registerServe } from './commands/serve.command.js';
import { registerWorker } from './commands/worker.command.js';
import { registerReview } from './commands/review.command.js';
import { registerToken } from './commands/token.command.js';

export function buildProgram(): Command {
  const program = new Command('talenta')
    .description('Talenta: manajemen talenta dan suksesi ASN')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerInstansi(program);
  registerImport(program);
  registerImportMapping(program);
  registerDemo(program);
  registerChat(program);
  registerWorker(program);
  registerReview(program);
  registerToken(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
    if (typeof code === 'string' && code.startsWith('commander.')) process.exit(1);
    if (err instanceof CliError) {
      process.stderr.write(`Galat: ${err.message}\n`);
      process.exit(err.exitCode);
    }
    if (isAppError(err)) {
      process.stderr.write(`Galat: ${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`Galat tak terduga: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
