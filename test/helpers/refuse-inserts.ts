import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/client.js';

/** Makes the database refuse every insert into `table` (a failed write, as the server would report one) until undone. */
export async function refuseInserts(handle: DbHandle, table: string): Promise<() => Promise<void>> {
  const name = `refuse_${table}`;
  await handle.db.execute(sql.raw(`
    create function ${name}() returns trigger language plpgsql as $$
    begin raise exception 'injected failure'; end $$`));
  await handle.db.execute(sql.raw(`create trigger ${name} before insert on ${table} for each row execute function ${name}()`));
  return async () => {
    await handle.db.execute(sql.raw(`drop trigger ${name} on ${table}`));
    await handle.db.execute(sql.raw(`drop function ${name}()`));
  };
}
