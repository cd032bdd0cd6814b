/**
 * Vacant critical positions: "jabatan apa saja yang kosong?", "jabatan lowong di dinkes", "which critical posts are
 * vacant?". Most urgent first (no ready successor before a thin bench), with their ready-now and eligible counts.
 */
import { asksSomething, strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { defineIntent } from './intent.js';
import { riskFlagAnswer } from './shared/risk-flag-answer.js';

export interface VacantArgs {
  unit: string | null;
}

const vacant = riskFlagAnswer({
  flag: 'KOSONG',
  pick: 'v',
  title: (where) => [`Jabatan kritikal yang kosong — ${where}`, `Vacant critical positions — ${where}`],
  none: ['Tidak ada jabatan kritikal yang kosong. 👍', 'No critical position is vacant. 👍'],
  some: (n) => [`${n} jabatan kritikal kosong; tanpa pengganti siap sekarang didahulukan.`,
    `${n} critical positions are vacant; those without a ready-now successor first.`],
});

export const vacantIntent = defineIntent<VacantArgs>({
  name: 'jabatan-kosong',
  phrases: {
    vacant: [
      'kosong', 'lowong', 'vakan', 'vakant', 'vakum', 'acting heads', 'any acting', 'kekosongan', 'lowongan', 'belum terisi', 'tidak terisi', 'tanpa pemangku', 'tanpa pejabat',
      'belum ada pejabat', 'tidak ada pejabat', 'belum ada pejabatnya', 'tidak ada pemangku', 'vacant', 'vacancy', 'vacancies',
      'unfilled', 'empty', 'no incumbent', 'without incumbent', 'without an incumbent', 'open positions', 'open posts', 'open jpt posts', 'open jpt positions', 'open structural posts', 'open structural positions', 'open seats', 'open seat', 'open roles', 'empty seats', 'plt',
      'dijabat plt', 'diisi plt', 'diplt', 'diplt kan', 'pelaksana tugas', 'nobody holds', 'not filled', 'sedang kosong', 'masih kosong', 'masih open', 'yang open', 'yang masih open',
      'definitive holder', 'no definitive', 'pejabat definitif', 'belum definitif', 'tanpa pejabat definitif', 'belum ada pejabat definitif',
      'plh', 'diisi plh', 'dijabat plh', 'pelaksana harian', 'acting official', 'acting officials', 'held by acting',
      'held by an acting', 'with an acting head', 'under an acting head', 'have acting heads', 'permanent holder', 'no permanent holder',
      'without a permanent holder', 'dirangkap', 'dirangkap pejabat lain', 'rangkap jabatan', 'merangkap', 'dijabat sementara',
      'diisi sementara', 'held concurrently', 'ditinggal pejabatnya', 'ditinggal pejabat', 'nganggur', 'open echelon posts', 'open echelon', 'belum ada kepala', 'tanpa kepala',
    ],
  },
  grammar: {
    score(q) {
      if (!q.has('vacant')) return 0;
      return 3 + (q.has('positionWord') ? 1 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  answer: vacant.answer,
  pick: vacant.pick,
  help: {
    usage: { id: 'jabatan kosong [unit]', en: 'vacant positions [unit]' },
    example: { id: 'jabatan kritikal apa saja yang kosong?', en: 'which critical posts are vacant in the health office?' },
  },
  command: { name: 'kosong', description: { id: 'jabatan kritikal yang kosong', en: 'vacant critical positions' } },
});
