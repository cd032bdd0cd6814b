/**
 * Words that carry no entity of their own: function words, courtesy ("mohon info", "tolong", "pak"), and the
 * honorifics that announce a person's name ("Pak Budi", "Bu Rina", "Sdr. Agus"). Whatever is neither one of these, a
 * concept nor an organisation word is read as part of a person's name.
 */
/**
 * Words that leave out what follows them: "kecuali dinkes", "selain setda", "jangan yang lewat rotasi", "except the
 * health office". ("tidak termasuk" and "not including" are a negation before "termasuk"/"including".)
 */
export const EXCLUDING_WORDS: ReadonlySet<string> = new Set(['jangan', 'selain', 'kecuali', 'except', 'excluding', 'besides', 'non']);

/** Words by which askers speak of themselves: "saya sekda, …", "saya perlu angka …", "as head of BKPSDM, I …". */
export const ASKER_WORDS: ReadonlySet<string> = new Set(['saya', 'aku', 'kami', 'i', 'id', 'im', 'we']);

/** Words a request opens with ("mohon BKPSDM menyiapkan …", "Tolong cek …", "Please show …"). */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(['mohon', 'tolong', 'minta', 'please']);

/** Verbs of asking right after the post a message opens with: "Sekda minta …", "Pak Kadis mohon …", "the Sekda wants …". */
export const ASKING_VERBS: ReadonlySet<string> = new Set([
  'minta', 'meminta', 'mohon', 'memohon', 'ingin', 'pengen', 'pingin', 'tanya', 'bertanya', 'menanyakan', 'tanyakan',
  'wants', 'ask', 'asks', 'asked', 'asking', 'requests', 'requested', 'would', 'bilang', 'says', 'said',
  // A question left with someone to pass on: "Kadis Dukcapil nitip pertanyaan: …".
  'nitip', 'titip', 'menitip', 'menitipkan', 'nitipin',
  // Whoever is worried about something asks about it: "the Sekda is worried about …", "Pak Sekda khawatir …".
  'worried', 'concerned', 'khawatir', 'cemas',
]);

/**
 * Headings a message may open with before what it asks: "Notulen rapat Baperjakat: …", "Catatan: …", "FYI: …", and
 * whom it is passed on from ("Dari Bu Kadis: …", "titip dr pak sekcam: …", "Fwd: …").
 */
export const HEADINGS: ReadonlySet<string> = new Set([
  'notulen', 'notula', 'notulensi', 'catatan', 'fyi', 'memo', 'nota', 'disposisi', 'perihal', 'info', 'dari', 'from', 'titip',
  'titipan', 'nitip', 'fwd', 'fw',
]);

/** The pemda's elected heads, whom no directory lists: context around a question ("mau laporan ke bupati"), no name. */
export const REGIONAL_HEADS: ReadonlySet<string> = new Set(['bupati', 'wabup', 'walikota', 'wawali', 'gubernur', 'regent', 'mayor', 'governor']);

