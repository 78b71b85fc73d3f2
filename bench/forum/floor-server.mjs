#!/usr/bin/env node
// The floor for the thread list: the same 25 rows the GraphQL query returns,
// fetched with ONE SQL statement over a pg Pool and served by bare node:http.
// It still does the essential work: verifies the bearer token (HS256, same
// secret as the API), checks read access in the same statement, builds the
// cursors and the same JSON shape.
//
//   DATABASE_URL=… AUTH_SECRET=… PORT=… POOL_SIZE=10 node bench/forum/floor-server.mjs
import { createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const { DATABASE_URL, AUTH_SECRET, PORT } = process.env;
const POOL_SIZE = Number(process.env.POOL_SIZE ?? 10);
const SLUG = process.env.SLUG ?? 'bench-forum';
const FIRST = 25;

/**
 * FLOOR_BOUND_LIMIT=1: the statement as first written, with the limit bound as $3.
 * PostgreSQL then re-plans it on every call (its generic plan, not knowing the
 * limit, is far slower), so this variant is a slower floor, kept for comparison
 * with the figures measured before the API wrote its limit into the text.
 */
const BOUND_LIMIT = process.env.FLOOR_BOUND_LIMIT === '1';

export const FLOOR_SQL = `
SELECT t.id, t.title, t.tags, t.post_count, t.last_activity_at, t.pinned, t.locked,
       a.id AS author_id, a.name AS author_name, l.id AS last_poster_id, l.name AS last_poster_name,
       greatest(0, t.post_count - coalesce(r.last_read_position, 0)) AS unread_count
FROM threads t
JOIN users a ON a.id = t.author_id
JOIN users l ON l.id = t.last_poster_id
LEFT JOIN thread_readers r ON r.thread_id = t.id AND r.user_id = $2
WHERE t.space_id = (
  -- the network, only if the caller may read it (public, or an ACTIVE member)
  SELECT n.id FROM networks n
  LEFT JOIN memberships m ON m.network_id = n.id AND m.user_id = $2 AND m.status = 'ACTIVE'
  WHERE n.slug = $1 AND (n.visibility = 'PUBLIC' OR m.id IS NOT NULL))
ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
LIMIT ${BOUND_LIMIT ? '$3' : FIRST + 1}`; // written in, as the API does: with a bound limit PostgreSQL re-plans on every call

const cursorOf = (r) => Buffer.from(JSON.stringify([r.pinned ? 1 : 0, r.last_activity_at.toISOString(), r.id]), 'utf8').toString('base64url');

export function toResponse(rows) {
  const page = rows.slice(0, FIRST);
  const edges = page.map((r) => ({
    cursor: cursorOf(r),
    node: {
      id: r.id,
      title: r.title,
      tags: r.tags,
      postCount: r.post_count,
      lastActivityAt: r.last_activity_at.toISOString(),
      pinned: r.pinned,
      locked: r.locked,
      unreadCount: r.unread_count,
      author: { id: r.author_id, name: r.author_name },
      lastPoster: { id: r.last_poster_id, name: r.last_poster_name },
    },
  }));
  return { data: { network: { threads: { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > FIRST } } } } };
}

function serve() {
  // A KeyObject: with a string secret, jsonwebtoken 9 first tries (and fails) createPublicKey on every verify.
  const key = createSecretKey(Buffer.from(AUTH_SECRET, 'utf8'));
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: POOL_SIZE, application_name: 'bench-floor' });
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c)); // the GraphQL body is read and ignored
    req.on('end', async () => {
      try {
        const auth = req.headers.authorization ?? '';
        const claims = jwt.verify(auth.replace(/^Bearer\s+/i, ''), key, { algorithms: ['HS256'] });
        const { rows } = await pool.query({ name: 'thread-list', text: FLOOR_SQL, values: BOUND_LIMIT ? [SLUG, claims.sub, FIRST + 1] : [SLUG, claims.sub] }); // prepared once per connection
        const body = JSON.stringify(toResponse(rows));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(error.name === 'JsonWebTokenError' || error.name === 'TokenExpiredError' ? 401 : 500);
        res.end(JSON.stringify({ errors: [{ message: error.message }] }));
      }
    });
  });
  server.listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  serve();
}
