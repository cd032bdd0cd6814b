/**
 * The meaning-bearing words of a question, in Bahasa Indonesia and English, grouped by the concept they express.
 * A question is recognised by the concepts it contains wherever they stand ("tampilkan kotak talenta dinkes",
 * "show me the nine box for health"), not by its first word. Phrases are written after chat shorthand has been
 * expanded (so "yg" is already "yang"); the longest phrase at a position wins ("kotak talenta" over "kotak").
 * These concepts are shared by several intents; an intent module declares the phrases only it uses itself.
 */
export const SHARED_CONCEPT_PHRASES = {
  /** Asking for people. */
  who: [
    'siapa', 'siapa saja', 'who', 'whom', 'who all', 'nama nama', 'namanya',
  ],
  /** Asking for a number. */
  howMany: [
    'berapa', 'ada berapa', 'berapa banyak', 'berapa orang', 'jumlah', 'banyaknya', 'how many', 'how much',
    'number of', 'count', 'total', 'hitung', 'tally', 'tally of', 'how big', 'size of',
  ],
  /** Asking for a reason. */
  why: [
    'kenapa', 'mengapa', 'why', 'alasan', 'justify', 'justification', 'what is driving', 'what drives', 'bagaimana ceritanya', 'bagaimana sih ceritanya', 'kok bisa', 'how come', 'alasannya', 'dasar penempatan', 'dasar penilaian', 'dasar penilaian penempatan', 'alasan penempatan', 'penilaian penempatan', 'dasar pemetaan', 'alasan pemetaan', 'basis for placing', 'sebab', 'sebabnya', 'penyebab', 'apa sebab', 'reason', 'reasoning', 'rationale',
    'reasons', 'menghalangi', 'penghalang', 'menghambat', 'hambatan', 'kendala', 'kendalanya', 'terhalang',
    'apa yang kurang', 'what is stopping', 'what stops', 'what is keeping', 'keeping', 'what keeps him', 'what keeps her', 'what prevents', 'what keeps', 'what is missing',
    'what is blocking', 'blocking', 'blocked', 'blocks', 'holding back', 'held back', 'kok', 'disqualifies', 'disqualifying', 'karena apa', 'sebabnya apa', 'apa sebabnya', 'what is holding', 'what is keeping', 'what is stopping',
    'apa dasar', 'apa yang menjadi dasar', 'dasar apa', 'atas dasar apa', 'kurang di mana', 'kurang dimana', 'what gate', 'which gate', 'failing', 'on what basis', 'apa pertimbangan', 'pertimbangan apa', 'dicoret dari', 'what grounds', 'on what grounds', 'persyaratan yang belum dipenuhi', 'syarat yang belum dipenuhi',
    'yang belum dipenuhi', 'what makes', 'unfit', 'ineligible', 'not eligible', 'not qualified', 'unqualified',
    'kurang apa', 'gate apa', 'syarat apa', 'gagal di', 'apa yang bikin', 'apa yang membuat', 'what made', 'what explains', 'what kept',
    'kept out of', 'what puts', 'what put', 'what placed', 'what landed', 'what got',
    'disqualified', 'disqualify', 'rules out', 'ruled out', 'bars', 'barred', 'prevents', 'prevented', 'stops', 'tidak lolos',
    'gak lolos', 'tidak lulus', 'gugur', 'digugurkan', 'terganjal', 'mengganjal',
    'syarat apa', 'syarat yang', 'persyaratan apa', 'kriteria apa', 'which requirement', 'which requirements',
    'what requirement', 'what requirements', 'which criteria', 'what criteria', 'how come',
    // "What does Agus lack for head of health?"
    'lack for', 'lacks for', 'lacking for', 'missing for', 'need to qualify', 'needs to qualify', 'missing requirements',
    'missing requirement', 'how ready is', 'seberapa siap', 'ineligible', 'not eligible', 'dasar pencoretan', 'alasan pencoretan',
  ],
  /** Asking for a date. */
  when: [
    // Minang "bilo", Javanese "kapan" is shared.
    'kapan', 'when', 'tanggal berapa', 'what date', 'bilamana', 'bilo', 'bulan apa', 'which month', 'how fresh', 'seberapa baru',
    'what age', 'umur berapa', 'usia berapa', 'tahun berapa', 'which year', 'what year', 'tanggal', 'tanggalnya', 'tmt', 'how long until', 'berapa lama lagi', 'date', 'how old',
  ],
  /** Asking to pick out items. */
  which: [
    'mana', 'mana saja', 'yang mana', 'which', 'apa saja', 'what are the', 'dimana saja', 'di mana saja',
  ],
  /** Asking to see something (and the polite forms around it). */
  show: [
    'tampilkan', 'tampilkan saja', 'tunjukkan', 'tunjukan', 'perlihatkan', 'lihat', 'liat', 'lihatkan', 'cek',
    'check', 'show', 'display', 'list', 'daftar', 'daftarnya', 'sebutkan', 'kasih', 'berikan', 'beri', 'give', 'get',
    'view', 'see', 'info', 'informasi', 'names in', 'names of', 'kasih tahu', 'beri tahu', 'tell me', 'laporan', 'report', 'rekap',
    'rekapitulasi', 'ringkasan', 'summary', 'overview', 'gambaran', 'bagaimana', 'seperti apa', 'how is', 'how are',
    'what is', 'what about', 'kondisi', 'nama nama', 'daftar nama', 'nama pegawai', 'names of', 'the names',
    // A formal request's verbs, "Kindly indicate the number of …", "Please identify staff …", and chat's "pull up".
    'indicate', 'identify', 'specify', 'enumerate', 'pull up', 'bring up',
  ],
  /** Negation: "tidak", "belum", "tanpa", "not", "without". */
  neg: [
    // Ambon and Kupang "seng ada", "sonde ada" (there is none).
    'seng ada', 'sonde ada',
    'tidak', 'belum', 'bukan', 'tanpa', 'not', 'no', 'none', 'without', 'missing', 'lacking', 'lack', 'gagal',
    'failed', 'fails', 'excluded', 'left out', 'left off', 'dropped', 'dropped from', 'not included', 'not considered',
    'not selected', 'not picked', 'not chosen', 'passed over', 'dipenuhi', 'terpenuhi', 'tidak memenuhi', 'belum memenuhi',
    'does not meet', 'did not make', 'off the slate', 'off the list', 'off the shortlist', 'not on', 'tidak ada', 'belum ada', 'tidak punya', 'belum punya', 'nobody',
    'no one', 'tak ada', 'gap', 'gaps', 'zero', 'nol', 'lacks', 'w o', 'nol kandidat', 'nol calon', 'nol pengganti', 'nol suksesor',
  ],
  /** Succession: candidates, replacements, who could take a post. */
  successor: [
    'kandidat', 'calon', 'pengganti', 'suksesor', 'suksesi', 'direkomendasikan', 'nama nama yang direkomendasikan', 'penerus', 'kader', 'kaderisasi', 'regenerasi',
    'successor', 'successors', 'succession', 'succeed', 'candidate', 'candidates', 'replacement', 'replacements',
    'replace', 'take over', 'menggantikan', 'mengganti', 'gantikan', 'ganti', 'gantiin', 'shortlist', 'short list',
    'bisa isi', 'bisa mengisi', 'untuk mengisi', 'yang mengisi', 'take the helm', 'in the frame', 'take the reins', 'take over the reins',
    'hand the reins', 'put in', 'we put in', 'would we put', 'backup', 'backupnya', 'back up', 'back ups', 'backups', 'cadangannya',
    'fill in as', 'fill in for', 'takes over', 'up for', 'next in line', 'could take the', 'can take the', 'take on the',
    'could fill the', 'can fill the', 'who could fill', 'who can fill', 'to fill the', 'ngisi', 'bakal ngisi', 'yang ngisi',
    'slate', 'next in line', 'in line', 'who is next for', 'whos next for', 'who will be next for', 'who comes next for', 'nominee', 'nominees', 'bisa jadi', 'layak jadi', 'cocok jadi',
    'pantas jadi', 'bisa menjabat', 'layak menjabat', 'could become', 'could be', 'can become', 'fit for', 'layak',
    'cocok', 'pantas', 'bakal calon', 'penggantinya', 'calonnya', 'kandidatnya', 'bench', 'untuk jadi', 'untuk menjadi',
    'jadi calon', 'to become', 'to replace', 'siap jadi', 'siap menjadi', 'ready to become',
    'ready to replace', 'ready to take over', 'memenuhi syarat', 'memenuhi kualifikasi', 'eligible', 'candidacy', 'qualified', 'qualify', 'diganti', 'digantikan', 'menggantikannya', 'gantinya',
    'replaced by', 'replace him', 'replace her', 'lined up', 'line up', 'lineup', 'in the running', 'in the pipeline for',
    'pipeline for', 'groomed', 'being groomed', 'disiapkan', 'dipersiapkan', 'kaderkan', 'penerusnya', 'radar suksesi',
    'masuk radar', 'succession radar', 'on the radar', 'anyone bench', 'any bench',
    'bisa diusulkan jadi', 'bisa kita usulkan jadi', 'bisa diusulkan menjadi', 'bisa kita usulkan menjadi', 'layak diusulkan', 'bisa diajukan jadi',
    'ditunjuk', 'ditunjuk sebagai', 'ditunjuk jadi', 'diangkat', 'diangkat sebagai', 'diangkat jadi', 'sebagai plt', 'jadi plt',
    'menjadi plt', 'acting head', 'appoint', 'appointed', 'step into', 'step in', 'step up', 'steps in', 'steps up', 'steps into', 'might head', 'might lead', 'names for', 'pelapis', 'pelapisnya', 'bursa', 'masuk bursa', 'heirs apparent', 'heir apparent', 'nanti siapa', 'siapa nanti', 'berikutnya siapa', 'selanjutnya siapa', 'fill the role', 'fill in for',
    'stand in', 'stand in for', 'take the role', 'take the job', 'naik jadi', 'naik menjadi', 'naik ke', 'promoted to',
    'move up to', 'moved up to', 'best pick', 'pick to', 'can be', 'be the next', 'become the next', 'will replace',
    'will succeed', 'will take over', 'picked', 'selected', 'chosen', 'shortlisted', 'can lead', 'could lead', 'can head', 'could head', 'will head',
    'should head', 'would head', 'to head', 'to lead', 'to run', 'could run', 'can run', 'would run', 'bisa mengisi', 'mengisi jabatan', 'mengisi posisi',
    'succession options', 'ready to lead', 'ready to run', 'groom', 'to groom',
    'proyeksi jadi', 'proyeksi menjadi', 'proyeksi untuk', 'projected to', 'projected as',
    'bisa memimpin', 'layak memimpin', 'pantas memimpin', 'cocok memimpin', 'siap memimpin', 'nominasi', 'nominasikan', 'dinominasikan', 'nominate', 'nominated',
  ],
  /** Readiness of a successor. */
  ready: [
    'siap', 'ready', 'readiness', 'kesiapan', 'paling siap', 'most ready', 'prepared',
  ],
  /** Ready already, which is ready now: "yang sudah siap", "siap pakai". */
  readyNow: [
    'sudah siap', 'siap pakai', 'already ready', 'ready to go', 'ready today', 'sudah ready', 'sudah ada yang siap', 'ada yang sudah siap',
    // Who could be installed at once: "calon Sekda yang bisa dilantik segera".
    'dilantik segera', 'segera dilantik', 'siap dilantik', 'bisa langsung dilantik',
    // Who could take the post at once: "a successor who could start tomorrow", "yang bisa mulai besok".
    'start tomorrow', 'could start tomorrow', 'start immediately', 'step in tomorrow', 'step in now', 'take over tomorrow',
    'mulai besok', 'bisa langsung menjabat', 'straight away', 'right off',
  ],
  /** Now, as opposed to in a year or two. */
  now: [
    'sekarang', 'saat ini', 'kini', 'now', 'right now', 'right away', 'immediately', 'today', 'hari ini', 'langsung',
    'currently',
  ],
  /** One person's talent data. */
  profile: [
    'profil', 'profile', 'biodata', 'bio', 'quick bio', 'short bio', 'data diri', 'umur', 'umurnya', 'usianya', 'rekam jejak', 'track record', 'record', 'detail', 'details', 'tentang',
    'about', 'nilai talenta', 'talent score', 'skor', 'score', 'scores', 'nilai', 'kinerja', 'potensial', 'potensi',
    'performance', 'potential', 'posisi kotak', 'kotak berapa', 'which box', 'what box', 'in which box',
    // A person's rank: "Fitriani sekarang golongan apa".
    'golongan apa', 'golongan berapa', 'golongannya', 'pangkat apa', 'pangkatnya',
    // Where a person works now: "posisinya di mana skrg", "ditempatkan di mana", Sundanese "damel di mana".
    'posisi di mana', 'posisi dimana', 'ditempatkan di mana', 'ditempatkan dimana', 'bertugas di mana', 'damel di mana', 'damel di dinas mana',
    'masuk kotak berapa', 'riwayat', 'history', 'perkembangan', 'siapa itu', 'data',
    'data talenta', 'talent data', 'talent card', 'kartu talenta', 'current position', 'current role', 'current post',
    'area pengembangan', 'development areas', 'kekuatan dan area pengembangan', 'jabatannya apa', 'jabatan sekarang',
    'move up', 'moving up', 'naik kotak', 'naik ke kotak', 'agar naik', 'supaya naik', 'untuk naik', 'what would it take',
    'what will it take', 'ditingkatkan', 'perlu ditingkatkan', 'harus ditingkatkan', 'to improve', 'needs to improve',
    'development areas', 'area pengembangan', 'performing', 'perform', 'profiles',
    'kelebihan dan kelemahan', 'kelebihan dan kekurangan', 'kelebihan sama kekurangan', 'kelebihan kekurangan', 'plus minus', 'kekuatan dan kelemahan', 'kelemahan', 'kelemahannya',
    'kekuatannya', 'kuatnya', 'lemahnya', 'rangkuman talenta', 'ringkasan talenta', 'development needs', 'kebutuhan pengembangan', 'menjabat apa', 'sekarang menjabat', 'menjabat sebagai apa', 'background', 'background on', 'performa', 'performanya', 'one pager', 'onepager', 'brief on', 'briefing on',
    'masa jabatan', 'masa jabatannya', 'lama menjabat', 'berapa lama di jabatan', 'berapa lama di jabatannya', 'berapa lama menjabat',
    'tenure', 'time in post', 'time in role', 'how long has', 'strengths and weaknesses', 'strengths', 'weaknesses', 'how did', 'fared', 'in the last review',
    // "where does Dewi land on the grid", "Agus's nine-box placement and SKP rating".
    'land on the grid', 'lands on the grid', 'land on', 'lands on', 'placement', 'nine box placement', 'grid placement', 'rating', 'ratings', 'skp rating',
  ],
  /** The result of talent mapping: a person's place on the grid, or a unit's grid ("hasil pemetaan talenta dinkes"). */
  mapping: [
    'hasil pemetaan', 'pemetaan talenta', 'hasil pemetaan talenta', 'mapping result', 'mapping results', 'talent mapping result',
  ],
  /** A box of the nine-box grid ("kotak 9"). */
  box: [
    'kotak', 'box', 'boxes', 'kuadran', 'quadrant', 'cell', 'kotak ke', 'kotak nomor', 'box number', 'box no',
    'kotak no',
  ],
  /** The talent pool (Kelompok Rencana Suksesi). */
  pool: [
    'talent pool', 'talentpool', 'kelompok rencana suksesi', 'kelompok talenta', 'rencana suksesi', 'krs', 'pool talenta',
    'kolam talenta', 'kumpulan talenta', 'kotak 7 8 9', 'kotak 7 9', 'box 7 8 9', 'box 7 9', 'boxes 7 8 9',
    'boxes 7 9', 'pool', 'succession pool', 'talent pipeline', 'pipeline', 'pool suksesi', 'kader talent pool', 'kader talenta',
  ],
  /** Positions in general ("jabatan", "posts"). */
  positionWord: [
    'jabatan', 'jabatannya', 'pejabat', 'pejabatnya', 'pejabat struktural', 'pimpinan tinggi pratama', 'pimpinan tinggi madya',
    'jpt pratama', 'jpt madya', 'jpt', 'officials', 'official', 'incumbents',
    'incumbent', 'officeholders', 'kritikal', 'posisi kritikal', 'critical', 'pemangku', 'pemangku jabatan', 'posisi', 'position', 'positions', 'post', 'posts', 'role', 'roles', 'job', 'jobs', 'jabatan kritikal',
    'jabatan struktural', 'critical positions', 'critical position', 'critical posts', 'key positions', 'eselon',
    'eselon i', 'eselon ii', 'eselon iii', 'eselon iv', 'eselon 1', 'eselon 2', 'eselon 3', 'eselon 4',
    'seat', 'seats',
  ],
  /** Employees in general ("pegawai", "people"). */
  employeeWord: [
    'pegawai', 'asn', 'pns', 'pppk', 'orang', 'staf', 'staff', 'employees', 'employee', 'people', 'persons',
    'person', 'karyawan', 'personel', 'aparatur', 'talenta', 'talent', 'talents', 'orangnya', 'pegawainya', 'anggota',
    // Kept whole (not "staf" + particle): whose staff they are points back to whoever asks (asker-units.ts).
    'stafnya', 'staffnya', 'bawahannya',
    'civil servants', 'civil servant', 'public servants',
  ],
  /** The whole instansi rather than one unit. */
  whole: [
    'seluruh', 'semua', 'keseluruhan', 'all', 'whole', 'entire', 'whole organisation', 'whole organization', 'entire organisation',
    'entire organization', 'across the organisation', 'across the organization', 'overall', 'kabupaten', 'pemda', 'se kabupaten', 'pemkab', 'pemkot', 'pemprov',
    'pemerintah daerah', 'seluruh perangkat daerah', 'semua perangkat daerah', 'pemerintah kota', 'se kota', 'seluruh kota', 'whole regency', 'whole city',
    'instansi', 'the whole', 'across', 'whole government', 'entire government', 'whole pemda', 'regency wide', 'regencywide', 'city wide', 'citywide', 'secara keseluruhan', 'seluruh kabupaten', 'seluruh instansi', 'semua opd',
    'seluruh opd', 'all offices', 'all departments', 'pemerintah kabupaten', 'satu kabupaten', 'kabupaten ini',
    'lintas opd', 'lintas perangkat daerah', 'organisation wide', 'organization wide', 'regency wide', 'district wide', 'city wide', 'citywide', 'province wide', 'everyone', 'everybody', 'regency', 'keseluruhan pegawai', 'global',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A concept every intent may ask about; intent modules add their own. */
export type SharedConcept = keyof typeof SHARED_CONCEPT_PHRASES;