/** What a voice message or a chat fills its pauses with ("eh", "ee", "uh", "anu"): never a name, never asked about. */
export const PAUSES: ReadonlySet<string> = new Set(['eh', 'ee', 'eee', 'em', 'emm', 'uh', 'um', 'umm', 'uhm', 'erm', 'hmm', 'anu']);

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...PAUSES,
  ...EXCLUDING_WORDS, 'lewat', 'jalur', 'including', 'wr', 'wb', 'btw',
  // Context around a question ("buat usulan diklat, …", "mau laporan ke bupati, …", "lagi nimbang2 antara …").
  ...REGIONAL_HEADS, 'diklat', 'laporan', 'lapor', 'nitip', 'titip', 'titipan', 'pesan', 'pesen', 'menindaklanjuti', 'sehubungan', 'berkenaan',
  // "jabatan yang dijabat oleh Plt": how a post is held, no name.
  'dijabat',
  // When and how a review is held: "tahap selanjutnya dimulai", "dilaksanakan lagi", Minang "baliak diadoan".
  'tahap', 'dimulai', 'dilaksanakan', 'diadakan', 'digelar', 'diadoan', 'baliak', 'tampil', 'ditampilkan', 'based',
  // Bugis/Makassar particle: "berapa ji", "diupdate ji".
  'ji',
  // How a figure is to be split or which one: "dipecah tiap bidang", "dirinci per seksi", "pegawai riil".
  'dipecah', 'dirinci', 'riil', 'ril',
  // A person's rank asked about ("sekarang golongan apa"): no name, and no mistyped "lowongan".
  'golongan', 'pangkat', 'ditarik',
  // What is done before a deadline: "the deadline for submitting performance scores".
  'submitting', 'submit', 'submission', 'period',
  'nimbang', 'menimbang', 'timbang', 'pertimbangkan',
  // A remark after the question ("… siapa aja sih, kok banyak", "kok lama bgt").
  'dikit', 'sedikit', 'banyak', 'lama', 'bgt', 'lambat',
  // English verbs and words around a name ("pull up Ratna's profile", "how is Maya tracking", "didn't Agus come up").
  'pull', 'tracking', 'track', 'come', 'came', 'comes', 'higher', 'moves', 'moving', 'moved', 'hope', 'supposed',
  'names', 'grade', 'goes', 'went', 'gets', 'heading', 'back', 'far', 'number', 'members', 'member', 'wide', 'carry', 'allows',
  'allow', 'average', 'baru', 'off', 'her', 'rated', 'snapshot', 'pager', 'much', 'sorry', 'queries',
  'sure', 'ikut', 'jawab', 'menjawab', 'lingkup', 'bah', 'lho', 'loh', 'eh', 'menurutmu', 'menurut', 'galau', 'bahas',
  'membahas', 'begini', 'begitu', 'takut', 'khawatir', 'apresiasi', 'panggil', 'tanda', 'tangan', 'paparan', 'bahan',
  'kamu', 'elo', 'lu', 'gua', 'here', 'new', 'kau', 'ane', 'awak', 'basi', 'dicek', 'cek', 'apel', 'senin', 'throw', 'pakai', 'nggih',
  'kulantik', 'dilantik', 'lantik', 'pelantikan', 'hilang', 'looked', 'strong', 'thinking', 'jatuh', 'sistem', 'stuff', 'absen', 'grounds', 'utuh',
  'ceritain', 'ceritakan', 'lowdown', 'brief', 'sisi', 'paper', 'ended', 'file', 'standing', 'dianggap', 'dinilai', 'recommended',
  'work', 'works', 'working', 'lookup', 'search', 'bentuk', 'nomor', 'ukuran', 'hand', 'pas', 'sisa', 'masa',
  // Around a forwarded or formal request ("Fwd dari grup pimpinan:", "Di tempat", "maaf ganggu", "izin konfirmasi",
  // "sesuai disposisi pimpinan", "untuk ikut seleksi duta ASN", "padahal kinerjanya bagus", "memasuki masa pensiun").
  'fwd', 'fw', 'forwarded', 'tempat', 'ganggu', 'mengganggu', 'konfirmasi', 'dikonfirmasi', 'disposisi', 'sesuai', 'seleksi',
  'padahal', 'bagus', 'memasuki', 'due', 'hit', 'hits', 'drop', 'dropped', 'latest', 'naik', 'turun', 'pencoretan', 'bursa', 'fail', 'fails', 'sitting', 'sit', 'sits', 'meet', 'meets', 'big',
  'helm', 'frame', 'fall', 'falls', 'background', 'ahead', 'bet', 'panel', 'job', 'role', 'slot', 'expected', 'solid', 'ditempatkan', 'senior', 'rupanya', 'ji', 'jo', 'dang', 'beh', 'nggih', 'sini', 'ye', 'par', 'fungsional', 'ketersediaan', 'setahu', 'setau', 'sepengetahuan', 'jelas', 'seberapa', 'tinggal', 'ditutup', 'dibuka', 'actual', 'broken', 'levels', 'level',
  'under', 'opd', 'fits', 'fit', 'allowed', 'able', 'reach', 'reaches', 'reaching', 'steps', 'step', 'stack', 'weigh', 'mate', 'cheers', 'kepemimpinan', 'leadership', 'menyiapkan', 'siapkan', 'disiapkan', 'secara', 'grup', 'group', 'urgent', 'mendesak', 'ditunggu', 'diusulkan', 'usulkan', 'usulan',
  // Age around a retirement question ("bup joko umur berapa", "what age does Agus retire").
  'umur', 'usia', 'age', 'lahir', 'kelahiran', 'born',
  // Letter and memo formulas ("Bersama ini kami mohon …", "yang bersangkutan", "Demikian, atas perhatian dan kerja
  // samanya diucapkan terima kasih") and the formal nouns around a request.
  'bersama', 'bersangkutan', 'demikian', 'perhatian', 'kerjasama', 'samanya', 'diucapkan',
  'dicantumkan', 'dicantumkannya', 'persyaratan', 'disajikan', 'sajikan', 'pengisian', 'kualifikasi', 'kurun',
  'ketersediaan', 'format', 'klarifikasi', 'dasar', 'melalui', 'sehubungan', 'penyusunan', 'rencana',
  'dijelaskan', 'jelaskan', 'direkomendasikan', 'rekomendasi', 'biar', 'berada', 'belong', 'belongs', 'poin',
  'tabel', 'pick', 'sebetulnya', 'nuwun', 'sewu', 'rangkuman', 'ringkasan', 'capaian', 'perangkat',
  'diinformasikan', 'informasikan', 'diajukan', 'sejahtera', 'furnish',
  // Levels of the grid's axes said in everyday words ("kinerjanya biasa aja", "moderate potential", "sangat baik",
  // "melampaui target", "exceeds expectations").
  'biasa', 'moderate', 'baik', 'standar', 'melampaui', 'melebihi', 'target', 'exceeds', 'exceeding', 'exceed', 'exceeded',
  'surpass', 'surpasses', 'expectations', 'expectation', 'targets',
  // Everyday verbs around a box or a name ("yg nangkring di kotak 5", "kenapa bu Ratna ditaruh di kotak 2").
  'nangkring', 'ditaruh', 'taruh', 'naruh', 'menaruh', 'ditempatin', 'reports', 'report', 'showing', 'appearing', 'popping',
  // The occasion a request is for ("buat slide saya", "laporan triwulan ke BKN", "rapat hari Kamis", "for the audit
  // report", "formasi CASN", "ASN teladan tingkat kabupaten", "secara spesifik", "have a great weekend").
  'slide', 'slides', 'deck', 'bkn', 'casn', 'cpns', 'triwulan', 'audit', 'hari', 'selasa', 'rabu', 'kamis', 'jumat',
  'sabtu', 'teladan', 'tingkat', 'spesifik', 'worried', 'concerned', 'great', 'weekend', 'response', 'happy',
  // Indonesian
  'di', 'ke', 'dari', 'yang', 'dan', 'atau', 'untuk', 'pada', 'dengan', 'saja', 'ada', 'adalah', 'itu', 'ini', 'nya', 'apa',
  'kah', 'lah', 'pun', 'saya', 'kami', 'kita', 'aku', 'anda', 'kamu', 'engkau', 'beliau', 'dia', 'mereka', 'tolong', 'mohon',
  'minta', 'coba', 'bisa', 'dapat', 'dong', 'ya', 'iya', 'yah', 'deh', 'sih', 'nih', 'tuh', 'kak', 'min', 'admin', 'bot', 'talenta',
  'mengenai', 'terkait', 'soal', 'perihal', 'hal', 'oleh', 'sebagai', 'jadi', 'menjadi', 'punya', 'memiliki', 'mempunyai',
  'juga', 'lagi', 'masih', 'sudah', 'hanya', 'cuma', 'nanti', 'kira', 'sekitar', 'dalam', 'selama', 'sampai', 'hingga',
  'sebelum', 'setelah', 'sesudah', 'sangat', 'sekali', 'banget', 'paling', 'lebih', 'jika', 'kalau', 'mau', 'ingin', 'perlu',
  'butuh', 'tahu', 'masuk', 'termasuk', 'para', 'sang', 'si', 'se', 'per', 'tiap', 'setiap', 'agar', 'supaya', 'karena',
  'bagaimana', 'seperti', 'begitu', 'gitu', 'terus', 'sama', 'tersebut', 'kepada', 'bagi', 'milik', 'tentunya', 'kiranya',
  'harap', 'silakan', 'silahkan', 'maaf', 'permisi', 'kalian', 'bantu', 'dibantu', 'tanya', 'bertanya', 'pertanyaan',
  'dimana', 'daripada', 'akan', 'bakal', 'sedang', 'telah', 'pernah', 'boleh', 'harus', 'wajib', 'memang', 'apakah',
  'maksud', 'maksudnya', 'yaitu', 'yakni', 'kayak', 'kan', 'tadi', 'dulu', 'duluan', 'mohonkan', 'disampaikan', 'sampaikan',
  'lengkap', 'lengkapnya', 'singkat', 'cepat', 'segera', 'dahulu', 'terlebih', 'om', 'gan',
  // Who is addressed or how a line ends, in chat and in the east ("bos mau tau", "dari dalam toh", "ges", "lur").
  'bos', 'bosku', 'bro', 'sis', 'ges', 'guys', 'lur', 'toh', 'mi', 'kaya',
  // Words of letters, minutes and workshops that name no one: "butir 5", "selisih … eksisting", "participants will ask".
  'butir', 'poin', 'selisih', 'eksisting', 'existing', 'participants', 'peserta', 'inform', 'available', 'overview',
  'looks', 'thin', 'say', 'sukses', 'selalu', 'kutanya', 'kutanyakan', 'menteri', 'surat', 'panrb', 'kemenpan', 'kemenpanrb',
  'data', 'terakhir', 'terbaru', 'kemarin', 'arahan', 'petunjuk', 'hormat', 'kuat', 'kali', 'urutkan', 'urut', 'urutan',
  'diurutkan', 'mungkin', 'mungkinkah', 'diangkat', 'dicoret', 'tercoret', 'fungsi',
  // The word before an identifier: "nip 1985…".
  'nip', 'nik',
  // Context around a question: who asks, for what meeting, when ("Pak Sekda nanya, sebelum baperjakat besok …").
  'pimpinan', 'besok', 'lusa', 'isinya', 'isi', 'angka', 'angkanya', 'baperjakat', 'nanya', 'pengen', 'pingin',
  'justru', 'syarat', 'menjabat', 'bahan', 'keperluan', 'piye', 'sel', 'dilakukan', 'dilaksanakan', 'masing', 'penjelasan', 'diusulkan', 'usulkan',
  'usul', 'usulan',
  // Letters and memos: "Yth. Bapak, berikut kami mohon …", "Dengan hormat, mohon izin menyampaikan permohonan data …".
  'yth', 'dear', 'berikut', 'meminta', 'menyampaikan', 'permohonan', 'melaporkan', 'menanyakan', 'pertimbangan', 'dipakai',
  'lingkungan', 'sendiri', 'apabila', 'titik', 'koma', 'oh', 'membantu', 'menjawab', 'ditolak', 'tolak',
  // The grid's axes and levels, read apart (grid-cell.ts); never a person's name.
  'tinggi', 'rendah', 'menengah', 'ekspektasi', 'harapan', 'atas', 'bawah', 'potensi', 'potensial', 'sesuai', 'high', 'low',
  'medium', 'potential', 'expectations', 'expectation', 'above', 'below', 'tapi', 'namun', 'but', 'berpotensi', 'berkinerja',
  'asesmen', 'assesmen', 'assessment', 'hasil',
  // Places on the drawn grid (grid-place.ts): "kotak kanan atas", "the bottom left corner".
  'kanan', 'kiri', 'tengah', 'pojok', 'sudut', 'corner', 'left', 'bottom', 'upper', 'lower', 'middle', 'center', 'centre',
  'baris', 'kolom', 'row', 'column', 'sebelah',
  // English
  'the', 'a', 'an', 'of', 'for', 'in', 'at', 'on', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'me', 'my',
  'our', 'we', 'us', 'i', 'you', 'your', 'please', 'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'do',
  'does', 'did', 'tell', 'let', 'know', 'as', 'by', 'has', 'have', 'had', 'there', 'any', 'some', 'also', 'still', 'yet',
  'just', 'only', 'already', 'that', 'this', 'those', 'these', 'it', 'its', 'their', 'them', 'they', 'he', 'she', 'his',
  'him', 'what', 'how', 'where', 'with', 'from', 'into', 'and', 'or', 'if', 'want', 'need', 'like', 'would', 'kindly',
  'quick', 'quickly', 'currently', 'right', 'up', 'out', 'so', 'very', 'most', 'more', 'than', 'then', 'such', 'kind',
  'sort', 'type', 'ask', 'asking', 'question', 'about', 'regarding', 'become', 'becoming', 'hold', 'holds', 'holding',
  'filled', 'fill', 'next', 'other', 'others', 'else', 'each', 'every', 'per', 'being', 'mean', 'means', 'meant', 'whether',
  'full', 'sir', 'madam', 'maam', 'team', 'nama', 'name', 'named', 'called', 'bernama', 'doing', 'look', 'looks',
  'sit', 'sits', 'stand', 'stands', 'seem', 'seems', 'going', 'happen', 'happening', 'got', 'wanted', 'needs', 'provide',
  'share', 'send', 'recent', 'date', 'dates', 'anyone', 'someone', 'somebody', 'kirim', 'kirimkan', 'cari', 'carikan',
  'buatkan', 'sampaikan', 'izin', 'ijin', 'bertanya', 'ingin', 'tau', 'kasitau', 'muncul', 'ditampilkan', 'tanggal', 'tgl',
  'saat', 'kapanpun', 'yaa', 'nggih', 'njih', 'rekan', 'teman', 'kawan', 'atas', 'hasil', 'hasilnya', 'take', 'takes',
  'make', 'makes', 'put', 'puts', 'bikin', 'membuat', 'menyebabkan', 'bikinan', 'step', 'steps', 'way', 'ways', 'cara', 'sehingga', 'makanya', 'maka', 'padahal',
  'tapi', 'tetapi', 'namun', 'meskipun', 'walaupun', 'because', 'since', 'but', 'although', 'after', 'before', 'when', 'once',
  'setelah', 'ketika', 'saat', 'waktu', 'thing', 'things', 'something', 'anything', 'lot', 'bit',
  'run', 'running', 'lead', 'leading', 'groom', 'grooming', 'develop', 'developing', 'considered', 'consider',
  'last', 'did', 'do', 'done', 'current', 'against', 'decide', 'decision', 'away', 'down', 'id', 'im', 'ive',
  'explain', 'read', 'screened', 'cycle', 'assistant', 'walk', 'through', 'advise', 'options',
  'wants', 'asks', 'requests', 'requested', 'asked', 'memohon', 'selaku', 'anywhere', 'fall', 'falls', 'system', 'sistem',
  'getting', 'get', 'whose', 'input', 'remind', 'wondering', 'wonder', 'terima', 'diterima', 'received',
  'roughly', 'approximately', 'approx', 'around', 'kurang lebih', 'kira', 'kiranya', 'perkiraan',
  // Context leaders write around a request: days, reports and letters, what the data is for, who asked.
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'sekadar', 'sekedar',
  'salah', 'ketik', 'typo', 'protes', 'keberatan', 'rangka', 'penyusunan', 'menyusun', 'laporan', 'report', 'nota', 'cantumkan',
  'briefing', 'sign', 'letter', 'presenting', 'intake', 'program', 'pendampingan', 'penghargaan', 'redistribusi', 'inventarisasi',
  'menginventarisasi', 'keduanya', 'kedua', 'both', 'wawancara', 'governor', 'soalnya', 'kursi', 'says', 'said', 'exactly', 'coaching', 'programme',
  'mentoring', 'scheme', 'register', 'penuhi', 'minggu', 'pekan', 'week', 'bahas', 'dibahas', 'tulis',
  // Months, less those that are also given names (Juni, Juli, April, Agustus).
  // "please" as chat spells it; a committee that asks ("Panitia Seleksi ingin membandingkan …").
  'plis', 'pliss', 'panitia',
  // Narrowing a request ("…, khususnya jabatan yang kelebihan pegawai"); a Batak form of address said after a name.
  'khususnya', 'terutama', 'lae',
  // Found, in Sundanese ("datana tos kapendak"); "atas" of "terima kasih atas …", where no box is said.
  'kapendak', 'kapanggih', 'atas', 'sejak', 'sementara', 'dipegang', 'heran', 'dibuatkan', 'dibuat',
  // "perencanaan kebutuhan tenaga pendidik": teachers and school staff in general, no name.
  'pendidik',
  // Correcting what was said ("Ralat: 1987…", "koreksi, maksud saya …"): no name.
  'ralat', 'koreksi',
  // A Bugis particle after a question ("bagus siapa ki'?"); English words around a request ("mapped onto", "internal
  // promotion only", "the Speaker asked").
  'ki', 'onto', 'internal', 'speaker', 'transfers',
  // The team a letter is addressed to or greets ("Yth. Tim Talenta", "Salam untuk tim BKPSDM").
  'tim', 'team',
  // Moving on to the next request ("Lanjut ya Pak: top 3 di Disdukcapil siapa?").
  'lanjut', 'selanjutnya',
  // "dari OPD lain", "yang lainnya"; a Bugis word of politeness ("tabe', urutkan …").
  'lain', 'lainnya', 'tabe',
  // "rotasi ga usah": no need of it; when a review was held; staff moved in from elsewhere ("pindahan dari provinsi");
  // a reason given after a request ("…, mengingat banyak kepala sekolah …", purpose-clauses.ts).
  'usah', 'held', 'pindahan', 'provinsi', 'province', 'mengingat', 'whatever', 'whichever', 'carried', 'semacam', 'assessed',
  // "kepsek di sana", "di situ": the place named before (org-spans.ts), never a mistyped "mana".
  'sana', 'situ',
  // A remark on the person asked about ("orangnya rajin bgt", "anaknya pinter").
  'orangnya', 'anaknya', 'rajin', 'pintar', 'pinter', 'cerdas', 'ulet',
  // Before a post someone held ("mantan sekdis DLH"): never a name, never corrected.
  'mantan', 'eks', 'former', 'formerly',
  // Laughter in chat ("hehe"), and hearsay ("katanya").
  'hehe', 'haha', 'wkwk', 'wkwkwk', 'katanya', 'kabarnya',
  // A person's standing said in English inside Indonesian ("knp siti aminah stuck di middle box").
  'stuck',
  // What is done before a review's deadline: "batas waktu upload data".
  'upload', 'unggah',
  // Full-time equivalents, as HR counts staff ("FTEs at Bappeda"; "FTE gap" is the staffing balance).
  'fte', 'ftes',
  // A meeting's record a request is written in, and what it is for ("Notulen rapim: …", "Catatan rapat: …", "FYI …",
  // "lagi nyusun laporan", "nyiapin bahan rapat", "data yang tercatat dalam …", "cukup sekian"); how the answer is to
  // look ("Bullet points."); "regardless of performance".
  'notulen', 'notula', 'notulensi', 'rapim', 'catatan', 'fyi', 'nyusun', 'nyiapin', 'nyiapkan', 'tercatat', 'sekian',
  'bullet', 'bullets', 'points', 'regardless',
  // The people just named, counted: "Ketiganya diusulkan jadi Kabag Umum".
  'keduanya', 'ketiganya', 'keempatnya', 'kelimanya',
  'januari', 'februari', 'oktober', 'november', 'desember', 'january', 'february', 'september', 'october', 'december', 'bilang', 'komplain', 'tomorrow', 'leaves', 'ditanya', 'ditanyakan',
  // Work around a request, in chat and in second-language English: "after the current one finish his term", "ambil
  // dua aja", "kinerjanya apa aja gpp", "I am preparing report", "ABK result".
  'finish', 'finishes', 'finished', 'term', 'ambil', 'ambilkan', 'gpp', 'gapapa', 'nggakpapa', 'preparing', 'prepare',
  'prepared', 'result', 'results', 'break', 'yesterday', 'yesterdays', 'todays',
  // What a request is for: "Side-by-side for the committee pack: …".
  'pack', 'packs', 'committee', 'agak', 'jago', 'sample',
]);

