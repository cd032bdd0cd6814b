/**
 * The points of the compass that tell a series of places apart, as kecamatan, UPT and wilayah names do ("Kecamatan
 * Contoh Utara", "UPT Wilayah Timur"): a series like numbered names are.
 */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'laut', 'daya', 'tenggara']);
