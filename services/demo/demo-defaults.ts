/** The demo instansi and the defaults of its synthetic data, apart from the generator so the command line can show them cheaply. */
export const DEMO_INSTANSI = { kode: 'kab-contoh', nama: 'Pemerintah Kabupaten Contoh' } as const;

export const DEMO_DEFAULTS = { seed: 20_260_101, size: 3000 } as const;