/** Titles written before a person's name; they mark what follows as a name, and are dropped from it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'pak', 'bu', 'bapak', 'ibu', 'sdr', 'sdri', 'saudara', 'saudari', 'mr', 'mrs', 'ms', 'miss', 'dr', 'drs', 'dra', 'ir', 'hj', 'h',
  'prof', 'bpk', 'ibuk', 'mister', 'madam', 'nyonya', 'tuan', 'haji', 'hajjah', 'hajah',
  // Professional titles written before the name: dentist, nurse, pharmacist, midwife.
  'drg', 'ns', 'apt', 'bd',
  // Chinese-Indonesian forms of address.
  'koh', 'ko', 'ci', 'cici', 'cik', 'engkoh', 'encik',
  // Regional forms of address: Javanese, Sundanese, Minang, Balinese, Makassar, Batak/Malay.
  'mas', 'mbak', 'mba', 'kang', 'akang', 'aa', 'teh', 'teteh', 'uda', 'uni', 'bli', 'cak', 'daeng', 'bang', 'abang', 'mpok',
  // Eastern Indonesia's "Bapa" (Bapak).
  'bapa',
]);

/** Balinese names open with the bearer's birth order or caste, after "I" (men) or "Ni" (women): "I Made Suarjana". */
export const BALINESE_NAME_OPENERS: ReadonlySet<string> = new Set([
  'wayan', 'made', 'nyoman', 'ketut', 'putu', 'gede', 'kadek', 'komang', 'nengah', 'gusti', 'luh', 'ayu', 'gst',
]);

/** Words joining two names ("Budi dan Rina", "Budi vs Rina", "Budi, Rina, Agus"), and the end of a sentence between them. */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'dan', 'and', 'dengan', 'with', 'atau', 'or', 'serta', 'sama', 'opo', ',', '&', '.', '?',
  // Sundanese and Javanese "or" and "and": "kang Ujang atawa teh Neneng", "Pak Bambang kaliyan Bu Sri".
  'atawa', 'utawa', 'jeung', 'kaliyan',
]);
