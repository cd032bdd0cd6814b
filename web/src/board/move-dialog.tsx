/**
 * The reason dialog every move goes through (drag, "Pindahkan" or undo): target box, a reason category and a text
 * of at least 20 characters; nothing is sent before both are there. The calibration goes through the existing
 * endpoint, with the category kept in the audited reason.
 */
import { useId, useState, type FormEvent } from 'react';
import { api, unwrap, type BoardCell, type BoardPerson } from '../api/client';
import { MIN_REASON_CHARS, MOVE_CATEGORIES } from '../labels';
import { Modal } from './modal';

export interface MoveRequest {
  person: BoardPerson;
  /** Chosen by dropping; null when the person is moved with the button (then picked here). */
  toBox: number | null;
  /** Back to the computed box. */
  undo: boolean;
}

interface Props {
  instansiKode: string;
  reviewId: string;
  request: MoveRequest;
  boxes: BoardCell[];
  onClose: () => void;
  onDone: (message: string) => void;
}

export function MoveDialog({ instansiKode, reviewId, request, boxes, onClose, onDone }: Props) {
  const { person } = request;
  const [box, setBox] = useState<number | null>(request.toBox);
  const [category, setCategory] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const length = text.trim().length;
  const valid = box !== null && box !== person.box && category !== null && length >= MIN_REASON_CHARS;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/instansi/{kode}/reviews/{id}/calibrations', {
          params: { path: { kode: instansiKode, id: reviewId } },
          body: { nip: person.nip, box, alasan: `${category}: ${text.trim()}` },
        }),
      );
      onDone(`Kalibrasi tersimpan: ${person.nama} ke kotak ${box}.`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  const title = request.undo ? `Kembalikan ${person.nama} ke kotak ${request.toBox}` : `Pindahkan ${person.nama}`;
  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <p className="who-moves">{person.jabatan} · {person.unit.nama}</p>
        <p>
          Kotak sekarang: <strong>{person.box}</strong> (hasil hitung: {person.computedBox ?? '—'}).
        </p>
        <label className="field">
          Kotak tujuan
          <select value={box ?? ''} onChange={(e) => setBox(e.target.value ? Number(e.target.value) : null)} disabled={request.undo} required>
            <option value="">— pilih kotak —</option>
            {boxes.filter((b) => b.box !== person.box).map((b) => (
              <option key={b.box} value={b.box}>Kotak {b.box}: {b.label}</option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Kategori alasan</legend>
          {MOVE_CATEGORIES.map((c) => (
            <label key={c} className="choice">
              <input type="radio" name="kategori" value={c} checked={category === c} onChange={() => setCategory(c)} /> {c}
            </label>
          ))}
        </fieldset>
        <label htmlFor="alasan"><strong>Alasan</strong></label>
        <textarea id="alasan" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={hintId} required />
        <p id={hintId} className={`hint${length > 0 && length < MIN_REASON_CHARS ? ' bad' : ''}`}>
          Minimal {MIN_REASON_CHARS} karakter ({length}/{MIN_REASON_CHARS}). Alasan dan kategori tercatat di log audit.
        </p>
        {error && <p className="banner error" role="alert">{error}</p>}
        <div className="row">
          <button className="btn" type="button" onClick={onClose}>Batal</button>
          <button className="btn primary" type="submit" disabled={!valid || busy}>Kirim kalibrasi</button>
        </div>
      </form>
    </Modal>
  );
}
