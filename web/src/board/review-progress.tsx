/**
 * The instansi's reviews that are queued or being computed, while the committee waits for them: each one's state and
 * progress, asked for again every two seconds. A review that completes is handed to `onCompleted` (the screen loads
 * its review list again and offers to open it); one that fails says why and is asked for no more.
 */
import { useEffect, useState } from 'react';
import { api, unwrap, type ReviewList } from '../api/client';

type Review = ReviewList['items'][number];

const POLL_MS = 2_000;
const waiting = (r: Review) => r.status === 'QUEUED' || r.status === 'RUNNING';

export function ReviewProgress({ instansiKode, pending, onCompleted }: { instansiKode: string; pending: Review[]; onCompleted: (review: Review) => void }) {
  const [shown, setShown] = useState<Review[]>(pending);
  useEffect(() => setShown(pending), [pending]);

  useEffect(() => {
    const asked = shown.filter(waiting);
    if (asked.length === 0) return;
    const timer = setTimeout(() => {
      const path = (id: string) => ({ params: { path: { kode: instansiKode, id } } });
      void Promise.all(asked.map((r) => unwrap(api.GET('/api/v1/instansi/{kode}/reviews/{id}', path(r.id))))).then(
        (fresh) => {
          for (const r of fresh) if (r.status === 'COMPLETED') onCompleted(r);
          const byId = new Map(fresh.map((r) => [r.id, r]));
          setShown((current) => current.map((r) => byId.get(r.id) ?? r).filter((r) => r.status !== 'COMPLETED'));
        },
        // A refused or lost request is asked again at the next tick.
        () => setShown((current) => [...current]),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [shown, instansiKode, onCompleted]);

  if (shown.length === 0) return null;
  return (
    <div className="review-progress" data-testid="review-progress">
      {shown.map((r) => (
        <p key={r.id} className={`banner ${r.status === 'FAILED' ? 'error' : 'info'}`} role="status">
          {r.status === 'QUEUED' && `Tinjauan per ${r.asOf} menunggu giliran dihitung.`}
          {r.status === 'RUNNING' && (
            <>
              Tinjauan per {r.asOf} sedang dihitung: {r.progress} %{' '}
              <progress max={100} value={r.progress} aria-label={`Kemajuan tinjauan per ${r.asOf}`} />
            </>
          )}
          {r.status === 'FAILED' && `Tinjauan per ${r.asOf} gagal dihitung${r.error ? `: ${r.error}` : '.'}`}
        </p>
      ))}
    </div>
  );
}
