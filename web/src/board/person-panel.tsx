/**
 * Side panel of one person: identity; each year's predikat with its source; the assessment used (date, validity
 * window); the explanation's axes and what it would take to move up; the box across reviews; this review's
 * calibration log; the slates they are on with readiness.
 */
import { useEffect, useRef, useState } from 'react';
import { api, unwrap, type Board, type BoardPerson, type PersonDetail } from '../api/client';
import { FLAGS, JENIS_JABATAN, LEVEL, PREDIKAT, READINESS, USIA, formatDate, formatNumber } from '../labels';

interface Props {
  instansiKode: string;
  reviewId: string;
  employeeId: number;
  canMove: boolean;
  /** The board payload the panel belongs to: a new one (after a move) reloads the panel. */
  version: Board;
  onClose: () => void;
  onUndo: (p: BoardPerson) => void;
}

const SOURCE: Record<string, string> = { RATING: 'rating hasil & perilaku kerja', PREDIKAT: 'predikat e-Kinerja', NILAI_SKP: 'nilai SKP (PP 46/2011)' };

interface Gap {
  nextLevel: string;
  pointsNeeded: number;
  boxIfReached: number | null;
}

interface KinerjaPart {
  years?: Array<{ tahun: number; periode: string; predikat: string; source: string; score: number }>;
}

interface PotensialPart {
  assessment?: { tanggal: string; jpm: number; nilaiPotensi: number; lembaga: string | null } | null;
  latestExpired?: { tanggal: string } | null;
  assessmentWindow?: { after: string; upTo: string };
}

/** One part of the explanation, in the shape the engine writes it (the API types it as an open record). */
function part<T>(record: Record<string, unknown> | undefined, key: string): T | null {
  return (record?.[key] ?? null) as T | null;
}

