/**
 * Critical positions without a ready-now successor: "jabatan mana yang belum punya pengganti siap sekarang?",
 * "positions without a ready-now successor in the health office". Most urgent first.
 */
import { asksSomething, strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { defineIntent } from './intent.js';
import { riskFlagAnswer } from './shared/risk-flag-answer.js';

export interface NoReadySuccessorArgs {
  unit: string | null;
}

const uncovered = riskFlagAnswer({
  flag: 'TANPA_SIAP_SEKARANG',
  pick: 'n',
  title: (where) => [`Jabatan kritikal tanpa pengganti siap sekarang — ${where}`, `Critical positions without a ready-now successor — ${where}`],
  none: ['Setiap jabatan kritikal punya pengganti yang siap sekarang. 👍', 'Every critical position has a successor ready now. 👍'],
  some: (n) => [`${n} jabatan kritikal belum punya pengganti yang siap sekarang:`, `${n} critical positions have no successor ready now:`],
});

export const noReadySuccessorIntent = defineIntent<NoReadySuccessorArgs>({
  name: 'tanpa-siap-sekarang',
  grammar: {
    score(q) {
      const titled = q.orgSpans.some((s) => s.hasTitle);
      // A named post ("apakah kadisdik punya pengganti siap?") is a successors question instead.
      const readyNow = q.has('readyNow') || (q.has('ready') && q.has('now'));
      if (titled || !q.has('neg')) return 0;
      // "jabatan tanpa kader": posts without any successor are among those without a ready one.
      if (!(q.has('ready') || q.has('now') || readyNow)) return q.has('successor') && q.has('positionWord') ? 4 - strayWordsPenalty(q) : 0;
      const about = q.has('successor') || q.has('positionWord');
      if (!about && !readyNow) return 0;
      return 3.5 + (about ? 1 : 0) + (q.has('positionWord') ? 0.5 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  answer: uncovered.answer,
  pick: uncovered.pick,
  help: {
    usage: { id: 'jabatan tanpa pengganti siap [unit]', en: 'positions without a ready successor [unit]' },
    example: { id: 'jabatan mana yang belum punya pengganti siap sekarang?', en: 'which positions have no ready-now successor?' },
  },
  command: { name: 'tanpasiap', description: { id: 'jabatan tanpa pengganti siap sekarang', en: 'positions without a ready-now successor' } },
});
