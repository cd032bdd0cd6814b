/**
 * The language to answer in: English when the question's own words are more English than Indonesian. Office names
 * and loanwords leaders use in both languages ("talent pool", "ninebox", "top", "dinas") do not count, so "siapa top
 * talent di dinkes" is answered in Indonesian and "show me the nine box for Disdik" in English.
 */
import type { Lang } from './lang.js';
import { INDONESIAN_NUMBER_WORDS } from '../../lib/number-words.js';
import { ENGLISH_ORG_PHRASES } from './lexicon/english-org-phrases.js';
import { ENGLISH_ORG_WORDS } from './lexicon/english-org-terms.js';

/** "list" is chat's word in both languages ("list talent pool bidang anggaran"): no English by itself. */
const ENGLISH: ReadonlySet<string> = new Set([
  'the', 'who', 'whom', 'what', 'which', 'why', 'when', 'how', 'many', 'much', 'is', 'are', 'was', 'were', 'show', 'me', 'my',
  'please', 'for', 'of', 'in', 'on', 'at', 'to', 'ready', 'bench', 'asks', 'riskiest', 'now', 'successor', 'successors', 'candidate', 'candidates', 'head',
  'office', 'department', 'agency', 'retire', 'retiring', 'retirement', 'vacant', 'positions', 'position', 'employees',
  'people', 'compare', 'between', 'and', 'with', 'without', 'not', 'no', 'next', 'year', 'years', 'month', 'months', 'schedule',
  'help', 'hi', 'hello', 'thanks', 'thank', 'you', 'can', 'could', 'do', 'does', 'risk', 'risks', 'give', 'tell', 'about',
  'profile', 'whole', 'entire', 'district', 'finance', 'health', 'education', 'there', 'have', 'has', 'any', 'all', 'our',
  'we', 'i', 'should', 'would', 'be', 'replace', 'succeed', 'best', 'highest', 'unplaced', 'placed', 'mapped', 'where',
  'short', 'staff', 'this', 'that', 'it', 'an', 'a', 'secretary', 'regional', 'planning', 'get', 'see',
  'box', 'boxes', 'versus', 'better', 'missing', 'review', 'stopping', 'blocking',
  'reason', 'lacking', 'left', 'out', 'within', 'coming', 'upcoming', 'currently', 'right', 'today', 'soon', 'later',
  'good', 'morning', 'afternoon', 'evening', 'night', 'hey', 'thanks', 'from', 'by', 'about', 'more', 'most', 'than',
  'your', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'who', 'did', 'will', 'was', 'been', 'if', 'so', 'up',
  'performers', 'people', 'person', 'someone', 'anyone', 'everyone', 'nobody', 'eligible', 'why',
  'members', 'member', 'like', 'against', 'benchmarked', 'committee', 'calendar', 'meeting', 'hiya', 'cheers', 'mate', 'workforce', 'balance', 'staffing', 'workload', 'surplus', 'shortage', 'headcount', 'vacancies', 'vacancy', 'posts', 'post', 'seat', 'seats', 'successor', 'count', 'number', 'map', 'card', 'chart', 'plan',
  'underperformers', 'underperformer', 'underperforming', 'commands', 'command', 'successors', 'retirees', 'vacancies',
  'features', 'feature', 'guide', 'examples', 'example', 'history', 'grid', 'results', 'options', 'rotation', 'promotion',
  'only', 'overstaffed', 'understaffed',
]);

