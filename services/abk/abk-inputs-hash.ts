/** SHA-256 of the ABK rows a review read (results, tasks, catalogue codes), in their stored order. */
import { createHash } from 'node:crypto';
import type { AbkInputRows } from '../../db/repositories/abk-inputs.repository.js';
import { canonicalJson } from '../reviews/inputs-hash.js';

export function hashAbkInputs(rows: AbkInputRows): string {
  return createHash('sha256').update(canonicalJson(rows)).digest('hex');
}