export function PersonPanel(props: Props) {
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setDetail(null);
    unwrap(api.GET('/api/v1/instansi/{kode}/reviews/{id}/board/people/{employeeId}', {
      params: { path: { kode: props.instansiKode, id: props.reviewId, employeeId: props.employeeId } },
    })).then(setDetail, (err: Error) => setError(err.message));
  }, [props.instansiKode, props.reviewId, props.employeeId, props.version]);

  useEffect(() => closeRef.current?.focus(), []);

  const p = detail?.person;
  const kinerja = part<KinerjaPart>(detail?.explanation, 'kinerja');
  const potensial = part<PotensialPart>(detail?.explanation, 'potensial');
  const gaps = { kinerja: part<Gap>(detail?.counterfactual, 'kinerja'), potensial: part<Gap>(detail?.counterfactual, 'potensial') };

  return (
    <aside className="panel" role="complementary" aria-labelledby="panel-title" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <button ref={closeRef} type="button" className="btn small close" onClick={props.onClose}>Tutup panel</button>
      {error && <p className="banner error" role="alert">{error}</p>}
      {!detail || !p ? (
        <p role="status">Memuat…</p>
      ) : (
        <>
          <h2 id="panel-title">{p.nama}</h2>
          <dl>
            <dt>NIP</dt><dd>{p.nip}</dd>
            <dt>Jabatan</dt><dd>{p.jabatan} ({JENIS_JABATAN[p.jenisJabatan] ?? p.jenisJabatan})</dd>
            <dt>Unit</dt><dd>{p.unit.nama}</dd>
            <dt>Golongan · status</dt><dd>{p.golongan} · {p.jenisPegawai}</dd>
            <dt>Usia</dt><dd>{p.usia ? `${USIA[p.usia]} tahun` : '—'}</dd>
            <dt>Pensiun (BUP)</dt><dd>{formatDate(p.retirementDate)}</dd>
            <dt>Kotak</dt>
            <dd>
              {p.box === null ? 'Belum terpetakan' : `Kotak ${p.box}${p.calibrated ? ` (hasil hitung ${p.computedBox}, dikalibrasi komite)` : ''}`}
              {detail.label && <div style={{ color: 'var(--muted)' }}>{detail.label}</div>}
            </dd>
            <dt>Nilai talenta</dt><dd>{formatNumber(p.nilaiTalenta)}</dd>
            {p.flags.length > 0 && (<><dt>Penanda</dt><dd>{p.flags.map((f) => FLAGS[f] ?? f).join(', ')}</dd></>)}
          </dl>
          {props.canMove && p.calibrated && p.box !== null && (
            <p><button type="button" className="btn small" onClick={() => props.onUndo(p)}>Kembalikan ke kotak hasil hitung ({p.computedBox})</button></p>
          )}

          <h3>Kinerja: {p.kinerja ? LEVEL[p.kinerja] : 'belum ada'}</h3>
          {kinerja?.years && kinerja.years.length > 0 ? (
            <table className="plain">
              <thead><tr><th scope="col">Tahun</th><th scope="col">Predikat</th><th scope="col">Sumber</th><th scope="col" className="num">Skor</th></tr></thead>
              <tbody>
                {kinerja.years.map((y) => (
                  <tr key={y.tahun}><td>{y.tahun} ({y.periode})</td><td>{PREDIKAT[y.predikat] ?? y.predikat}</td><td>{SOURCE[y.source] ?? y.source}</td><td className="num">{y.score}</td></tr>
                ))}
              </tbody>
            </table>
          ) : <p>Tidak ada predikat tahunan dalam jendela penilaian.</p>}

          <h3>Potensial: {p.potensial ? LEVEL[p.potensial] : 'belum ada'}</h3>
          {potensial?.assessment ? (
            <p>
              Asesmen {formatDate(potensial.assessment.tanggal)}{potensial.assessment.lembaga ? ` oleh ${potensial.assessment.lembaga}` : ''}: JPM {formatNumber(potensial.assessment.jpm)}, nilai potensi {formatNumber(potensial.assessment.nilaiPotensi)}.
              {potensial.assessmentWindow && ` Hanya asesmen setelah ${formatDate(potensial.assessmentWindow.after)} yang berlaku untuk tinjauan per ${formatDate(potensial.assessmentWindow.upTo)}.`}
            </p>
          ) : (
            <p>{potensial?.latestExpired ? `Asesmen terakhir ${formatDate(potensial.latestExpired.tanggal)} sudah kedaluwarsa.` : 'Belum pernah diasesmen.'}</p>
          )}

          <h3>Yang dibutuhkan untuk naik</h3>
          <ul>
            <li>Kinerja: {gaps.kinerja ? `${formatNumber(gaps.kinerja.pointsNeeded)} poin lagi menuju ${LEVEL[gaps.kinerja.nextLevel] ?? gaps.kinerja.nextLevel}${gaps.kinerja.boxIfReached ? ` (kotak ${gaps.kinerja.boxIfReached})` : ''}` : 'sudah di tingkat tertinggi atau belum dinilai'}</li>
            <li>Potensial: {gaps.potensial ? `${formatNumber(gaps.potensial.pointsNeeded)} poin lagi menuju ${LEVEL[gaps.potensial.nextLevel] ?? gaps.potensial.nextLevel}${gaps.potensial.boxIfReached ? ` (kotak ${gaps.potensial.boxIfReached})` : ''}` : 'sudah di tingkat tertinggi atau belum dinilai'}</li>
          </ul>

          <h3>Riwayat kotak</h3>
          <ol className="timeline">
            {detail.history.map((h) => (
              <li key={h.review.id}>{h.review.asOf}: {h.calibratedBox ?? h.box ?? 'belum terpetakan'}{h.calibratedBox !== null && h.calibratedBox !== h.box ? ` (hitung ${h.box})` : ''}</li>
            ))}
          </ol>

          <h3>Log kalibrasi tinjauan ini</h3>
          {detail.calibrations.length === 0 ? <p>Belum ada kalibrasi.</p> : (
            <ul>
              {detail.calibrations.map((c, i) => (
                <li key={i}>{formatDate(c.createdAt)}: kotak {c.fromBox} → {c.toBox} oleh {c.actor.replace(/^token:\d+:/, '')}. “{c.alasan}”</li>
              ))}
            </ul>
          )}

          <h3>Slate suksesi</h3>
          {detail.slates.length === 0 ? <p>Tidak ada pada slate jabatan kritikal.</p> : (
            <table className="plain">
              <thead><tr><th scope="col">Jabatan</th><th scope="col" className="num">Urutan</th><th scope="col">Kesiapan</th></tr></thead>
              <tbody>
                {detail.slates.map((s) => (
                  <tr key={s.position.kode}><td>{s.position.nama}</td><td className="num">{s.rank}</td><td>{READINESS[s.readiness] ?? s.readiness}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </aside>
  );
}
