/** What screen readers hear while a person is dragged between boxes (dnd-kit's live region), in Bahasa Indonesia. */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';

const nameOf = (data: Record<string, unknown> | undefined) => (data?.person as { nama?: string } | undefined)?.nama ?? 'pegawai';
const boxOf = (data: Record<string, unknown> | undefined) => (data?.box as number | undefined) ?? '?';

export const DND_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Tekan spasi atau Enter untuk mengangkat pegawai, panah untuk bergerak ke kotak lain, spasi atau Enter untuk meletakkan, Escape untuk batal. Tombol "Pindahkan" memberi cara lain tanpa menyeret.',
};

export const DND_ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) => `${nameOf(active.data.current)} diangkat.`,
  onDragOver: ({ active, over }) => (over ? `${nameOf(active.data.current)} di atas kotak ${boxOf(over.data.current)}.` : `${nameOf(active.data.current)} tidak di atas kotak.`),
  onDragEnd: ({ active, over }) =>
    over ? `${nameOf(active.data.current)} diletakkan di kotak ${boxOf(over.data.current)}; isi alasan kalibrasi.` : `${nameOf(active.data.current)} diletakkan di luar kotak.`,
  onDragCancel: ({ active }) => `Pemindahan ${nameOf(active.data.current)} dibatalkan.`,
};
