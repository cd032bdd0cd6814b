/**
 * Pairing within one jabatan: the largest remaining surplus goes to the largest remaining shortage, again and again,
 * until one side is used up (ties: position code). Whatever is left is reported, not netted away.
 */

export interface Amount<T> {
  item: T;
  kode: string;
  jumlah: number;
}

export interface Pairing<T> {
  from: T;
  to: T;
  jumlah: number;
}

/** Larger first, then code order. */
function before<T>(a: Amount<T>, b: Amount<T>): boolean {
  return a.jumlah > b.jumlah || (a.jumlah === b.jumlah && a.kode < b.kode);
}

/** Puts `entry` back into `queue` (kept in `before` order) by binary search. */
function reinsert<T>(queue: Amount<T>[], entry: Amount<T>): void {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(queue[mid] as Amount<T>, entry)) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, entry);
}

export function pairLargest<T>(
  surplus: readonly Amount<T>[],
  shortage: readonly Amount<T>[],
): { pairs: Pairing<T>[]; sisaLebih: Amount<T>[]; sisaKurang: Amount<T>[] } {
  const order = (a: Amount<T>, b: Amount<T>) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  const give = surplus.filter((s) => s.jumlah > 0).map((s) => ({ ...s })).sort(order);
  const take = shortage.filter((s) => s.jumlah > 0).map((s) => ({ ...s })).sort(order);
  const pairs: Pairing<T>[] = [];
  while (give.length > 0 && take.length > 0) {
    const from = give.shift() as Amount<T>;
    const to = take.shift() as Amount<T>;
    const jumlah = Math.min(from.jumlah, to.jumlah);
    pairs.push({ from: from.item, to: to.item, jumlah });
    if (from.jumlah > jumlah) reinsert(give, { ...from, jumlah: from.jumlah - jumlah });
    if (to.jumlah > jumlah) reinsert(take, { ...to, jumlah: to.jumlah - jumlah });
  }
  return { pairs, sisaLebih: give, sisaKurang: take };
}
