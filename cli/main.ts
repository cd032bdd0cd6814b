/**
 * The `talenta` command line: one subcommand per file under cli/commands. Registering a command loads nothing but
 * its options; what it does (database, services, the server) is loaded when it runs, so `--help` and a command
 * answered by the running server start in a few tens of milliseconds. Every failure is one line on stderr and a
 * non-zero exit code (cli/failure-line.ts).
 */
import { Command } from 'commander';
import { registerChat } from './commands/chat.command.js';
import { registerDemo } from './commands/demo.command.js';
import { registerImport } from './commands/import.command.js';
import { registerImportMapping } from './commands/import-mapping.command.js';
import { registerInstansi } from './commands/instansi.command.js';
import { registerMigrate } from './commands/migrate.command.js';
import { registerReview } from './commands/review.command.js';
import { registerServe } from './commands/serve.command.js';
import { registerToken } from './commands/token.command.js';
import { registerWorker } from './commands/worker.command.js';
import { failureLine } from './failure-line.js';

export function buildProgram(): Command {
  const program = new Command('talenta').description('Talenta: manajemen talenta dan suksesi ASN');
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
  // Usage errors are thrown to main() and printed there as one line, never with the whole help text.
  const quiet = (command: Command) => {
    command.exitOverride().configureOutput({ outputError: () => {} });
    command.commands.forEach(quiet);
  };
  quiet(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    const { code, exitCode } = err as { code?: string; exitCode?: number };
    if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
    // `talenta` alone: the help was printed (to stderr) as the answer.
    if (code === 'commander.help') process.exit(exitCode ?? 1);
    const failure = failureLine(err);
    process.stderr.write(`Galat: ${failure.message}\n`);
    process.exit(failure.exitCode);
  }
}
