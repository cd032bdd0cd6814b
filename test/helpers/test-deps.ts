/** Builds production dependencies around a test database, with a silent logger. */
import { parseConfig, type Config } from '../../lib/config-schema.js';
import { createLogger } from '../../lib/logger.js';
import type { DbHandle } from '../../db/client.js';
import type { Deps } from '../../services/deps.js';

export function testConfig(overrides: Record<string, string> = {}): Config {
  const result = parseConfig({ LOG_LEVEL: 'silent', ...overrides });
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.config;
}

export function createTestDeps(dbHandle: DbHandle, overrides: Partial<Deps> = {}): Deps {
  const config = overrides.config ?? testConfig();
  return { config, log: createLogger({ level: 'silent', pretty: false }), dbHandle, ...overrides };
}
