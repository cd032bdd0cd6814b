#!/usr/bin/env node
// Entry of the `talenta` command: runs the compiled JavaScript that `npm ci` (the `prepare` script) builds in dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Galat: Talenta belum dibangun; jalankan `npm ci` atau `npm run build` lebih dulu.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
