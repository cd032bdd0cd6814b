/** Sign-in with an API token (the one-time link signs in by itself). */
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Session } from '../api/client';

export function SignIn({ message, onSignedIn }: { message: string | null; onSignedIn: (s: Session) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await unwrap(api.POST('/auth/session', { body: { token: token.trim() } })));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <h1>Papan Komite Talenta</h1>
      {message && <p className="banner info" role="status">{message}</p>}
      <p>
        Buka tautan masuk sekali pakai yang Anda terima, atau masukkan token API Anda. Token hanya dipakai untuk membuka
        sesi; browser menyimpan cookie sesi, bukan token.
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="token">Token API</label>
        <input id="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
        {error && <p className="banner error" role="alert">{error}</p>}
        <button className="btn primary" type="submit" disabled={busy || token.trim() === ''}>
          Masuk
        </button>
      </form>
    </main>
  );
}
