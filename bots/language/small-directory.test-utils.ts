/** Small org directories written out in a test: units and their posts, every one inside the asker's scope. */
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';

export function unit(kode: string, nama: string, parentKode: string | null, depth: number): DirectoryUnit {
  return { kode, nama, parentKode, depth, inScope: true };
}

/** A post as [kode, nama, unit kode, jenis jabatan]. */
export type PostRow = readonly [kode: string, nama: string, unitKode: string, jenisJabatan: string];

/** The directory of `units` and `posts`, each post carrying its unit's name as the directory verb gives it. */
export function directoryOf(units: readonly DirectoryUnit[], posts: readonly PostRow[]): OrgDirectory {
  const positions = posts.map(([kode, nama, unitKode, jenisJabatan]): DirectoryPosition => ({
    kode, nama, unit: { kode: unitKode, nama: units.find((u) => u.kode === unitKode)?.nama ?? '' }, jenisJabatan, inScope: true,
  }));
  return { units: [...units], positions };
}
