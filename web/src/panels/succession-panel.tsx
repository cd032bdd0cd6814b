/** Critical positions with their risk flags; per position the slate, near misses with the failed gate, and the incumbent's retirement. */
import { useState } from 'react';
import { api, unwrap, type Session } from '../api/client';
import { GATES, READINESS, RISKS, formatDate, formatNumber } from '../labels';
import { useLoad } from './use-load';

export function SuccessionPanel({ session, instansiKode, reviewId, unit }: { session: Session; instansiKode: string; reviewId: string; unit: string }) {
  const [position, setPosition] = useState<string | null>(null);
  const risks = useLoad(
    () => unwrap(api.GET('/api/v1/instansi/{kode}/succession/risks', { params: { path: { kode: instansiKode }, query: { review: reviewId, ...(unit ? { unit } : {}) } } })),
    [instansiKode, reviewId, unit],
  );
  if (risks.error) return <p className="banner error" role="alert">{risks.error}</p>;
  if (!risks.data) return <p role="status">Memuat…</p>;
  const m = risks.data.metrics;
  return (
    <div className="two-col">
      <section className="card" aria-labelledby="crit-title">
        <h2 id="crit-title">Jabatan kritikal ({m.criticalPositions})</h2>
        <p>
          {formatNumber(m.pctWithReadyNow, 1)}% punya pengganti siap sekarang · rata-rata {formatNumber(m.meanEligible, 1)} kandidat per jabatan ·{' '}
          {m.overloadedSuccessors} pegawai di ≥ 3 slate.
        </p>
        <table className="plain">
          <thead><tr><th scope="col">Jabatan</th><th scope="col">Risiko</th><th scope="col" className="num">Siap</th><th scope="col" className="num">Kandidat</th></tr></thead>
          <tbody>
            {risks.data.positions.map((p) => (
              <tr key={p.kode}>
                <td>
                  {session.capabilities.seePeople ? (
                    <button type="button" className="btn small" aria-pressed={position === p.kode} onClick={() => setPosition(p.kode)}>{p.nama}</button>
                  ) : p.nama}
                </td>
                <td>{p.risks.map((r) => RISKS[r] ?? r).join(', ') || '—'}</td>
                <td className="num">{p.readyNow}</td>
                <td className="num">{p.eligible}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {position && <SlateCard instansiKode={instansiKode} reviewId={reviewId} kode={position} />}
    </div>
  );
}

function SlateCard({ instansiKode, reviewId, kode }: { instansiKode: string; reviewId: string; kode: string }) {
  const { data, error } = useLoad(
    () => unwrap(api.GET('/api/v1/instansi/{kode}/positions/{positionKode}/successors', { params: { path: { kode: instansiKode, positionKode: kode }, query: { review: reviewId } } })),
    [instansiKode, reviewId, kode],
  );
  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!data) return <p role="status">Memuat slate…</p>;
  return (
    <section className="card" aria-labelledby="slate-title">
      <h2 id="slate-title">{data.position.nama}</h2>
      <p>
        Pemangku: {data.position.pemangku ? `${data.position.pemangku.nama} (${data.position.pemangku.nip})` : 'kosong'} · pensiun{' '}
        {formatDate(data.position.pemangkuPensiun)} · {data.eligibleCount} kandidat memenuhi syarat.
      </p>
      <h3>Slate</h3>
      {data.slate.length === 0 ? <p>Tidak ada kandidat yang lolos semua syarat.</p> : (
        <table className="plain">
          <thead><tr><th scope="col" className="num">#</th><th scope="col">Nama</th><th scope="col">Kesiapan</th><th scope="col" className="num">Kotak</th></tr></thead>
          <tbody>
            {data.slate.map((s) => (
              <tr key={s.nip}><td className="num">{s.rank}</td><td>{s.nama}<br /><small>{s.nip}</small></td><td>{READINESS[s.readiness] ?? s.readiness}</td><td className="num">{s.box}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Nyaris masuk (gagal satu syarat)</h3>
      {data.nearMisses.length === 0 ? <p>Tidak ada.</p> : (
        <table className="plain">
          <thead><tr><th scope="col">Nama</th><th scope="col" className="num">Kotak</th><th scope="col">Syarat gagal</th></tr></thead>
          <tbody>
            {data.nearMisses.map((n) => (
              <tr key={n.nip}><td>{n.nama}</td><td className="num">{n.box}</td><td>{GATES[n.gate] ?? n.gate}: {n.reason}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
