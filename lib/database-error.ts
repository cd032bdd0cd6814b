/**
 * What may be said about a database failure. Driver errors quote the statement's parameters (calibration reasons,
 * names, NIPs) in their message; only the SQLSTATE and the statement's verb and table are safe to log or match on.
 */

/** The PostgreSQL SQLSTATE on the error or its causes (drizzle wraps driver errors), e.g. `23505`. */
export function sqlStateOf(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    // Five characters with a digit: `EPIPE` and other system codes are not SQLSTATEs.
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && /\d/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The SQL text a failed query ran, when the error (or a cause) carries it. */
function queryTextOf(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const query = (current as { query?: unknown }).query;
    if (typeof query === 'string') return query;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && message.startsWith(FAILED_QUERY)) return message.slice(FAILED_QUERY.length);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** How drizzle begins the message of a failed query, followed by the SQL and then its parameters. */
const FAILED_QUERY = 'Failed query: ';

/** True for an error raised by the database or its driver (as opposed to our own code). */
export function isDatabaseError(err: unknown): boolean {
  return sqlStateOf(err) !== undefined || queryTextOf(err) !== undefined;
}

/** True for a log text that quotes a failed query (and therefore, after it, the query's parameters). */
export function quotesFailedQuery(text: string): boolean {
  return text.includes(FAILED_QUERY);
}

const STATEMENT = /^\s*(select|insert\s+into|update|delete\s+from|with|copy|create|alter|drop|lock)\b/i;
const TABLE = /\b(?:from|into|update|table)\s+("?[\w.]+"?)/i;

/**
 * A short name for the statement that failed: its verb and first table (`insert into calibrations`), never its
 * values. `null` when the error carries no SQL.
 */
export function statementNameOf(err: unknown): string | null {
  const sql = queryTextOf(err);
  if (sql === undefined) return null;
  const verb = STATEMENT.exec(sql)?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? 'sql';
  const table = TABLE.exec(sql)?.[1]?.replace(/"/g, '');
  return table ? `${verb} ${table}` : verb;
}
