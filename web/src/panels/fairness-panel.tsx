/** Calibration fairness: the committee's moves by group, small groups suppressed. */
import { api, unwrap } from '../api/client';
import { FAIRNESS_DIMENSIONS, JENIS_JABATAN, USIA, formatNumber } from '../labels';
import { useLoad } from './use-load';

export function FairnessPanel({ instansiKode, reviewId, unit }: { instansiKode: string; reviewId: string; unit: string }) {
  const { data, error } = useLoad(
    () => unwrap(api.GET('/api/v1/instansi/{kode}/reviews/{id}/board/fairness', { params: { path: { kode: instansiKode, id: reviewId }, query: unit ? { unit } : {} } })),
    [instansiKode, reviewId, unit],
  );
  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!data) return <p role="status">Memuat…</p>;
  return (
    <>
      <p className="banner info">
        Perpindahan kalibrasi tinjauan ini (kotak komite dibanding kotak hasil hitung) per kelompok. Kelompok dengan kurang dari {data.minGroupSize} pegawai
        disembunyikan agar tidak menunjuk orang tertentu.
      </p>
      <div className="two-col">
        {data.tables.map((t) => (
          <section key={t.dimension} className="card" aria-labelledby={`fair-${t.dimension}`}>
            <h2 id={`fair-${t.dimension}`}>{FAIRNESS_DIMENSIONS[t.dimension] ?? t.dimension}</h2>
            <table className="plain" data-testid={`fairness-${t.dimension}`}>
              <thead>
                <tr><th scope="col">Kelompok</th><th scope="col" className="num">Pegawai</th><th scope="col" className="num">Naik</th><th scope="col" className="num">Turun</th><th scope="col" className="num">Menyilang</th><th scope="col" className="num">% dipindah</th></tr>
              </thead>
              <tbody>
                {t.groups.map((g) => (
                  <tr key={g.key} data-suppressed={g.suppressed}>
                    <th scope="row">{groupLabel(t.dimension, g.key, g.label)}</th>
                    {g.suppressed ? (
                      <td colSpan={5} className="suppressed">disembunyikan (&lt; {data.minGroupSize} pegawai)</td>
                    ) : (
                      <>
                        <td className="num">{g.population}</td>
                        <td className="num">{g.up}</td>
                        <td className="num">{g.down}</td>
                        <td className="num">{g.across}</td>
                        <td className="num">{formatNumber(g.movedPct, 1)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </>
  );
}

function groupLabel(dimension: string, key: string, label: string): string {
  if (dimension === 'jenisJabatan') return JENIS_JABATAN[key] ?? label;
  if (dimension === 'usia') return USIA[key] ? `${USIA[key]} tahun` : label;
  return label;
}
