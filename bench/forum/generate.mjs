#!/usr/bin/env node
// Fills ONE network with 100,000 threads and 1,000,000 posts, set-based.
//
//   node bench/forum/generate.mjs            (wipes and rebuilds /tmp/community-hub-bench)
//
// Env: BENCH_DATA_DIR (default /tmp/community-hub-bench), THREADS (100000), POSTS (1000000),
//      MEMBERS (2000).
// 1. starts a fresh embedded PostgreSQL and the built API against it (migrations, admin),
// 2. registers the benchmark user and creates the network through the API (createNetwork),
// 3. stops the API and inserts members, memberships, threads, posts, thread_readers and
//    moderation_actions with INSERT … SELECT generate_series, then VACUUM ANALYZE.
import pg from 'pg';
import {
  ADMIN, DATA_ROOT, gql, login, machine, runMain, startApi, startPostgres, timer, writeState,
} from './lib.mjs';

const THREADS = Number(process.env.THREADS ?? 100_000);
const POSTS = Number(process.env.POSTS ?? 1_000_000);
const MEMBERS = Number(process.env.MEMBERS ?? 2_000);
const SLUG = 'bench-forum';
const BENCH_USER = { email: 'bench@bench.local', password: 'bench-password-2026', name: 'Bench Reader' };

if (POSTS < THREADS) throw new Error('POSTS must be >= THREADS (every thread has an opening post)');

