/**
 * The people of the chosen box, virtualised so thousands scroll smoothly and fetched a page at a time as the end
 * comes near; each row can be opened, dragged or moved.
 */
import { useDraggable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { BoardPerson } from '../api/client';
import { FLAGS, JENIS_JABATAN } from '../labels';

const ROW_HEIGHT = 62;
/** Rows before the end of what is loaded at which the next page is asked for. */
const PREFETCH_ROWS = 40;

interface Props {
  title: string;
  people: BoardPerson[];
  /** How many people the whole list holds (more than `people` until every page is loaded). */
  total: number;
  onNearEnd: () => void;
  canMove: boolean;
  empty: string;
  onOpen: (id: number) => void;
  onMove: (p: BoardPerson) => void;
  onUndo: (p: BoardPerson) => void;
}

export function PeopleList(props: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: props.people.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const lastShown = virtual.getVirtualItems().at(-1)?.index ?? -1;
  const { people, total, onNearEnd } = props;
  useEffect(() => {
    if (people.length < total && lastShown >= people.length - PREFETCH_ROWS) onNearEnd();
  }, [lastShown, people.length, total, onNearEnd]);
  return (
    <section className="people" aria-labelledby="people-title">
      <header>
        <h2 id="people-title">{props.title}</h2>
        <span>{props.total} pegawai</span>
      </header>
      {props.people.length === 0 ? (
        <p style={{ padding: '10px 12px' }}>{props.empty}</p>
      ) : (
        <div className="scroller" ref={scroller} role="list" aria-label={props.title} tabIndex={-1}>
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((item) => {
              const person = props.people[item.index]!;
              return (
                <PersonRow key={person.id} person={person} top={item.start} index={item.index} total={props.total}
                  canMove={props.canMove && person.box !== null} onOpen={props.onOpen} onMove={props.onMove} onUndo={props.onUndo} />
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

function PersonRow(props: {
  person: BoardPerson;
  top: number;
  index: number;
  total: number;
  canMove: boolean;
  onOpen: (id: number) => void;
  onMove: (p: BoardPerson) => void;
  onUndo: (p: BoardPerson) => void;
}) {
  const { person } = props;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `pegawai-${person.id}`,
    data: { person },
    disabled: !props.canMove,
  });
  return (
    <div className={`person${isDragging ? ' dragging' : ''}`} role="listitem" aria-posinset={props.index + 1} aria-setsize={props.total}
      style={{ top: 0, transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }} data-testid="person-row" data-person-id={person.id}>
      <div>
        <button type="button" className="linklike name" onClick={() => props.onOpen(person.id)}
          style={{ border: 0, background: 'none', padding: 0, color: 'var(--brand)', textDecoration: 'underline' }}>
          {person.nama}
        </button>{' '}
        {person.calibrated && <span className="badge moved" title={`Kotak hasil hitung: ${person.computedBox ?? '—'}`}>Dipindah dari kotak {person.computedBox}</span>}
        {person.flags.map((f) => (
          <span key={f} className="badge flag">{FLAGS[f] ?? f}</span>
        ))}
        <div className="meta">
          <span data-testid="nip">{person.nip}</span> · {person.jabatan} ({JENIS_JABATAN[person.jenisJabatan] ?? person.jenisJabatan}) · {person.unit.nama} · {person.golongan}
        </div>
      </div>
      {props.canMove && (
        <div className="actions">
          <button type="button" className="handle" ref={setNodeRef} {...listeners} {...attributes} aria-label={`Seret ${person.nama} ke kotak lain`}>
            ⠿
          </button>
          <button type="button" className="btn small" onClick={() => props.onMove(person)} aria-label={`Pindahkan ${person.nama}`}>
            Pindahkan
          </button>
          {person.calibrated && (
            <button type="button" className="btn small" onClick={() => props.onUndo(person)} aria-label={`Kembalikan ${person.nama} ke kotak hasil hitung`}>
              Kembalikan
            </button>
          )}
        </div>
      )}
    </div>
  );
}
