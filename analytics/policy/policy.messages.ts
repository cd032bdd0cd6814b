/**
 * Validation messages in Bahasa Indonesia, shown to BKD admins who edit a policy. Applied per parse (not through
 * zod's global config) so other schemas in the process keep their own messages.
 */
import type { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return String(Number(value.toFixed(10)));
  if (value === undefined) return 'kosong';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'daftar';
  if (typeof value === 'object') return 'objek';
  return typeof value === 'boolean' ? String(value) : typeof value;
}

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'angka',
  int: 'bilangan bulat',
  string: 'teks',
  object: 'objek',
  array: 'daftar',
  boolean: 'ya/tidak',
};

function tooSmall(issue: Extract<RawIssue, { code: 'too_small' }>): string {
  const op = issue.inclusive ? '≥' : '>';
  if (issue.origin === 'array') return `harus memuat paling sedikit ${String(issue.minimum)} item`;
  return `harus ${op} ${String(issue.minimum)} (sekarang ${show(issue.input)})`;
}

function tooBig(issue: Extract<RawIssue, { code: 'too_big' }>): string {
  const op = issue.inclusive ? '≤' : '<';
  if (issue.origin === 'array') return `tidak boleh memuat lebih dari ${String(issue.maximum)} item`;
  return `harus ${op} ${String(issue.maximum)} (sekarang ${show(issue.input)})`;
}

/** Error map for policy parsing. Custom issues carry their own message and are left alone. */
export function policyErrorMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `wajib diisi (${expected})`;
      return `harus berupa ${expected} (sekarang ${show(issue.input)})`;
    }
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map(show).join(', ')} (sekarang ${show(issue.input)})`;
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return `kunci tidak valid (${show(issue.input)})`;
    case 'custom':
      return undefined;
    default:
      return 'nilai tidak valid';
  }
}