const FIRST = ['Alice', 'Ben', 'Chloe', 'David', 'Emma', 'Farid', 'Grace', 'Harry', 'Isla', 'Jack', 'Kiran', 'Lucy', 'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Rhys', 'Sophie', 'Tom', 'Zara', 'Aled', 'Bethan', 'Callum', 'Dilys', 'Ewan', 'Fatima', 'Gareth', 'Hannah', 'Ian', 'Joanne'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Lewis', 'Martin', 'Jackson', 'Clarke', 'Khan', 'Roberts', 'Evans', 'Walker', 'Thompson'];
const PREFIX = ['Volunteers needed for', 'Funding bid:', 'Question about', 'Update on', 'Ideas for', 'Help with', 'Meeting notes:', 'Looking for partners for', 'Safeguarding query:', 'Room hire for', 'Survey results:', 'Grant deadline for', 'Training offer:', 'Thank you from'];
const TOPIC = ['the community garden', 'the food bank', 'the youth club', 'warm spaces this winter', 'the repair café', 'the lunch club', 'dementia-friendly sessions', 'the summer fun day', 'the litter pick', 'digital inclusion drop-ins', 'the men\'s shed', 'the toddler group', 'transport to appointments', 'the carers\' café', 'the Christmas appeal', 'the community fridge', 'the walking group', 'the library reading scheme'];
const PLACE = ['in Macclesfield', 'in Crewe', 'in Congleton', 'in Wilmslow', 'in Knutsford', 'in Alsager', 'in Nantwich', 'in Sandbach', 'in Middlewich', 'in Poynton', 'in Holmes Chapel', 'across Cheshire East', 'at the town hall', 'at St Michael\'s'];
const TAGS = ['funding', 'volunteering', 'events', 'health & wellbeing', 'young people', 'older people', 'food', 'housing', 'transport', 'safeguarding', 'training', 'environment', 'digital', 'mental health', 'premises', 'partnerships'];
const SENTENCES = [
  'Thanks everyone for coming along on Tuesday, it was great to see so many groups represented.',
  'We are looking for two or three more volunteers for Saturday mornings, 9:30 until 12:00.',
  'The deadline for the community grants round is the end of next month, so now is a good time to start.',
  'Does anyone have a contact at the council for room bookings? The old email address bounces.',
  'Our trustees agreed to support a joint bid, provided we can share the reporting between partners.',
  'Attached are the notes from the last meeting; please add anything I have missed.',
  'We can offer the church hall free of charge on Wednesday afternoons for the next six weeks.',
  'Could we add this to the agenda for the next network meeting?',
  'Happy to help with the DBS checks if that is still an issue for smaller groups.',
  'The minibus is available again after its MOT, bookings through the usual form.',
  'I have spoken to the housing association and they are keen to be involved.',
  'Please remember that any photographs of children need written consent from a parent or carer.',
];

const q = (arr) => `ARRAY[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]::text[]`;

async function main() {
  console.log(`Generating ${THREADS.toLocaleString()} threads / ${POSTS.toLocaleString()} posts / ${MEMBERS} members in ${DATA_ROOT}`);
  console.log('machine:', JSON.stringify(machine()));
  const total = timer();
  const steps = [];
  const step = async (name, fn) => {
    const t = timer();
    const result = await fn();
    const ms = t();
    steps.push({ step: name, seconds: +(ms / 1000).toFixed(2) });
    console.log(`  ${name.padEnd(58)} ${(ms / 1000).toFixed(2).padStart(7)} s${result?.rowCount != null ? `  (${result.rowCount.toLocaleString()} rows)` : ''}`);
    return result;
  };

  const db = await step('start fresh embedded PostgreSQL', () => startPostgres({ fresh: true }));
  const api = await step('start API (runs migrations, creates platform admin)', () => startApi({ databaseUrl: db.url }));

  const bench = await step('register benchmark user (API: register)', () =>
    gql(api.url, 'mutation($input: RegisterInput!){ register(input: $input){ token user { id } } }', { input: BENCH_USER }).then((d) => d.register),
  );
  const adminSession = await login(api.url, ADMIN.email, ADMIN.password);
  const network = await step('create network as platform admin (API: createNetwork)', () =>
    gql(
      api.url,
      'mutation($input: CreateNetworkInput!){ createNetwork(input: $input){ id slug } }',
      { input: { slug: SLUG, name: 'Benchmark Community Network', description: 'Generated for the forum benchmarks.', area: 'Cheshire East', visibility: 'PRIVATE' } },
      adminSession.token,
    ).then((d) => d.createNetwork),
  );
  await step('stop API', () => api.stop());

  const client = new pg.Client({ connectionString: db.url, application_name: 'bench-generate' });
  await client.connect();
  const sql = (text, params) => client.query(text, params);
  await sql('SET synchronous_commit = off');
  // Rows are consistent by construction (checked at the end), so foreign-key
  // triggers are skipped during the bulk load: superuser-only, this session only.
  await sql('SET session_replication_role = replica');
  await sql('SELECT setseed(0.20260101)');
  const {
    rows: [{ password_hash: hash }],
  } = await sql('SELECT password_hash FROM users WHERE id = $1', [bench.user.id]);

  await step(`users: ${MEMBERS} members sharing the benchmark user's argon2 hash`, () =>
    sql(
      `INSERT INTO users (email, password_hash, name, created_at, updated_at)
       SELECT 'member' || i || '@bench.local', $1,
              (${q(FIRST)})[1 + (i % ${FIRST.length})] || ' ' || (${q(LAST)})[1 + ((i / ${FIRST.length}) % ${LAST.length})] || ' ' || i,
              now() - interval '400 days' + (i * interval '1 minute'), now()
       FROM generate_series(1, $2::int) i`,
      [hash, MEMBERS],
    ),
  );
  await step('memberships: every member ACTIVE (10 coordinators)', () =>
    sql(
      `INSERT INTO memberships (network_id, user_id, role, status, created_at, updated_at)
       SELECT $1, u.id,
              CASE WHEN u.email ~ '^member([1-9]|10)@' THEN 'COORDINATOR' ELSE 'MEMBER' END::membership_role,
              'ACTIVE', u.created_at, now()
       FROM users u WHERE u.email LIKE 'member%@bench.local' OR u.id = $2`,
      [network.id, bench.user.id],
    ),
  );
  // Users indexed 1..N: the members plus the benchmark user (who also writes sometimes).
  await sql(`CREATE TEMP TABLE bench_users AS
             SELECT row_number() OVER (ORDER BY created_at, id)::int AS idx, id FROM users
             WHERE email LIKE 'member%@bench.local' OR id = $1`, [bench.user.id]);
  const {
    rows: [{ n: userCount }],
  } = await sql('SELECT count(*)::int AS n FROM bench_users');

  await step('plan: post counts per thread (skewed, sum exactly = POSTS)', async () => {
    await sql(`CREATE TEMP TABLE extra AS
               SELECT least($1::int, 1 + floor($1::int * power(random(), 2.5))::int) AS i, count(*)::int AS n
               FROM generate_series(1, $2::int) GROUP BY 1`, [THREADS, POSTS - THREADS]);
    return sql(
      `CREATE TEMP TABLE plan AS
       WITH base AS (
         SELECT g.i, gen_random_uuid() AS id, 1 + coalesce(e.n, 0) AS n,
                1 + floor(random() * $2::int)::int AS author_idx,
                1 + floor(random() * $2::int)::int AS other_idx,
                now() - random() * interval '365 days' AS created_at,
                random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
         FROM generate_series(1, $1::int) g(i) LEFT JOIN extra e ON e.i = g.i
       )
       SELECT i, id, n, author_idx,
              CASE WHEN n = 1 THEN author_idx ELSE other_idx END AS last_idx,
              created_at,
              CASE WHEN n = 1 THEN created_at ELSE created_at + (now() - created_at) * sqrt(r1) END AS last_activity_at,
              (${q(PREFIX)})[1 + floor(r2 * ${PREFIX.length})::int] || ' ' ||
              (${q(TOPIC)})[1 + floor(r3 * ${TOPIC.length})::int] || ' ' ||
              (${q(PLACE)})[1 + floor(r4 * ${PLACE.length})::int] AS title,
              CASE
                WHEN r5 < 0.15 THEN ARRAY[]::text[]
                WHEN r5 < 0.55 THEN ARRAY[(${q(TAGS)})[1 + (i % ${TAGS.length})]]
                WHEN r5 < 0.85 THEN ARRAY[(${q(TAGS)})[1 + (i % ${TAGS.length})], (${q(TAGS)})[1 + ((i + 5) % ${TAGS.length})]]
                ELSE ARRAY[(${q(TAGS)})[1 + (i % ${TAGS.length})], (${q(TAGS)})[1 + ((i + 5) % ${TAGS.length})], (${q(TAGS)})[1 + ((i + 11) % ${TAGS.length})]]
              END AS tags,
              (i % 20000 = 17) AS pinned,
              (i % 211 = 3) AS locked
       FROM base`,
      [THREADS, userCount],
    );
  });
  await sql('ANALYZE plan');

  await step('threads: INSERT … SELECT from the plan', () =>
    sql(
      `INSERT INTO threads (id, space_id, network_id, title, tags, author_id, last_poster_id, post_count, pinned, locked, created_at, last_activity_at, updated_at)
       SELECT p.id, $1, $1, p.title, p.tags, ua.id, ul.id, p.n, p.pinned, p.locked, p.created_at, p.last_activity_at, p.last_activity_at
       FROM plan p JOIN bench_users ua ON ua.idx = p.author_idx JOIN bench_users ul ON ul.idx = p.last_idx`,
      [network.id],
    ),
  );

  await step('posts: INSERT … SELECT generate_series(1, post_count) per thread', () =>
    sql(
      `WITH u AS (SELECT array_agg(id ORDER BY idx) AS a FROM bench_users),
            s AS (SELECT ${q(SENTENCES)} AS a)
       INSERT INTO posts (thread_id, position, author_id, body, created_at)
       SELECT p.id, g.pos,
              u.a[CASE WHEN g.pos = 1 THEN p.author_idx WHEN g.pos = p.n THEN p.last_idx ELSE 1 + floor(random() * $1::int)::int END],
              s.a[1 + floor(random() * ${SENTENCES.length})::int] || E'\\n\\n' || s.a[1 + floor(random() * ${SENTENCES.length})::int]
                || CASE WHEN random() < 0.5 THEN ' ' || s.a[1 + floor(random() * ${SENTENCES.length})::int] ELSE '' END,
              CASE WHEN p.n = 1 THEN p.created_at
                   ELSE p.created_at + (p.last_activity_at - p.created_at) * ((g.pos - 1)::float8 / (p.n - 1)) END
       FROM plan p CROSS JOIN LATERAL generate_series(1, p.n) AS g(pos), u, s`,
      [userCount],
    ),
  );

  await step("thread_readers: every poster's read position (as the API records it)", () =>
    sql(`INSERT INTO thread_readers (thread_id, user_id, last_read_position, watch_level, updated_at)
         SELECT thread_id, author_id, max(position), 'NORMAL', max(created_at) FROM posts GROUP BY thread_id, author_id`),
  );
  await step('thread_readers: benchmark user on ~40% of threads (unread counts vary)', () =>
    sql(
      `INSERT INTO thread_readers (thread_id, user_id, last_read_position, watch_level, updated_at)
       SELECT id, $1, CASE WHEN random() < 0.5 THEN n ELSE floor(random() * n)::int END,
              CASE WHEN random() < 0.05 THEN 'WATCHING' ELSE 'NORMAL' END::watch_level, last_activity_at
       FROM plan WHERE random() < 0.4
       ON CONFLICT (thread_id, user_id) DO UPDATE SET last_read_position = EXCLUDED.last_read_position`,
      [bench.user.id],
    ),
  );
  await step('moderation_actions: PIN / LOCK for pinned and locked threads', () =>
    sql(
      `INSERT INTO moderation_actions (space_id, thread_id, actor_id, action, reason, created_at)
       SELECT $1, p.id, $2, CASE WHEN p.pinned THEN 'PIN' ELSE 'LOCK' END::moderation_action_kind, 'generated', p.last_activity_at
       FROM plan p WHERE p.pinned OR p.locked`,
      [network.id, adminSession.user.id],
    ),
  );
  await sql('SET session_replication_role = origin');
  await step('VACUUM ANALYZE', () => sql('VACUUM ANALYZE'));

  const checks = await step('consistency checks', async () => {
    const { rows } = await sql(
      `SELECT (SELECT count(*) FROM threads WHERE network_id = $1)::int AS threads,
              (SELECT count(*) FROM posts)::int AS posts,
              (SELECT sum(post_count) FROM threads)::int AS sum_post_count,
              (SELECT max(post_count) FROM threads)::int AS max_post_count,
              (SELECT count(*) FROM threads t WHERE NOT EXISTS (
                 SELECT 1 FROM posts p WHERE p.thread_id = t.id AND p.position = t.post_count AND p.author_id = t.last_poster_id))::int AS bad_last_poster,
              (SELECT count(*) FROM posts p LEFT JOIN users u ON u.id = p.author_id WHERE u.id IS NULL)::int AS orphan_post_authors,
              (SELECT count(*) FROM memberships WHERE network_id = $1 AND status = 'ACTIVE')::int AS active_members,
              (SELECT count(*) FROM thread_readers)::int AS thread_readers,
              (SELECT count(*) FROM thread_readers WHERE user_id = $2)::int AS bench_user_readers,
              pg_size_pretty(pg_database_size(current_database())) AS db_size`,
      [network.id, bench.user.id],
    );
    return rows[0];
  });
  console.log('  ', checks);
  if (checks.posts !== POSTS || checks.sum_post_count !== POSTS || checks.threads !== THREADS || checks.bad_last_poster || checks.orphan_post_authors) {
    throw new Error('Generated data is inconsistent: ' + JSON.stringify(checks));
  }
  await client.end();

  writeState({
    generatedAt: new Date().toISOString(),
    slug: SLUG,
    networkId: network.id,
    benchUser: { ...BENCH_USER, id: bench.user.id },
    members: { emailPattern: 'member<N>@bench.local', count: MEMBERS, password: BENCH_USER.password },
    counts: checks,
    steps,
  });
  console.log(`Done in ${(total() / 1000).toFixed(1)} s. State written to ${DATA_ROOT}/state.json`);
}

runMain(main, { deadlineMs: 20 * 60_000 });
