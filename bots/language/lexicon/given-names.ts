/**
 * Given names that are also words the grammar knows ("Bintang" is a star of the grid, "Kasih" a verb, "Timur" a
 * kecamatan's name, "Indah" one letter from "pindah", "Dimas" from "dinas"): never corrected into another word, and a name where a name
 * follows them ("Bintang Pamungkas", "Anak Agung Gede Putra", "Harapan Sitompul").
 */
export const WORD_LIKE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'bintang', 'kasih', 'harapan', 'timur', 'indah', 'mulia', 'cahya', 'cahaya', 'sabar', 'anak', 'utari', 'kadek', 'bina',
  'laksana', 'setia', 'bakti', 'bhakti', 'iman', 'insan', 'fajar', 'rahmat', 'berkah', 'teguh', 'tegar', 'jaya', 'mulya',
  'suci', 'murni', 'ikhlas', 'lestari', 'damai', 'sejati', 'agung', 'surya', 'bayu', 'embun', 'pelangi', 'mentari', 'maya',
  'bagus', 'naik', 'rizky', 'rizki', 'said', 'rajin', 'ulet', 'dimas',
]);
