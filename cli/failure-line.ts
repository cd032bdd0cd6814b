/**
 * Every failure of a command as one line for the operator, in Bahasa Indonesia: no stack trace, no validation dump.
 * The admin channel sends a failure in the server in the same words, so the line does not depend on where the
 * command ran.
 */
import { CommanderError } from 'commander';
import { DataDirBusyError } from '../db/data-dir-lock.js';
import { isAppError } from '../lib/errors.js';
import { CliError } from './cli-error.js';

/** Commander's own errors, by code: what the operator typed wrong. */
const USAGE: Record<string, (detail: string) => string> = {
  'commander.missingArgument': (d) => `argumen ${d} wajib diisi`,
  'commander.optionMissingArgument': (d) => `opsi ${d} memerlukan nilai`,
  'commander.missingMandatoryOptionValue': (d) => `opsi ${d} wajib diisi`,
  'commander.unknownOption': (d) => `opsi ${d} tidak dikenal`,
  'commander.unknownCommand': (d) => `perintah ${d} tidak dikenal`,
  'commander.excessArguments': () => 'terlalu banyak argumen',
  'commander.conflictingOption': () => 'opsi yang saling bertentangan',
};

export interface FailureLine {
  message: string;
  exitCode: number;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function isValidationDump(err: unknown): err is { issues: Issue[] } {
  return err instanceof Error && err.name === 'ZodError' && Array.isArray((err as { issues?: unknown }).issues);
}

function usageLine(err: CommanderError): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(err.message)?.[1];
  const text = USAGE[err.code]?.(quoted) ?? err.message.replace(/^error:\s*/, '').split('\n')[0];
  return `${text}${suggestion ? ` (maksud Anda ${suggestion}?)` : ''}; lihat --help`;
}

export function failureLine(err: unknown): FailureLine {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (err instanceof CommanderError) return { message: usageLine(err), exitCode: err.exitCode || 1 };
  if (isValidationDump(err)) {
    const issues = err.issues.map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
    return { message: issues.join('; '), exitCode: 1 };
  }
  const message = err instanceof Error ? err.message : String(err);
  const known = isAppError(err) || err instanceof DataDirBusyError;
  return { message: `${known ? '' : 'kesalahan tak terduga: '}${message.split('\n')[0]}`, exitCode: 1 };
}
