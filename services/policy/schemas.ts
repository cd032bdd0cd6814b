/** Schemas of the policy verbs: the policy in force with its version (contract §5 `GET/PUT …/policy`). */
import { z } from 'zod';

export const PolicyViewSchema = z.object({
  instansi: z.string(),
  /** 0 = the built-in default (no version stored yet). */
  version: z.int(),
  /** The full, validated policy (analytics `Policy`). */
  policy: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime().nullable(),
  createdBy: z.string().nullable(),
  /** PUT only: whether this request wrote a new version (false when nothing changed). */
  changed: z.boolean().optional(),
});
export type PolicyView = z.infer<typeof PolicyViewSchema>;

export const GetPolicyInput = z.object({ instansiKode: z.string().min(1) });
export type GetPolicyInput = z.infer<typeof GetPolicyInput>;

/** `policy` is any JSON: a full policy or a partial override of the defaults, validated by `parsePolicy`. */
export const PutPolicyInput = z.object({ instansiKode: z.string().min(1), policy: z.unknown() });
export type PutPolicyInput = z.infer<typeof PutPolicyInput>;
