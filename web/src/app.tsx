/**
 * Entry of the board: opens the session (a one-time link in `/masuk#…`, or the cookie already there), shows the
 * sign-in form when there is none, then the committee screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, setCsrfToken, unwrap, type Session } from './api/client';
import { CommitteeScreen } from './board/committee-screen';
import { SignIn } from './session/sign-in';

/**
 * Opens the session once per page load, whatever React does with effects: a one-time link in `/masuk#…` is read and
 * removed from the address bar (and the history) before anything else, then exchanged; otherwise the cookie is asked.
 */
let opening: Promise<Session | null> | null = null;
/** @returns the session, or null when there is none yet (the normal way in: the sign-in form, without a message). */
function openSession(): Promise<Session | null> {
  if (opening) return opening;
  const link = window.location.pathname === '/masuk' ? window.location.hash.slice(1) : '';
  if (window.location.pathname === '/masuk') window.history.replaceState(null, '', '/');
  opening = link
    ? unwrap(api.POST('/auth/session', { body: { loginLink: link } }))
    : unwrap(api.GET('/api/v1/session')).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      });
  return opening;
}

type State = { kind: 'loading' } | { kind: 'signed-out'; message: string | null } | { kind: 'signed-in'; session: Session };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const adopt = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ kind: 'signed-in', session });
  }, []);

  useEffect(() => {
    openSession().then(
      (session) => (session ? adopt(session) : setState({ kind: 'signed-out', message: null })),
      (err: Error) => setState({ kind: 'signed-out', message: err.message }),
    );
  }, [adopt]);

  if (state.kind === 'loading') return <p role="status" style={{ padding: 20 }}>Memuat papan komite…</p>;
  if (state.kind === 'signed-out') return <SignIn message={state.message} onSignedIn={adopt} />;
  return (
    <CommitteeScreen
      session={state.session}
      onSignedOut={() => {
        setCsrfToken(null);
        setState({ kind: 'signed-out', message: 'Anda telah keluar.' });
      }}
    />
  );
}
