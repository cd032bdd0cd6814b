/**
 * How leaders shorten words in chat ("yg", "brp", "skrg", "gak", "who's"), written out so the grammar sees one
 * spelling. Keys are folded tokens; values may be several words. Only unambiguous forms: "ga" is "tidak" in chat,
 * never a word of its own in a question to Talenta.
 */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  // Indonesian
  yg: 'yang', yng: 'yang', sy: 'saya', sya: 'saya', aq: 'aku', gw: 'saya', gue: 'saya',
  gmn: 'bagaimana', gimana: 'bagaimana', bgmn: 'bagaimana', gmna: 'bagaimana', bagaimanakah: 'bagaimana',
  brp: 'berapa', brapa: 'berapa', berapakah: 'berapa', bpa: 'berapa', brapakah: 'berapa',
  skrg: 'sekarang', skr: 'sekarang', skrang: 'sekarang', sekrang: 'sekarang', skarang: 'sekarang', sekarng: 'sekarang',
  utk: 'untuk', untk: 'untuk', unk: 'untuk', buat: 'untuk',
  dgn: 'dengan', dg: 'dengan', dng: 'dengan',
  tdk: 'tidak', gak: 'tidak', ga: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak', gk: 'tidak',
  g: 'tidak', tak: 'tidak', kagak: 'tidak', ndak: 'tidak', nda: 'tidak',
  blm: 'belum', blom: 'belum', blum: 'belum',
  sdh: 'sudah', udh: 'sudah', udah: 'sudah', dah: 'sudah',
  krn: 'karena', karna: 'karena', krna: 'karena',
  knp: 'kenapa', knapa: 'kenapa', napa: 'kenapa', ngapa: 'kenapa', kenapakah: 'kenapa', mengapakah: 'mengapa',
  kpn: 'kapan', kapankah: 'kapan', ngapain: 'apa',
  spa: 'siapa', sp: 'siapa', sing: 'yang', nama2: 'nama nama', masing2: 'masing masing', hitungin: 'hitung', hitungkan: 'hitung', itungin: 'hitung', siapakah: 'siapa', sapa: 'siapa', siapa2: 'siapa',
  apakah: 'apa', apa2: 'apa',
  mn: 'mana', manakah: 'mana', dmn: 'di mana', dmna: 'di mana',
  bln: 'bulan', thn: 'tahun', th: 'tahun', thun: 'tahun', kab: 'kabupaten', kabupatn: 'kabupaten',
  org: 'orang', orng: 'orang', pgw: 'pegawai', peg: 'pegawai', pegawe: 'pegawai',
  jml: 'jumlah', jmlh: 'jumlah', jumlahnya: 'jumlah',
  dr: 'dari', dri: 'dari', kpd: 'kepada', dlm: 'dalam',
  bs: 'bisa', bsa: 'bisa', bisakah: 'bisa',
  sj: 'saja', aja: 'saja', aj: 'saja',
  lg: 'lagi', jd: 'jadi', jdi: 'jadi',
  kl: 'kalau', klo: 'kalau', kalo: 'kalau',
  tlg: 'tolong', tolonglah: 'tolong', mhn: 'mohon', mohonkan: 'mohon',
  bpk: 'bapak', bp: 'bapak', ibuk: 'ibu',
  ttg: 'tentang', tntg: 'tentang',
  sbg: 'sebagai', spt: 'seperti',
  trs: 'terus', sm: 'sama', ama: 'sama',
  lbh: 'lebih', plg: 'paling', bnyk: 'banyak', byk: 'banyak', krg: 'kurang', krng: 'kurang', rdh: 'rendah', rndh: 'rendah',
  tsb: 'tersebut', dst: 'dan seterusnya',
  makasih: 'terima kasih', makasi: 'terima kasih', trims: 'terima kasih', trimakasih: 'terima kasih',
  terimakasih: 'terima kasih', tq: 'terima kasih', tks: 'terima kasih', mksh: 'terima kasih', trmksh: 'terima kasih',
  thx: 'thanks', thanx: 'thanks', ty: 'thanks', tengkyu: 'thanks', tengkiu: 'thanks',
  bwh: 'bawah', dbwh: 'di bawah', pensin: 'pensiun', pnsiun: 'pensiun',
  jbtn: 'jabatan', jbt: 'jabatan', ksong: 'kosong', ksg: 'kosong', kosng: 'kosong',
  assalamualaikum: 'salam', assalamu: 'salam', askum: 'salam',
  mksd: 'maksud', sblm: 'sebelum', ssdh: 'sesudah', stlh: 'setelah',
  pd: 'pada', kmrn: 'kemarin', bsk: 'besok', dpn: 'depan', dpan: 'depan', blkg: 'belakang',
  msk: 'masuk', '9box': '9 box', wil: 'wilayah', sosbud: 'sosial budaya', cm: 'cuma', ato: 'atau', atw: 'atau', pake: 'pakai', n: 'dan', mending: 'lebih baik', mendingan: 'lebih baik', nanyain: 'tanya', nanya: 'tanya',
  bag: 'bagian', tgl: 'tanggal', teu: 'tidak', henteu: 'tidak', asup: 'masuk', tp: 'tapi', tpi: 'tapi', msh: 'masih', masi: 'masih', jg: 'juga', jga: 'juga', taun: 'tahun',
  wassalam: 'salam', wassalamualaikum: 'salam', waalaikumsalam: 'salam', walaikumsalam: 'salam', wslm: 'salam',
  // Javanese, Sundanese and Betawi words leaders mix in ("sopo sing wis siap", "kumaha", "ente tau kagak").
  sopo: 'siapa', sinten: 'siapa', saha: 'siapa', piro: 'berapa', pinten: 'berapa', sabaraha: 'berapa', piye: 'bagaimana',
  pripun: 'bagaimana', kumaha: 'bagaimana', durung: 'belum', dereng: 'belum', wis: 'sudah', wes: 'sudah', sampun: 'sudah',
  geus: 'sudah', nang: 'di', ning: 'di', ono: 'ada', wonten: 'ada', aya: 'ada', ora: 'tidak', mboten: 'tidak', saiki: 'sekarang',
  ayeuna: 'sekarang', karo: 'dengan', sareng: 'dengan', ame: 'sama', langkung: 'lebih', keakehan: 'kebanyakan', akeh: 'banyak',
  naon: 'apa', aje: 'saja', wae: 'saja', bae: 'saja', pagawe: 'pegawai', tos: 'sudah', sape: 'siapa', janten: 'jadi', tiasa: 'bisa',
  horas: 'salam', suwun: 'terima kasih', maturnuwun: 'terima kasih', ente: 'kamu', nu: 'yang', iku: 'itu', kuwi: 'itu',
  eta: 'itu', iki: 'ini', ieu: 'ini', niki: 'ini', siape: 'siapa', jeung: 'dan', iraha: 'kapan', salajengna: 'berikutnya',
  lwt: 'lewat', pangsiun: 'pensiun', payun: 'depan', taon: 'tahun', pisan: 'sekali', ditempatkeun: 'ditempatkan',
  nanyakeun: 'tanya', tarimo: 'terima', bara: 'berapa', ado: 'ada', iko: 'ini', iyo: 'iya', tu: 'itu', na: 'nya', acan: 'belum',
  ngagentos: 'menggantikan', gentos: 'ganti', wayahini: 'sekarang', haja: 'saja', baisi: 'punya', kada: 'tidak', ngisor: 'bawah',
  nyang: 'yang', ulun: 'saya', sae: 'bagus', ndhuwur: 'di atas',
  takon: 'tanya', nan: 'yang', dhuwur: 'tinggi', potensine: 'potensinya', potensina: 'potensinya', kinerjane: 'kinerjanya',
  kinerjana: 'kinerjanya', alusan: 'bagusan',
  kyk: 'kayak', kek: 'kayak', asslmkm: 'salam', aslmkm: 'salam', asslm: 'salam', nyari: 'cari', nyariin: 'cari', cepet: 'cepat',
  ngerti: 'mengerti', paham: 'mengerti', pakenya: 'pakainya', td: 'tadi', asalamualaikum: 'salam', assalamualaikom: 'salam', pul: 'pool', talpool: 'talent pool', tpool: 'talent pool', boks: 'box', nain: 'nine', dimapping: 'di mapping', termapping: 'di mapping', satker: 'unit', unker: 'unit', overstaff: 'overstaffed', understaff: 'understaffed',
  iso: 'bisa', ngganti: 'ganti', luwih: 'lebih', apik: 'bagus', elek: 'jelek', wong: 'orang', nganggo: 'pakai', sanget: 'sekali',
  // Palembang and Jambi Malay ("siapo bae", "jabatan mano", "dak ado calon", "seberapo besak risikonyo"), Minang
  // ("sia pegawai tabaiak", "3 urang", "apo sajo nan bisa ditanyoan"), Betawi ("berape", "udeh"), Bugis ("iye"),
  // Javanese ("apik endi": which is better), Banjar ("pian kawa": can you).
  siapo: 'siapa', mano: 'mana', apo: 'apa', dak: 'tidak', seberapo: 'seberapa', besak: 'besar', limo: 'lima',
  sebabnyo: 'sebabnya', risikonyo: 'risikonya', kinerjonyo: 'kinerjanya', sajo: 'saja', tabaiak: 'terbaik', urang: 'orang',
  ditanyoan: 'ditanyakan', berape: 'berapa', udeh: 'sudah', iye: 'iya', endi: 'mana', pian: 'anda', kawa: 'bisa',
  dijadwalin: 'dijadwalkan', jadwalin: 'jadwalkan', hipo: 'high potential', hipos: 'high potential',
  // Minang "baa kalau dibandiangkan X jo Y", Sundanese "cara ngagunakeun bot ieu".
  baa: 'bagaimana', dibandiangkan: 'dibandingkan', jo: 'dengan', ngagunakeun: 'menggunakan',
  // Minang "lai masuak … atau indak? profilnyo sajo"; Papua and Maluku "sa" (saya), "tra"/"tar" (tidak).
  // Javanese krama and Sundanese of letters to a superior: "sinten mawon ingkang pensiun … taun ngajeng", "nyuhunkeun daftarna".
  // Javanese krama "kulo camat …, jabatan pundi mawon ingkang dereng wonten calon siap sakmenika?".
  kulo: 'saya', kula: 'saya', pundi: 'mana', sakmenika: 'sekarang', samenika: 'sekarang',
  ngajeng: 'depan', mawon: 'saja', ingkang: 'yang', nyuwun: 'minta', nyuhunkeun: 'minta', kanggo: 'untuk', daftarna: 'daftarnya',
  // Javanese krama asking what the bot is for and who the candidates are: "nyuwun pirsa, bot punika saged dipun
  // ginakaken kangge menapa kemawon?", "sinten calonipun kabag hukum"; Betawi "ente bisa bantu ape aje".
  pirsa: 'tahu', punika: 'ini', saged: 'bisa', ginakaken: 'digunakan', kangge: 'untuk', menapa: 'apa',
  kemawon: 'saja', calonipun: 'calonnya', penggantosipun: 'penggantinya', ape: 'apa', pdhl: 'padahal', pdhal: 'padahal',
  // Eastern Indonesia (Papua, Maluku, Manado, NTT), Makassar, Banjar, Aceh, Jawa Timuran and Batak words leaders write:
  // "siapa yang su siap", "deng" (dengan), "beta" (saya), "nyanda"/"katek" (tidak (ada)),
  // "ngana bisa beking apa", "ale", "danke", "sopo ae arek sing …", "soe-soe … lon tunggu", "pakon …", "kasih tengok".
  su: 'sudah', deng: 'dengan', beta: 'saya', nyanda: 'tidak', katek: 'tidak ada',
  ngana: 'kamu', ale: 'kamu', beking: 'bikin', danke: 'terima kasih', makase: 'terima kasih',
  ae: 'saja', arek: 'orang', ndek: 'di', soe: 'siapa', lon: 'saya', pakon: 'kenapa', tengok: 'lihat',
  taong: 'tahun', barapa: 'berapa', randah: 'rendah', bilanya: 'kapan', baikutnya: 'berikutnya',
  komparasi: 'bandingkan', ntu: 'itu',
  // Sundanese "saha wae nu kinerjana di handap ekspektasi", "kumaha upami dibandingkeun X jeung Y", "kurangna …
  // sabaraha"; Javanese krama "pinten tiyang ingkang sampun dipetakan", "nem sasi"; Betawi "nyang belom dipetain";
  // Malay "awak nak tengok profil Encik Zulkifli".
  handap: 'bawah', upami: 'kalau', dibandingkeun: 'dibandingkan', kurangna: 'kurangnya', tiyang: 'orang', nem: 'enam',
  sasi: 'bulan', belom: 'belum', dipetain: 'dipetakan', awak: 'saya', nak: 'mau', encik: 'pak', jgn: 'jangan', jngn: 'jangan',
  // Minang "bara urang nan potensinyo tinggi", "sia nan labiah elok?", "sia nan paliang rancak", "alah masuak … alun?".
  sia: 'siapa', labiah: 'lebih', elok: 'bagus', paliang: 'paling', rancak: 'bagus', ateh: 'atas',
  potensinyo: 'potensinya', kinerjanyo: 'kinerjanya', alah: 'sudah', alun: 'belum',
  ngapo: 'kenapa', idak: 'tidak', sori: 'sorry', ta: 'tahun anggaran', sect: 'section', div: 'division', indak: 'tidak', masuak: 'masuk', profilnyo: 'profilnya', sa: 'saya', tra: 'tidak', trada: 'tidak ada', bandingn: 'banding',
  // Shorthand of a post's or unit's word, of a word of the question: "kabag hkm", "kasubbag kepeg", "posisi tnp kandidat",
  // "smt 2", "succ kadis pupr", "cmp A vs B".
  jamsos: 'jaminan sosial', malam2: 'malam', pagi2: 'pagi', siang2: 'siang', sore2: 'sore',
  hkm: 'hukum', kepeg: 'kepegawaian', tnp: 'tanpa', smt: 'semester', smstr: 'semester', kira2: 'kira kira',
  // Typed on a phone: "sekdn distan rotasi", "jdwl talent review brkt", "high perf high pot".
  sekdn: 'sekdin', jdwl: 'jadwal', brkt: 'berikutnya', perf: 'performance', pot: 'potential',
  // English
  succ: 'successors', cmp: 'compare', whos: 'who is', whats: 'what is', hows: 'how is', wheres: 'where is', whens: 'when is', whys: 'why is',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', doesnt: 'does not', dont: 'do not',
  didnt: 'did not', cant: 'can not', cannot: 'can not', wont: 'will not', hasnt: 'has not', havent: 'have not',
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', pleaae: 'please', yr: 'year', yrs: 'years',
  mth: 'month', mths: 'months', mo: 'month', mos: 'months', govt: 'government', dept: 'department', ppl: 'people', hw: 'how',
};

