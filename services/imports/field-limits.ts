/**
 * Length limits of imported text, by what the text is. A longer value rejects its row (not the file): a 100 MB unit
 * name must never reach the database, where every later read of the instansi would carry it.
 */
export const FIELD_LIMITS = {
  /** Codes and keys: kode unit, kode jabatan, rumpun. */
  code: 64,
  /** Names: of a person, unit, position, training, institution; study programme. */
  name: 255,
  /** Free text: jenis hukuman and other descriptions. */
  text: 1000,
} as const;
export type FieldKind = keyof typeof FIELD_LIMITS;

/** C0/C1 control characters other than tab: never part of a name, and NUL is refused by PostgreSQL. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** @returns why the text is not acceptable as this kind of field, or `null` when it is. */
export function fieldTextProblem(value: string, kind: FieldKind): string | null {
  if (value.length > FIELD_LIMITS[kind]) {
    return `terlalu panjang: ${value.length} karakter, paling banyak ${FIELD_LIMITS[kind]}`;
  }
  if (hasControlCharacter(value)) return 'mengandung karakter kendali yang tidak boleh ada di teks';
  return null;
}