/** The English office words of the organisation lexicon ("education", "agency", "public works") count as English. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH,
  ...Object.keys(ENGLISH_ORG_WORDS),
  ...ENGLISH_ORG_PHRASES.flatMap(([phrase]) => phrase.split(' ')),
]);

const INDONESIAN: ReadonlySet<string> = new Set([
  'siapa', 'apa', 'berapa', 'kenapa', 'mengapa', 'kapan', 'mana', 'yang', 'di', 'ke', 'dari', 'untuk', 'dan', 'dengan',
  'tidak', 'belum', 'sudah', 'ada', 'tolong', 'mohon', 'pak', 'bu', 'bapak', 'ibu', 'kandidat', 'calon', 'pengganti',
  'tampilkan', 'lihat', 'kepala', 'jabatan', 'pegawai', 'pensiun', 'kosong', 'siap', 'sekarang', 'tahun', 'bulan', 'depan',
  'jadwal', 'bantuan', 'halo', 'terima', 'kasih', 'saja', 'bisa', 'jadi', 'profil', 'risiko', 'kotak', 'seluruh', 'semua',
  'kabupaten', 'dong', 'ya', 'bagaimana', 'banding', 'bandingkan', 'saya', 'kami', 'ini', 'itu', 'info', 'minta', 'coba',
  'orang', 'punya', 'masuk', 'daftar', 'sebutkan', 'tunjukkan', 'berikan', 'terbaik', 'tertinggi', 'lowong',
  'terpetakan', 'tinjauan', 'berikutnya', 'selanjutnya', 'terakhir', 'alasan', 'menghalangi', 'lebih', 'antara',
  'atau', 'juga', 'pada', 'dalam', 'selama', 'oleh', 'adalah', 'apakah', 'kah', 'nya', 'gimana', 'sebaran', 'peta',
  'pemangku', 'pejabat', 'purna', 'menggantikan', 'layak', 'cocok', 'sekda', 'kadis', 'siapakah', 'dinas', 'badan',
  // Posts as pemda chat shortens them, and the successor in Indonesian spelling ("suksesor kabid aset ready now").
  'kabid', 'kabag', 'kasubbag', 'kaban', 'sekdis', 'camat', 'suksesor',
  // Words chat mixes English into ("seberapa high-risk posisi Irban?", "posisi tanpa ready now", "jumlah staff di box 7
  // sampai 9", "surplus atau kurang?").
  'posisi', 'tanpa', 'sama', 'seberapa', 'rawan', 'kalau', 'mau', 'nanti', 'jumlah', 'sampai', 'kurang',
  // Regional words for when, again and held: Minang "bilo … baliak diadoan", Javanese "sesuk", "maneh".
  'bilo', 'baliak', 'diadoan', 'sesuk', 'maneh', 'lagi',
  // Workload words beside the English "unit" ("kekurangan perawat per unit kerja").
  'kekurangan', 'kelebihan', 'kebutuhan', 'kerja',
  // The people under a head ("list talent pool anak buah kadinkes"): tokenise.ts reads "anak buah" as "bawahan".
  'bawah', 'bawahan', 'bawahannya', 'jajaran', 'hitung', 'rekap',
  // Numbers said in Indonesian ("kepsek SD negeri dua, shortlist penggantinya pls"); members of a pool.
  'anggota', ...Object.keys(INDONESIAN_NUMBER_WORDS),
]);

/** "penggantinya", "maksudnya": a word with Indonesian's -nya is Indonesian, whatever its stem. */
const saysNya = (word: string) => word.length > 5 && word.endsWith('nya');

/**
 * English phrases said as loanwords inside Indonesian ("head to head Dewi vs Maya, siapa lebih oke?", "calon kabid
 * aset ready now"): one word each.
 */
const LOAN_PHRASES: ReadonlyArray<readonly string[]> = [['head', 'to', 'head'], ['side', 'by', 'side'], ['one', 'on', 'one'], ['ready', 'now']];

/**
 * The nine-box by the names both languages use ("9 box bidang …", "nine box bidang ketertiban umum", "grid talenta
 * …"): neither language's.
 */
const GRID_NAMES: ReadonlyArray<readonly string[]> = [['9', 'box'], ['nine', 'box'], ['ninebox'], ['grid', 'talenta']];

/**
 * @param tokens - the folded words of the question, shorthand already written out
 * @param isName - words that are part of a person's name here ("Mrs. Kasih Rahayu", the "I" of "I Wayan"): not counted
 */
export function detectLanguage(tokens: readonly string[], isName: (word: string, at: number) => boolean = () => false): Lang {
  let en = 0;
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const loan = LOAN_PHRASES.find((p) => p.every((w, k) => tokens[i + k] === w));
    if (loan) {
      en++;
      i += loan.length - 1;
      continue;
    }
    // "9 box bidang ketahanan pangan": the grid's name in both languages.
    const grid = GRID_NAMES.find((p) => p.every((w, k) => tokens[i + k] === w));
    if (grid) {
      i += grid.length - 1;
      continue;
    }
    const t = tokens[i] as string;
    if (isName(t, i)) continue;
    if (ENGLISH_WORDS.has(t)) en++;
    if (INDONESIAN.has(t) || saysNya(t)) id++;
  }
  return en > id ? 'en' : 'id';
}
