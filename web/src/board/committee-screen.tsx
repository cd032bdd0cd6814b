/**
 * The committee's screen: instansi, review and unit pickers, the signed-in role, sign-out, finalise and the pack
 * download in the top bar; tabs for the board, the agenda, calibration fairness and succession.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap, type ReviewList, type Session } from '../api/client';
import { ROLES } from '../labels';
import { AgendaPanel } from '../panels/agenda-panel';
import { FairnessPanel } from '../panels/fairness-panel';
import { SuccessionPanel } from '../panels/succession-panel';
import { BoardTab } from './board-tab';
import { FinalizeButton } from './finalize-button';
import { ReviewProgress } from './review-progress';
import { useBoard } from './use-board';

const TABS = [
  { id: 'papan', label: 'Papan 9 kotak' },
  { id: 'agenda', label: 'Agenda komite' },
  { id: 'keadilan', label: 'Keadilan kalibrasi' },
  { id: 'suksesi', label: 'Suksesi' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function CommitteeScreen({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const [instansi, setInstansi] = useState<{ kode: string; nama: string } | null>(session.instansi);
  const [choices, setChoices] = useState<Array<{ kode: string; nama: string }>>([]);
  const [reviews, setReviews] = useState<ReviewList['items']>([]);
  const [reviewId, setReviewId] = useState<string | null>(null);
  /** Reviews queued or being computed, and the one that completed last while the screen was open. */
  const [pending, setPending] = useState<ReviewList['items']>([]);
  const [completed, setCompleted] = useState<ReviewList['items'][number] | null>(null);
  /** Bumped to load the review list again. */
  const [listing, setListing] = useState(0);
  const [unit, setUnit] = useState('');
  const [tab, setTab] = useState<TabId>('papan');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (session.instansi) return;
    void unwrap(api.GET('/api/v1/instansi')).then((list) => {
      setChoices(list.items);
      setInstansi((current) => current ?? list.items[0] ?? null);
    }, (err: Error) => setError(err.message));
  }, [session.instansi]);

  useEffect(() => {
    if (!instansi) return;
    void unwrap(api.GET('/api/v1/instansi/{kode}/reviews', { params: { path: { kode: instansi.kode }, query: { limit: 50 } } })).then(
      (list) => {
        const done = list.items.filter((r) => r.status === 'COMPLETED');
        setReviews(done);
        setReviewId((current) => current ?? done[0]?.id ?? null);
        setPending(list.items.filter((r) => r.status === 'QUEUED' || r.status === 'RUNNING'));
      },
      (err: Error) => setError(err.message),
    );
  }, [instansi, listing]);

  // A review requested elsewhere (the CLI, a schedule) shows up when the committee comes back to the screen.
  useEffect(() => {
    const listAgain = () => setListing((n) => n + 1);
    window.addEventListener('focus', listAgain);
    return () => window.removeEventListener('focus', listAgain);
  }, []);

  const reviewCompleted = useCallback((done: ReviewList['items'][number]) => {
    setCompleted(done);
    setListing((n) => n + 1);
  }, []);

  const board = useBoard(instansi?.kode ?? null, reviewId, unit);
  const units = board.unitOptions;

  async function signOut() {
    await api.DELETE('/api/v1/session');
    onSignedOut();
  }

  const review = board.data?.review;
  return (
    <>
      <header className="topbar">
        <h1>Papan Komite Talenta{instansi ? ` — ${instansi.nama}` : ''}</h1>
        {choices.length > 1 && (
          <label>
            Instansi
            <select value={instansi?.kode ?? ''} onChange={(e) => setInstansi(choices.find((c) => c.kode === e.target.value) ?? null)}>
              {choices.map((c) => (
                <option key={c.kode} value={c.kode}>{c.nama}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          Tinjauan
          <select value={reviewId ?? ''} onChange={(e) => setReviewId(e.target.value)}>
            {reviews.map((r) => (
              <option key={r.id} value={r.id}>
                per {r.asOf}{r.finalizedAt ? ' (ditetapkan)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Unit
          <select value={unit} onChange={(e) => setUnit(e.target.value)}>
            {!session.unit && <option value="">Seluruh instansi</option>}
            {units.map((u) => (
              <option key={u.kode} value={session.unit?.kode === u.kode ? '' : u.kode}>
                {`${'\u2003'.repeat(Math.min(u.depth, 4))}${u.nama}`}
              </option>
            ))}
          </select>
        </label>
        <div className="who">
          <span>
            {session.name} · {ROLES[session.role] ?? session.role}
            {session.unit ? ` · ${session.unit.nama}` : ''}
          </span>
          {instansi && review && session.capabilities.exportPack && (
            <a className="btn small on-brand" href={`/api/v1/instansi/${encodeURIComponent(instansi.kode)}/reviews/${review.id}/export.xlsx`} download>
              Unduh paket komite
            </a>
          )}
          {instansi && review && session.capabilities.finalize && !review.finalizedAt && (
            <FinalizeButton instansiKode={instansi.kode} reviewId={review.id} asOf={review.asOf} onDone={board.reload} />
          )}
          <button className="btn small on-brand" type="button" onClick={() => void signOut()}>
            Keluar
          </button>
        </div>
      </header>
      <nav className="tabs" role="tablist" aria-label="Bagian papan komite">
        {TABS.map((t) => (
          <button key={t.id} id={`tab-${t.id}`} role="tab" type="button" aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {error && <p className="banner error" role="alert">{error}</p>}
        {board.error && <p className="banner error" role="alert">{board.error}</p>}
        {instansi && <ReviewProgress instansiKode={instansi.kode} pending={pending} onCompleted={reviewCompleted} />}
        {completed && completed.id !== reviewId && (
          <p className="banner info" role="status">
            Tinjauan per {completed.asOf} selesai dihitung.{' '}
            <button className="btn small" type="button" onClick={() => setReviewId(completed.id)}>
              Buka tinjauan ini
            </button>
          </p>
        )}
        {review?.finalizedAt && (
          <p className="banner final" role="status">
            Tinjauan per {review.asOf} telah ditetapkan komite; papan hanya dapat dibaca.
          </p>
        )}
        {!instansi || !reviewId ? (
          <p role="status">{reviews.length === 0 ? 'Belum ada tinjauan talenta yang selesai.' : 'Memuat…'}</p>
        ) : tab === 'papan' ? (
          <BoardTab session={session} instansiKode={instansi.kode} board={board} />
        ) : tab === 'agenda' ? (
          <AgendaPanel session={session} instansiKode={instansi.kode} reviewId={reviewId} unit={unit} />
        ) : tab === 'keadilan' ? (
          <FairnessPanel instansiKode={instansi.kode} reviewId={reviewId} unit={unit} />
        ) : (
          <SuccessionPanel session={session} instansiKode={instansi.kode} reviewId={reviewId} unit={unit} />
        )}
      </main>
    </>
  );
}
