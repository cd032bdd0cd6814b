/** The committee's agenda: who to discuss and why. */
import { api, unwrap, type Session } from '../api/client';
import { JENIS_JABATAN } from '../labels';
import { useLoad } from './use-load';

export function AgendaPanel({ session, instansiKode, reviewId, unit }: { session: Session; instansiKode: string; reviewId: string; unit: string }) {
  const { data, error } = useLoad(
    () => unwrap(api.GET('/api/v1/instansi/{kode}/reviews/{id}/board/agenda', { params: { path: { kode: instansiKode, id: reviewId }, query: unit ? { unit } : {} } })),
    [instansiKode, reviewId, unit],
  );
  if (!session.capabilities.seePeople) return <p className="banner info">Agenda menyebut nama pegawai; peran Anda hanya melihat angka agregat.</p>;
  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!data) return <p role="status">Memuat agenda…</p>;
  return (
    <div className="two-col">
      {data.sections.map((s) => (
        <section key={s.reason} className="card" aria-labelledby={`agenda-${s.reason}`}>
          <h2 id={`agenda-${s.reason}`}>{s.title} ({s.people.length})</h2>
          {s.people.length === 0 ? <p>Tidak ada.</p> : (
            <table className="plain">
              <thead><tr><th scope="col">Nama</th><th scope="col">Jabatan</th><th scope="col" className="num">Kotak</th><th scope="col" className="num">Sebelumnya</th></tr></thead>
              <tbody>
                {s.people.slice(0, 50).map((p) => (
                  <tr key={p.id}>
                    <td>{p.nama}<br /><small>{p.nip}</small></td>
                    <td>{p.jabatan} ({JENIS_JABATAN[p.jenisJabatan] ?? p.jenisJabatan})</td>
                    <td className="num">{p.box ?? '—'}</td>
                    <td className="num">{p.previousBox ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {s.people.length > 50 && <p>… dan {s.people.length - 50} lainnya (gunakan filter di papan).</p>}
        </section>
      ))}
    </div>
  );
}
