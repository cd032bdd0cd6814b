/** Finalising a review (ADMIN or KOMITE), behind a confirmation: afterwards the board is read-only. */
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { Modal } from './modal';

export function FinalizeButton({ instansiKode, reviewId, asOf, onDone }: { instansiKode: string; reviewId: string; asOf: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function finalize() {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/instansi/{kode}/reviews/{id}/finalize', { params: { path: { kode: instansiKode, id: reviewId } } }));
      setOpen(false);
      onDone();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button className="btn small on-brand" type="button" onClick={() => setOpen(true)}>
        Tetapkan tinjauan
      </button>
      {open && (
        <Modal title={`Tetapkan tinjauan per ${asOf}?`} onClose={() => setOpen(false)}>
          <p>Setelah ditetapkan, kotak talenta tidak dapat dikalibrasi lagi dan papan hanya dapat dibaca.</p>
          {error && <p className="banner error" role="alert">{error}</p>}
          <div className="row">
            <button className="btn" type="button" onClick={() => setOpen(false)}>Batal</button>
            <button className="btn primary" type="button" disabled={busy} onClick={() => void finalize()}>Tetapkan</button>
          </div>
        </Modal>
      )}
    </>
  );
}
