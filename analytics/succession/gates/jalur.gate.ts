/**
 * The JALUR gate: may the candidate's current jabatan lead to the target? A candidate already at the
 * target's jenis moves by ROTASI; a listed lower source moves by PROMOSI after `minYearsInPosition`; everyone needs
 * `minServiceYears` since TMT CPNS.
 */
import { JENIS_JABATAN, JENJANG_JF, type JenjangJf } from '../../domain/enums.js';
import { JENIS_JABATAN_LABELS, JENIS_SUKSESI_LABELS, jabatanLabel } from '../../domain/labels.js';
import { UNKNOWN } from '../candidate.columns.js';
import type { CandidateFacts } from '../candidate.facts.js';
import type { SlateTarget, SuccessionParams } from '../succession.params.js';
import type { JenisSuksesi } from '../succession.types.js';
import { defineGate } from './gate.definition.js';

export interface JalurAssessment {
  /** How the candidate would move; null when the current jabatan is no route to the target. */
  jenis: JenisSuksesi | null;
  /** Years in position required (0 for ROTASI or when the rule sets none). */
  yearsRequired: number;
  yearsOk: boolean;
  serviceRequired: number;
  serviceOk: boolean;
  passed: boolean;
}

/** Classifies the route from the candidate's current jabatan to `target` and checks its requirements. */
export function assessJalur({
  candidate,
  target,
  params,
}: {
  candidate: CandidateFacts;
  target: SlateTarget;
  params: SuccessionParams;
}): JalurAssessment {
  const rule = params.jalur[target];
  let jenis: JenisSuksesi | null = null;
  if (candidate.jenisJabatan === target) jenis = 'ROTASI';
  else if (
    rule.promotionFrom.some(
      (s) =>
        s.jenis === candidate.jenisJabatan &&
        (s.jenjang === null || (candidate.jenjangJf !== null && s.jenjang.includes(candidate.jenjangJf))),
    )
  ) {
    jenis = 'PROMOSI';
  }
  const yearsRequired = jenis === 'PROMOSI' ? rule.minYearsInPosition : 0;
  const yearsOk = yearsRequired === 0 || candidate.yearsInPosition >= yearsRequired;
  const serviceRequired = rule.minServiceYears;
  const serviceOk =
    serviceRequired === 0 || (candidate.serviceYears !== null && candidate.serviceYears >= serviceRequired);
  return { jenis, yearsRequired, yearsOk, serviceRequired, serviceOk, passed: jenis !== null && yearsOk && serviceOk };
}

function sourceLabel(candidate: CandidateFacts): string {
  return jabatanLabel(candidate.jenisJabatan, candidate.jenjangJf);
}

/** JALUR with a reason such as `Promosi dari Pelaksana ke Pengawas: masa kerja 3 tahun < 4 tahun`. */
export const jalurGate = defineGate({
  name: 'JALUR',
  label: 'jalur jabatan',
  evaluate(input) {
    const { candidate, target } = input;
    const a = assessJalur(input);
    if (a.jenis === null) {
      return { gate: 'JALUR', passed: false, reason: `jabatan ${sourceLabel(candidate)} bukan jalur ke ${JENIS_JABATAN_LABELS[target]}` };
    }
    const parts: string[] = [];
    if (a.yearsRequired > 0) {
      parts.push(`masa jabatan ${candidate.yearsInPosition} tahun ${a.yearsOk ? '≥' : '<'} ${a.yearsRequired} tahun`);
    }
    if (a.serviceRequired > 0) {
      parts.push(
        candidate.serviceYears === null
          ? 'masa kerja tidak diketahui (TMT CPNS kosong)'
          : `masa kerja ${candidate.serviceYears} tahun ${a.serviceOk ? '≥' : '<'} ${a.serviceRequired} tahun`,
      );
    }
    const detail = parts.length > 0 ? parts.join(', ') : 'tanpa syarat masa jabatan atau masa kerja';
    return { gate: 'JALUR', passed: a.passed, reason: `${JENIS_SUKSESI_LABELS[a.jenis]} dari ${sourceLabel(candidate)} ke ${JENIS_JABATAN_LABELS[target]}: ${detail}` };
  },
  // As assessJalur reads it: ROTASI needs no years in position; everyone needs the service minimum.
  compile(target, params) {
    const { promotionFrom, minYearsInPosition, minServiceYears } = params.jalur[target];
    const targetJenis = JENIS_JABATAN.indexOf(target);
    // route[jenis * (JENJANG + 1) + jenjang + 1] = 1 when that jabatan is a PROMOSI source.
    const width = JENJANG_JF.length + 1;
    const route = new Uint8Array(JENIS_JABATAN.length * width);
    for (const s of promotionFrom) {
      const j = JENIS_JABATAN.indexOf(s.jenis);
      for (let k = -1; k < JENJANG_JF.length; k += 1) {
        const jenjang = k < 0 ? null : (JENJANG_JF[k] as JenjangJf);
        if (s.jenjang === null || (jenjang !== null && s.jenjang.includes(jenjang))) route[j * width + k + 1] = 1;
      }
    }
    return (c, i) => {
      const jenis = c.jenis[i] as number;
      const kind = jenis === targetJenis ? 2 : route[jenis * width + (c.jenjang[i] as number) + 1] === 1 ? 1 : 0;
      const years = c.yearsInPosition[i] as number;
      const service = c.serviceYears[i] as number;
      const yearsOk = kind !== 1 || minYearsInPosition === 0 || years >= minYearsInPosition;
      const serviceOk = minServiceYears === 0 || (service !== UNKNOWN && service >= minServiceYears);
      return kind === 0 || !yearsOk || !serviceOk;
    };
  },
});
