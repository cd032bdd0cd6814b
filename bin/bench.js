#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark harness through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../bench/main.ts');
