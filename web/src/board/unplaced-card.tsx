/** The holding area: people the engine could not place, with the reasons and their counts. */
import type { Board } from '../api/client';
import { UNRATED } from '../labels';

export function UnplacedCard({ board, pressed, onSelect }: { board: Board; pressed: boolean; onSelect: () => void }) {
  const { count, reasons } = board.belumTerpetakan;
  return (
    <button type="button" className="unplaced" aria-pressed={pressed} onClick={onSelect} data-testid="unplaced">
      <strong>Belum terpetakan: {count}</strong>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r) => (
            <li key={r.reason}>
              {UNRATED[r.reason] ?? r.reason}: {r.count}
            </li>
          ))}
        </ul>
      )}
    </button>
  );
}
