/** API tokens: creation (shown once), revocation, listing, and resolution of a bearer token to a principal. */
export { createToken } from './create-token.js';
export { revokeToken } from './revoke-token.js';
export { listTokens } from './list-tokens.js';
export { resolveToken, type ResolvedToken } from './resolve-token.js';
export { ensureDemoAdminToken } from './ensure-demo-admin-token.js';
export {
  CreateTokenInput, CreatedTokenSchema, ListTokensInput, RevokeTokenInput, RoleSchema, TokenSummarySchema,
  type CreatedToken, type TokenSummary,
} from './schemas.js';
export { parseExpiry } from './token-expiry.js';
