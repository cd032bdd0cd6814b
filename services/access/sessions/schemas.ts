/** Shapes of board sign-in: the request and who the signed-in caller is. */
import { z } from 'zod';
import { ROLES } from '../../../db/enums.js';

export const SignInBodySchema = z.union([
  z.object({ token: z.string().min(1).max(200) }).strict(),
  z.object({ loginLink: z.string().min(1).max(200) }).strict(),
]);

const Ref = z.object({ kode: z.string(), nama: z.string() });

export const SignedInViewSchema = z.object({
  name: z.string(),
  role: z.enum(ROLES),
  instansi: Ref.nullable(),
  /** The unit subtree a PIMPINAN is limited to. */
  unit: Ref.nullable(),
  /** What the board may show and offer, from the same permission table as the API. */
  capabilities: z.object({
    seePeople: z.boolean(),
    nipMasked: z.boolean(),
    calibrate: z.boolean(),
    finalize: z.boolean(),
    exportPack: z.boolean(),
  }),
  /** Echo in `X-CSRF-Token` on every write made with the session cookie; null for bearer callers. */
  csrfToken: z.string().nullable(),
  expiresAt: z.iso.datetime().nullable(),
});
export type SignedInView = z.infer<typeof SignedInViewSchema>;

export const LoginLinkSchema = z.object({ url: z.string(), expiresAt: z.iso.datetime() });
