/**
 * The one place that reads the environment. Parsed once per entrypoint with zod (`config-schema.ts`); every problem
 * is printed and the process exits non-zero, so a bad deployment fails at start with a clear line per problem
 * instead of at first use. The schema is loaded on first use: a command that only talks to a running server never
 * pays for it.
 */
import { resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from './config-defaults.js';
import type { Config } from './config-schema.js';

export type { Config } from './config-schema.js';

/**
 * Reads `process.env` once. On bad configuration prints one line per problem to stderr and exits with code 2,
 * without a stack trace.
 */
export async function loadConfig(env: Record<string, string | undefined> = process.env): Promise<Config> {
  const { parseConfig } = await import('./config-schema.js');
  const result = parseConfig(env);
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`Konfigurasi tidak valid: ${problem}\n`);
    process.exit(2);
  }
  return result.config;
}

/**
 * Where a running `talenta serve` on the embedded database would announce itself, read without validating the rest
 * of the configuration (the command line's fast path).
 * @returns the absolute `DATA_DIR`, and whether the embedded database is in use (no `DATABASE_URL`)
 */
export function readLocalSettings(env: Record<string, string | undefined> = process.env): { dataDir: string; embedded: boolean } {
  return {
    dataDir: resolve(env.DATA_DIR?.trim() || DEFAULT_DATA_DIR),
    embedded: !env.DATABASE_URL?.trim(),
  };
}
