/** Filters and search of the board; every change reloads the board from the server. */
import { useEffect, useState } from 'react';
import { FLAGS, JENIS_JABATAN, USIA } from '../labels';
import type { BoardState, Filters } from './use-board';

/** @param search - offer the name/NIP search (roles that see people only). */
export function BoardFilters({ board, search }: { board: BoardState; search: boolean }) {
  const { filters, setFilters } = board;
  const facets = board.data?.facets;
  const [q, setQ] = useState(filters.q ?? '');
  // Search waits for a pause in typing instead of asking the server on every key.
  useEffect(() => {
    const t = setTimeout(() => {
      if ((filters.q ?? '') !== q.trim()) setFilters({ ...filters, q: q.trim() || undefined });
    }, 300);
    return () => clearTimeout(t);
  }, [q, filters, setFilters]);

  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const flags = filters.flags ? filters.flags.split(',') : [];
  const toggleFlag = (f: string) => {
    const next = flags.includes(f) ? flags.filter((x) => x !== f) : [...flags, f];
    set({ flags: next.length ? next.join(',') : undefined });
  };

  return (
    <form className="filters" role="search" aria-label="Filter papan" onSubmit={(e) => e.preventDefault()}>
      {search && (
        <label>
          Cari nama atau NIP
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="mis. Siti atau 1980…" />
        </label>
      )}
      <label>
        Jenis jabatan
        <select value={filters.jenisJabatan ?? ''} onChange={(e) => set({ jenisJabatan: (e.target.value || undefined) as Filters['jenisJabatan'] })}>
          <option value="">Semua</option>
          {(facets?.jenisJabatan ?? []).map((j) => <option key={j} value={j}>{JENIS_JABATAN[j] ?? j}</option>)}
        </select>
      </label>
      <label>
        Golongan
        <select value={filters.golongan ?? ''} onChange={(e) => set({ golongan: e.target.value || undefined })}>
          <option value="">Semua</option>
          {(facets?.golongan ?? []).map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
      </label>
      <label>
        PNS/PPPK
        <select value={filters.jenisPegawai ?? ''} onChange={(e) => set({ jenisPegawai: (e.target.value || undefined) as Filters['jenisPegawai'] })}>
          <option value="">Semua</option>
          <option value="PNS">PNS</option>
          <option value="PPPK">PPPK</option>
        </select>
      </label>
      <label>
        Jenis kelamin
        <select value={filters.jenisKelamin ?? ''} onChange={(e) => set({ jenisKelamin: (e.target.value || undefined) as Filters['jenisKelamin'] })}>
          <option value="">Semua</option>
          <option value="L">Laki-laki</option>
          <option value="P">Perempuan</option>
        </select>
      </label>
      <label>
        Usia
        <select value={filters.usia ?? ''} onChange={(e) => set({ usia: (e.target.value || undefined) as Filters['usia'] })}>
          <option value="">Semua</option>
          {Object.entries(USIA).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.talentPool === 'true'} onChange={(e) => set({ talentPool: e.target.checked ? 'true' : undefined })} />
        Hanya kelompok rencana suksesi
      </label>
      <fieldset>
        <legend>Penanda</legend>
        {Object.entries(FLAGS).map(([k, v]) => (
          <label key={k} className="check">
            <input type="checkbox" checked={flags.includes(k)} onChange={() => toggleFlag(k)} /> {v}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
