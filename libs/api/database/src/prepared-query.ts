import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

/** A statement name derived from the text, so one name never stands for two texts on a connection. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ch_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read as a named statement: each pooled connection parses it once and
 * PostgreSQL can keep its plan, instead of parsing and planning the text on
 * every request as unnamed statements are. For the hottest reads only (the
 * thread list); the text must come from a small fixed set of SQL texts with
 * `$n` parameters, never built from input (each text stays prepared on every
 * pooled connection). It takes a pooled connection of its own, so it is for
 * reads outside transactions. Logged and failed exactly like `DataSource.query`.
 */
export async function queryPrepared<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  db.logger.logQuery(text, values);
  const pool = (db.driver as PostgresDriver).master as Pool;
  try {
    const result = await pool.query({ name: statementName(text), text, values });
    return result.rows as T[];
  } catch (error) {
    db.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}
