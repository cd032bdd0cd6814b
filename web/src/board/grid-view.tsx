/**
 * The nine boxes as the review's policy lays them out (PermenPANRB 3/2020 by default: rows 4 7 9 / 2 5 8 / 1 3 6),
 * each a drop target and a button to open it. Rows, columns and the talent pool come from the board payload.
 */
import { useDroppable } from '@dnd-kit/core';
import type { Board, BoardCell } from '../api/client';
import { GUIDE_STATUS, formatNumber } from '../labels';
import type { Selection } from './use-listed-people';

export function GridView({ board, selection, onSelect }: { board: Board; selection: Selection; onSelect: (s: Selection) => void }) {
  const byBox = new Map(board.boxes.map((b) => [b.box, b]));
  const pool = new Set<number>(board.talentPool.boxes);
  const rows = board.grid.rows;
  return (
    <section className="grid-wrap" aria-labelledby="grid-title">
      <h2 id="grid-title" className="sr-only">Kotak talenta</h2>
      <div className="grid">
        <div className="axis-y" aria-hidden="true">Kinerja ↑</div>
        {rows.map((row, r) => (
          <GridRow key={row.kinerja} label={row.label} row={row.boxes} rowIndex={r} bottom={r === rows.length - 1}
            byBox={byBox} pool={pool} selection={selection} onSelect={onSelect} />
        ))}
        <div style={{ gridColumn: 2 }} />
        {board.grid.columns.map((c) => (
          <div key={c.potensial} className="col-label">{c.label}</div>
        ))}
        <div style={{ gridColumn: 2 }} />
        <div className="axis-x" aria-hidden="true">Potensial →</div>
      </div>
      <p className="grid-note">
        Persentase dari {board.total - board.belumTerpetakan.count} pegawai terpetakan. Kelompok rencana suksesi (kotak{' '}
        {board.talentPool.boxes.join(', ')}): {board.talentPool.count} pegawai.
      </p>
      <p className="sr-only">
        Baris (kinerja): {rows.map((r) => r.label.toLowerCase()).join(', ')}. Kolom (potensial):{' '}
        {board.grid.columns.map((c) => c.label.toLowerCase()).join(', ')}. Total {board.total} pegawai.
      </p>
    </section>
  );
}

function GridRow(props: {
  label: string;
  row: readonly number[];
  rowIndex: number;
  /** The lowest kinerja row: its boxes are drawn in the risk tone. */
  bottom: boolean;
  byBox: Map<number, BoardCell>;
  pool: Set<number>;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  return (
    <>
      <div className="row-label" style={{ gridRow: props.rowIndex + 1 }}>{props.label}</div>
      {props.row.map((box, c) => {
        const cell = props.byBox.get(box);
        if (!cell) return null;
        const tone = props.pool.has(box) ? 'top' : props.bottom ? 'risk' : 'core';
        return (
          <GridCell key={box} cell={cell} tone={tone} row={props.rowIndex + 1} column={c + 3}
            pressed={props.selection?.kind === 'box' && props.selection.box === box} onSelect={() => props.onSelect({ kind: 'box', box })} />
        );
      })}
    </>
  );
}

function GridCell(props: { cell: BoardCell; tone: string; row: number; column: number; pressed: boolean; onSelect: () => void }) {
  const { cell } = props;
  const { setNodeRef, isOver } = useDroppable({ id: `kotak-${cell.box}`, data: { box: cell.box } });
  const guideClass = cell.guideStatus === 'DI_ATAS_PANDUAN' ? 'over' : cell.guideStatus === 'DI_BAWAH_PANDUAN' ? 'under' : 'ok';
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`cell ${props.tone}${isOver ? ' drop-over' : ''}`}
      style={{ gridRow: props.row, gridColumn: props.column }}
      aria-pressed={props.pressed}
      data-box={cell.box}
      onClick={props.onSelect}
    >
      <span className="num">Kotak {cell.box}</span>
      <span className="count" data-testid={`count-${cell.box}`}>{cell.count}</span>
      <span className="sr-only"> pegawai,</span>
      <span className="pct">{formatNumber(cell.pct, 1)}%</span>
      {cell.calibrated > 0 && <span className="moved">{cell.calibrated} dikalibrasi</span>}
      {cell.guide && (
        <span className={`guide ${guideClass}`}>
          Panduan {formatNumber(cell.guide.min, 1)}–{formatNumber(cell.guide.max, 1)}%: {GUIDE_STATUS[cell.guideStatus ?? ''] ?? ''}
        </span>
      )}
      <span className="label">{cell.label}</span>
    </button>
  );
}
