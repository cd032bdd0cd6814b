/**
 * Splitting long answers into messages a platform accepts: whole pieces (a paragraph, one list item, the grid) are
 * kept together and packed greedily; a piece longer than a message is first cut at a line break, else at a space,
 * never inside a word.
 */

/** Parts of at most `max` characters, cut at the last line break or space before the limit. */
export function splitAtWords(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = Math.max(cut, window.lastIndexOf(' '));
    // One word longer than a whole message: nothing else can be done.
    if (cut <= 0) cut = max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/**
 * Packs items in order into groups whose total `size` stays within `budget` (and at most `maxItems` items); an item
 * larger than the budget gets a group of its own.
 */
export function pack<T>(items: readonly T[], options: { budget: number; size: (item: T) => number; maxItems?: number }): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = options.size(item);
    if (current.length > 0 && (used + cost > options.budget || current.length >= (options.maxItems ?? Infinity))) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
