/**
 * The board: filters, the nine-box grid in PermenPANRB layout with the unplaced area and the distribution beside it,
 * the people of the chosen box (virtualised), drag-and-drop or the "Pindahkan" button to move someone (both open
 * the reason dialog), and the side panel of one person.
 */
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useState } from 'react';
import type { BoardPerson, Session } from '../api/client';
import { DistributionCard } from '../panels/distribution-card';
import { BoardFilters } from './board-filters';
import { DND_ANNOUNCEMENTS, DND_INSTRUCTIONS } from './dnd-texts';
import { GridView } from './grid-view';
import { MoveDialog, type MoveRequest } from './move-dialog';
import { PeopleList } from './people-list';
import { PersonPanel } from './person-panel';
import { UnplacedCard } from './unplaced-card';
import type { BoardState } from './use-board';
import { useListedPeople, type Selection } from './use-listed-people';

const noop = () => {};

export function BoardTab({ session, instansiKode, board }: { session: Session; instansiKode: string; board: BoardState }) {
  const [selection, setSelection] = useState<Selection>(null);
  const [move, setMove] = useState<MoveRequest | null>(null);
  const [panelId, setPanelId] = useState<number | null>(null);
  const [dragging, setDragging] = useState<BoardPerson | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));
  const data = board.data;
  const canMove = session.capabilities.calibrate && data !== null && data.review.finalizedAt === null;

  const listed = useListedPeople(board, selection);

  if (!data) return <p role="status">{board.loading ? 'Memuat papan…' : ''}</p>;

  function onDragStart(event: DragStartEvent) {
    setDragging((event.active.data.current?.person as BoardPerson | undefined) ?? null);
  }
  function onDragEnd(event: DragEndEvent) {
    setDragging(null);
    const person = event.active.data.current?.person as BoardPerson | undefined;
    const toBox = event.over?.data.current?.box as number | undefined;
    if (person && toBox !== undefined && toBox !== person.box) setMove({ person, toBox, undo: false });
  }

  const title =
    selection?.kind === 'box'
      ? `Kotak ${selection.box}: ${data.boxes.find((b) => b.box === selection.box)?.label ?? ''}`
      : selection?.kind === 'unplaced'
        ? 'Belum terpetakan'
        : board.filters.q
          ? `Hasil pencarian “${board.filters.q}”`
          : 'Pegawai';

  return (
    <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}
      accessibility={{ announcements: DND_ANNOUNCEMENTS, screenReaderInstructions: DND_INSTRUCTIONS }}>
      <BoardFilters board={board} search={session.capabilities.seePeople} />
      <p className="sr-only" role="status" aria-live="polite">{announcement}</p>
      <div className="layout">
        <div>
          <GridView board={data} selection={selection} onSelect={setSelection} />
          {data.people === null ? (
            <p className="banner info">Peran Anda hanya melihat angka agregat; nama pegawai tidak ditampilkan.</p>
          ) : (
            <PeopleList
              title={title}
              people={listed?.people ?? []}
              total={listed?.total ?? 0}
              onNearEnd={listed?.loadMore ?? noop}
              canMove={canMove}
              empty={selection || board.filters.q ? 'Tidak ada pegawai.' : 'Pilih kotak atau area belum terpetakan untuk melihat pegawainya.'}
              onOpen={setPanelId}
              onMove={(person) => setMove({ person, toBox: null, undo: false })}
              onUndo={(person) => setMove({ person, toBox: person.computedBox, undo: true })}
            />
          )}
        </div>
        <aside className="side" aria-label="Ringkasan">
          <UnplacedCard board={data} pressed={selection?.kind === 'unplaced'} onSelect={() => setSelection({ kind: 'unplaced' })} />
          <DistributionCard board={data} />
        </aside>
      </div>
      <DragOverlay dropAnimation={null}>{dragging ? <div className="drag-ghost">{dragging.nama}</div> : null}</DragOverlay>
      {move && (
        <MoveDialog
          instansiKode={instansiKode}
          reviewId={data.review.id}
          request={move}
          boxes={data.boxes}
          onClose={() => setMove(null)}
          onDone={(message) => {
            setMove(null);
            setAnnouncement(message);
            board.reload();
          }}
        />
      )}
      {panelId !== null && (
        <PersonPanel
          instansiKode={instansiKode}
          reviewId={data.review.id}
          employeeId={panelId}
          canMove={canMove}
          version={data}
          onClose={() => setPanelId(null)}
          onUndo={(person) => setMove({ person, toBox: person.computedBox, undo: true })}
        />
      )}
    </DndContext>
  );
}
