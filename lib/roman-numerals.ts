/**
 * Roman numerals I–XVII, as the golongan and diklat scales number their levels and names number their units
 * ("Inspektur Pembantu Wilayah II"). Index + 1 is the value.
 */
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'] as const;
