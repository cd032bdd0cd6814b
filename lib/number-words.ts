/** Indonesian number words that stand alone ("satu", "sepuluh"), as leaders write numbers and names number units. */
export const INDONESIAN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  seratus: 100,
};
