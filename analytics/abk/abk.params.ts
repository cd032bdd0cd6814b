/**
 * Parameters of the ABK engine: the policy's `abk` section plus the succession parameters whose rules it shares —
 * BUP by jabatan (read through `bupFor`) and the horizon within which an incumbent's retirement makes a vacancy
 * urgent (`riskHorizonMonths`, the PEMANGKU_PENSIUN horizon).
 */
import type { Policy } from '../policy/index.js';
import { successionParamsFromPolicy, type SuccessionParams } from '../succession/succession.params.js';
import type { AbkPolicy } from './abk.policy.js';

export interface AbkParams extends AbkPolicy {
  succession: SuccessionParams;
}

export function abkParamsFromPolicy(policy: Policy): AbkParams {
  return { ...policy.abk, succession: successionParamsFromPolicy(policy) };
}
