/**
 * Tests that spawn `bin/talenta.js` run the compiled JavaScript in dist/. When a source file is newer than the
 * compiled entry (sources edited since the last build), compile once before the suite so those tests never run
 * stale code.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../lib/project-root.js';

const COMPILED_FOLDERS = ['analytics', 'bots', 'cli', 'db', 'jobs', 'lib', 'server', 'services'];

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function compiledMtime(): number {
  try {
    return statSync(projectPath('dist', 'main.js')).mtimeMs;
  } catch {
    return 0;
  }
}

export function ensureCompiled(): void {
  const sources = Math.max(
    ...COMPILED_FOLDERS.map((folder) => newestSourceMtime(projectPath(folder))),
    statSync(projectPath('tsconfig.json')).mtimeMs,
    statSync(projectPath('tools', 'build-server.ts')).mtimeMs,
  );
  if (compiledMtime() >= sources) return;
  process.stdout.write('[talenta] sources are newer than dist/: compiling (npm run build:server)\n');
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectPath(), stdio: 'inherit' });
}
