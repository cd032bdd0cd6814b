/** Distribution per box against the policy's optional guide. */
import type { Board } from '../api/client';
import { GUIDE_STATUS, formatNumber } from '../labels';

export function DistributionCard({ board }: { board: Board }) {
  const hasGuide = board.boxes.some((b) => b.guide !== null);
  return (
    <section className="card" aria-labelledby="dist-title">
      <h2 id="dist-title">Sebaran per kotak</h2>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">Kotak</th>
            <th scope="col" className="num">Jumlah</th>
            <th scope="col" className="num">%</th>
            {hasGuide && <th scope="col">Panduan</th>}
          </tr>
        </thead>
        <tbody>
          {[...board.boxes].reverse().map((b) => (
            <tr key={b.box}>
              <th scope="row">{b.box}</th>
              <td className="num">{b.count}</td>
              <td className="num">{formatNumber(b.pct, 1)}</td>
              {hasGuide && (
                <td>
                  {b.guide ? `${formatNumber(b.guide.min, 1)}–${formatNumber(b.guide.max, 1)}% · ${GUIDE_STATUS[b.guideStatus ?? ''] ?? ''}` : '—'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!hasGuide && <p className="hint" style={{ fontSize: '0.82rem', color: 'var(--muted)' }}>Kebijakan instansi belum memuat panduan sebaran.</p>}
    </section>
  );
}
