/**
 * A reply to a quoted message, as chat apps paste one: "> Pak Sekda: siapa saja yg sudah masuk talent pool?\nbot
 * tolong jawab …", or a line copied from a chat's export ("[08.47, 3/12] Pak Sekda: …"). The reply is what is asked;
 * the quote is what it answers, read with it only when the reply says nothing of its own ("bot tolong jawab 🙏").
 */

/** A quoted line: "> …", or a chat export's "[time, date] Sender: …". */
const QUOTED_LINE = /^\s*(?:>|\[\d{1,2}[.:]\d{2}(?:,\s*[\d/.-]+)?\])\s*/;
/** Who said the quoted words, before its colon: "Pak Sekda:", "Bu Lilis:", "Kabid Mutasi:" (a few words at most). */
const SPEAKER = /^[^:?!.\n]{1,30}:\s+/;

export interface QuotedReply {
  /** The quoted words, without their speaker. */
  quote: string;
  /** The lines that are no quote. */
  reply: string;
}

/** The quote and the reply of a message made of both; null for any other message. */
export function splitQuotedReply(text: string): QuotedReply | null {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0);
  const quoted = lines.filter((line) => QUOTED_LINE.test(line));
  const reply = lines.filter((line) => !QUOTED_LINE.test(line));
  if (quoted.length === 0 || reply.length === 0) return null;
  const quote = quoted.map((line) => line.replace(QUOTED_LINE, '').replace(SPEAKER, '')).join(' ');
  return { quote, reply: reply.join(' ') };
}
