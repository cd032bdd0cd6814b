/** Board sign-in: one-time login links, cookie sessions acting as an API token, CSRF tokens, sign-out. */
export { boardBaseUrl, issueLoginLink, issueLoginLinkForToken, loginLinkUrl } from './issue-login-link.js';
export { resolveSession } from './resolve-session.js';
export { signIn, type SignInInput, type SignedIn } from './sign-in.js';
export { signOut } from './sign-out.js';
export { csrfTokenMatches, csrfTokenOf, LOGIN_LINK_TTL_MS, SESSION_TTL_MS } from './session-secret.js';
export { describePrincipal } from './describe-principal.js';
export { LoginLinkSchema, SignedInViewSchema, SignInBodySchema, type SignedInView } from './schemas.js';
