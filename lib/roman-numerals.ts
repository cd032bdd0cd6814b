/**
 * Roman numerals I–XVII, as the golongan and diklat scales number their levels and names number their units
 * ("Inspektur Pembantu Wilayah II"). Index + 1 is the value.
 */
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'] as const;

/** The value of a Roman numeral of {@link ROMAN} in any case ("iv" → 4), or undefined. */
export function romanValue(word: string): number | undefined {
  const at = (ROMAN as readonly string[]).indexOf(word.toUpperCase());
  return at < 0 ? undefined : at + 1;
}
