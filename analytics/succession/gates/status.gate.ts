/** STATUS: only PNS may hold a structural post (PP 11/2017 Pasal 105). */
import { defineGate } from './gate.definition.js';

export const statusGate = defineGate({
  name: 'STATUS',
  label: 'status kepegawaian',
  evaluate: ({ candidate }) =>
    candidate.jenisPegawai === 'PNS'
      ? { gate: 'STATUS', passed: true, reason: 'jenis pegawai PNS' }
      : { gate: 'STATUS', passed: false, reason: 'PPPK tidak dapat menduduki jabatan struktural' },
  compile: () => (c, i) => c.pns[i] !== 1,
});
