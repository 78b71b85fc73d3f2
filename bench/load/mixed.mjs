#!/usr/bin/env node
// Mixed workload (issue 8, "Load"): MEMBERS concurrent simulated members for DURATION
// seconds (70% reads of thread lists, threads, library pages and event pages; 20%
// replies; 5% RSVPs; 5% searches) with SUBSCRIBERS live postAdded subscribers; then
// proves that every acknowledged reply and RSVP is in the database. RUNS back-to-back
// runs against the same API process, with its RSS before, every 5 s during, and after.
//
//   node bench/load/mixed.mjs                       # 3 × 60 s, 200 members, 50 subscribers
//   DURATION=10 MEMBERS=40 SUBSCRIBERS=10 RUNS=1 node bench/load/mixed.mjs   # quick check
//
// Env: DURATION (60 s per run), MEMBERS (200), SUBSCRIBERS (50), RUNS (3), HOT_THREADS
//      (10: threads the subscribers watch; half the replies go there), THREADS (300),
//      EVENTS (20), DOCUMENTS (8), THINK_MS (0: each member sends its next request as
//      soon as the previous one is answered), IDLE_AFTER (10 s of idle before the "after"
//      RSS), RESULT (file name under bench/load/results/), BENCH_DATA_DIR
//      (/tmp/community-hub-bench-load).
process.env.BENCH_DATA_DIR ??= '/tmp/community-hub-bench-load';
import http from 'node:http';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ADMIN, gql, login, machine, percentile, runMain, sleep, startApi, startPostgres, timer } from '../forum/lib.mjs';

const DURATION = Number(process.env.DURATION ?? 60);
const MEMBERS = Number(process.env.MEMBERS ?? 200);
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 50);
const RUNS = Number(process.env.RUNS ?? 3);
const HOT_THREADS = Number(process.env.HOT_THREADS ?? 10);
const THREADS = Number(process.env.THREADS ?? 300);
const EVENTS = Number(process.env.EVENTS ?? 20);
const DOCUMENTS = Number(process.env.DOCUMENTS ?? 8);
const THINK_MS = Number(process.env.THINK_MS ?? 0);
const IDLE_AFTER = Number(process.env.IDLE_AFTER ?? 10);
const LIVE_WAIT = Number(process.env.LIVE_WAIT ?? 60);
const RESULT = process.env.RESULT ?? 'mixed.json';
const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const SLUG = 'load-net';
const PASSWORD = 'load-member-password-2026';

/** The mix: 70% reads (five kinds), 20% replies, 5% RSVPs, 5% searches. */
const MIX = [
  ['threadList', 0.2],
  ['thread', 0.25],
  ['library', 0.1],
  ['eventList', 0.075],
  ['event', 0.075],
  ['reply', 0.2],
  ['rsvp', 0.05],
  ['search', 0.05],
];
const OPS = MIX.map(([op]) => op);

const Q = {
  threadList: `query($slug: String!){ network(slug: $slug){ id threads(first: 25){ totalCount nodes { id title tags pinned locked postCount unreadCount lastActivityAt author { id name } lastPoster { id name } } } } }`,
  thread: `query($id: ID!){ thread(id: $id){ id title postCount firstUnreadPosition myWatchLevel posts(first: 20){ nodes { id position body createdAt author { id name } } } } }`,
  library: `query($slug: String!, $folderId: ID){ network(slug: $slug){ id folders { id name parentId } documents(first: 20, folderId: $folderId){ totalCount nodes { id title kind updatedAt currentVersion { filename size contentType } } } } }`,
  eventList: `query($slug: String!){ network(slug: $slug){ id events(first: 20){ nodes { id title startsAt endsAt location capacity attendeeCount myRsvp } } } }`,
  event: `query($id: ID!){ event(id: $id){ id title description startsAt endsAt location capacity attendeeCount maybeCount myRsvp myGuests canManage } }`,
  reply: `mutation($input: ReplyToThreadInput!){ replyToThread(input: $input){ id position } }`,
  rsvp: `mutation($eventId: ID!, $status: RsvpStatus!, $guests: Int!){ rsvp(eventId: $eventId, status: $status, guests: $guests){ id myRsvp myGuests attendeeCount } }`,
  search: `query($q: String!){ search(query: $q, first: 20){ kind id title snippet path } }`,
};
const SUBSCRIPTION = 'subscription($threadId: ID!){ postAdded(threadId: $threadId){ id position body createdAt author { id name } } }';
const SEARCHES = ['food bank', 'youth club', 'community garden', 'church hall', 'grant deadline', 'volunteers saturday', 'repair café', 'minutes meeting', 'safeguarding policy', 'walking group', 'quokka aardvark'];
const WORDS = ['thanks', 'volunteers', 'saturday', 'hall', 'grant', 'deadline', 'minibus', 'trustees', 'garden', 'food', 'bank', 'meeting', 'agenda', 'help', 'partners'];
const TOPICS = ['the community garden', 'the food bank', 'the youth club', 'warm spaces', 'the repair café', 'the lunch club', 'the litter pick', 'the walking group', 'the toddler group', 'the community fridge'];

const rnd = (n) => Math.floor(Math.random() * n);
const pick = (arr) => arr[rnd(arr.length)];
function pickOp() {
  let r = Math.random();
  for (const [op, p] of MIX) if ((r -= p) < 0) return op;
  return MIX[0][0];
}

function rssKb(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}
const mb = (kb) => +(kb / 1024).toFixed(1);

/** From the API's /metrics (open without METRICS_TOKEN): V8 heap in use, open WebSockets, live subscriptions. */
async function apiGauges(base) {
  const text = await fetch(`${base}/metrics`).then((r) => r.text());
  const value = (name) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const heap = value('community_hub_nodejs_heap_size_used_bytes');
  return {
    heapUsedMb: heap == null ? null : +(heap / 2 ** 20).toFixed(1),
    websockets: value('community_hub_websocket_connections'),
    liveSubscriptions: value('community_hub_live_subscriptions'),
  };
}

// ---- HTTP: keep-alive node:http, one socket per simulated member at most ---------------
function httpClient(url, maxSockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port, pathname } = new URL(url);
  const stats = { keepAliveRetries: 0 };
  const once = (query, variables, token) =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify({ query, variables });
        const req = http.request(
          {
            agent, hostname, port, path: pathname, method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
          },
          (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
              let parsed = null;
              try {
                parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              } catch {}
              resolve({ status: res.statusCode, body: parsed });
            });
            res.on('error', reject);
          },
        );
        req.setTimeout(60_000, () => req.destroy(new Error('client timeout 60 s')));
        req.on('error', (e) => {
          e.reusedSocket = req.reusedSocket;
          reject(e);
        });
        req.end(body);
      });
  return {
    stats,
    close: () => agent.destroy(),
    /**
     * Resolves { status, body } (body parsed or null); rejects on transport errors. A query
     * sent on a kept-alive socket that the server closed as idle (Node's 5 s keepAliveTimeout)
     * at that moment fails with ECONNRESET; as Node's documentation advises, such a read is
     * retried once (counted in stats.keepAliveRetries). Mutations are never retried.
     */
    post: async (query, variables, token) => {
      try {
        return await once(query, variables, token);
      } catch (e) {
        if (!(e.reusedSocket && e.code === 'ECONNRESET' && !query.startsWith('mutation'))) throw e;
        stats.keepAliveRetries++;
        return once(query, variables, token);
      }
    },
  };
}

// ---- data set ---------------------------------------------------------------------------
async function seed(api, db) {
  const steps = [];
  const step = async (name, fn) => {
    const t = timer();
    const result = await fn();
    steps.push({ step: name, seconds: +(t() / 1000).toFixed(2) });
    console.log(`  ${name.padEnd(62)} ${(t() / 1000).toFixed(2).padStart(6)} s`);
    return result;
  };
  const first = await step('register one member (API: register, argon2)', () =>
    gql(api.url, 'mutation($input: RegisterInput!){ register(input: $input){ token user { id } } }', {
      input: { email: 'load-member1@bench.local', name: 'Load Member 1', password: PASSWORD },
    }).then((d) => d.register),
  );
  const admin = await login(api.url, ADMIN.email, ADMIN.password);
  const network = await step('create PRIVATE network (API: createNetwork)', () =>
    gql(
      api.url,
      'mutation($input: CreateNetworkInput!){ createNetwork(input: $input){ id slug } }',
      { input: { slug: SLUG, name: 'Load Test Network', description: 'Generated by bench/load/mixed.mjs.', area: 'Cheshire East', visibility: 'PRIVATE' } },
      admin.token,
    ).then((d) => d.createNetwork),
  );

  const client = new pg.Client({ connectionString: db.url, application_name: 'bench-load-seed' });
  await client.connect();
  const sql = (text, params) => client.query(text, params);
  const {
    rows: [{ password_hash: hash }],
  } = await sql('SELECT password_hash FROM users WHERE id = $1', [first.user.id]);
  await step(`users: ${MEMBERS - 1} more members sharing that argon2 hash (SQL)`, () =>
    sql(
      `INSERT INTO users (email, password_hash, name, created_at, updated_at)
       SELECT 'load-member' || i || '@bench.local', $1, 'Load Member ' || i, now(), now() FROM generate_series(2, $2::int) i`,
      [hash, MEMBERS],
    ),
  );
  await step('memberships: every member ACTIVE (SQL)', () =>
    sql(
      `INSERT INTO memberships (network_id, user_id, role, status, created_at, updated_at)
       SELECT $1, id, 'MEMBER', 'ACTIVE', now(), now() FROM users WHERE email LIKE 'load-member%@bench.local'`,
      [network.id],
    ),
  );
  await sql(`CREATE TEMP TABLE load_users AS SELECT row_number() OVER (ORDER BY id)::int AS idx, id FROM users WHERE email LIKE 'load-member%@bench.local'`);
  await step(`threads: ${THREADS} with 1-30 posts each (SQL, search triggers on)`, async () => {
    await sql(
      `CREATE TEMP TABLE load_plan AS
       SELECT i, gen_random_uuid() AS id, 1 + (i * 7) % 30 AS n, 1 + (i * 13) % $2::int AS author_idx,
              1 + (i * 17) % $2::int AS last_idx, now() - (i * interval '37 minutes') AS created_at
       FROM generate_series(1, $1::int) i`,
      [THREADS, MEMBERS],
    );
    const topics = `ARRAY[${TOPICS.map((t) => `'${t.replace(/'/g, "''")}'`).join(',')}]::text[]`;
    await sql(
      `INSERT INTO threads (id, space_id, network_id, title, tags, author_id, last_poster_id, post_count, pinned, locked, created_at, last_activity_at, updated_at)
       SELECT p.id, $1, $1, 'Load thread ' || p.i || ' about ' || (${topics})[1 + p.i % ${TOPICS.length}], ARRAY['load'],
              ua.id, ul.id, p.n, false, false, p.created_at, p.created_at + p.n * interval '1 minute', p.created_at + p.n * interval '1 minute'
       FROM load_plan p JOIN load_users ua ON ua.idx = p.author_idx JOIN load_users ul ON ul.idx = p.last_idx`,
      [network.id],
    );
    return sql(
      `INSERT INTO posts (thread_id, position, author_id, body, created_at)
       SELECT p.id, g.pos,
              CASE WHEN g.pos = 1 THEN ua.id WHEN g.pos = p.n THEN ul.id ELSE (SELECT id FROM load_users WHERE idx = 1 + (p.i * g.pos) % ${MEMBERS}) END,
              'Seeded post ' || g.pos || ': thanks everyone, volunteers needed at the church hall on Saturday; grant deadline next month.',
              p.created_at + g.pos * interval '1 minute'
       FROM load_plan p CROSS JOIN LATERAL generate_series(1, p.n) g(pos)
       JOIN load_users ua ON ua.idx = p.author_idx JOIN load_users ul ON ul.idx = p.last_idx`,
    );
  });
  await sql('ANALYZE');
  const threadIds = (await sql('SELECT id FROM threads WHERE network_id = $1 ORDER BY created_at DESC', [network.id])).rows.map((r) => r.id);

  const folders = await step('library: 2 folders (API: createFolder)', async () => {
    const out = [];
    for (const name of ['Minutes', 'Policies']) {
      const { createFolder } = await gql(api.url, 'mutation($input: CreateFolderInput!){ createFolder(input: $input){ id } }', { input: { networkId: network.id, name } }, admin.token);
      out.push(createFolder.id);
    }
    return out;
  });
  await step(`library: ${DOCUMENTS} small files (API: requestUpload, PUT, completeUpload)`, async () => {
    for (let i = 0; i < DOCUMENTS; i++) {
      const text = `Minutes of meeting ${i + 1}\n\nPresent: trustees and volunteers. Safeguarding policy reviewed. Grant deadline noted.\n`.repeat(20);
      const bytes = Buffer.from(text, 'utf8');
      const { requestUpload: ticket } = await gql(
        api.url,
        'mutation($input: RequestUploadInput!){ requestUpload(input: $input){ uploadId url method headers { name value } } }',
        { input: { networkId: network.id, filename: `minutes-${i + 1}.txt`, contentType: 'text/plain', size: bytes.length } },
        admin.token,
      );
      const res = await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])), body: bytes });
      if (!res.ok) throw new Error(`upload ${res.status}: ${await res.text()}`);
      await gql(
        api.url,
        'mutation($input: CompleteUploadInput!){ completeUpload(input: $input){ id } }',
        { input: { uploadId: ticket.uploadId, title: `Minutes ${i + 1}`, kind: 'MINUTES', folderId: i % 3 === 2 ? null : folders[i % 2] } },
        admin.token,
      );
    }
  });
  const events = await step(`events: ${EVENTS} future, capacity 5-60 (API: createEvent)`, async () => {
    const out = [];
    for (let i = 0; i < EVENTS; i++) {
      const startsAt = new Date(Date.now() + (i + 2) * 86_400_000);
      const { createEvent } = await gql(
        api.url,
        'mutation($input: CreateEventInput!){ createEvent(input: $input){ id } }',
        {
          input: {
            networkId: network.id, title: `Load event ${i + 1}: ${TOPICS[i % TOPICS.length]}`, description: 'Come along.',
            startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
            location: 'Town hall', capacity: [5, 10, 20, 60][i % 4],
          },
        },
        admin.token,
      );
      out.push(createEvent.id);
    }
    return out;
  });
  const userIds = (await sql(`SELECT id, email FROM users WHERE email LIKE 'load-member%@bench.local'`)).rows;
  await client.end();

  const sessions = await step(`${MEMBERS} sessions (API: login, 8 at a time)`, async () => {
    const out = new Array(MEMBERS);
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < MEMBERS) {
          const i = next++;
          const s = await login(api.url, `load-member${i + 1}@bench.local`, PASSWORD);
          out[i] = { idx: i + 1, token: s.token, userId: s.user.id };
        }
      }),
    );
    return out;
  });
  if (userIds.length !== MEMBERS) throw new Error(`expected ${MEMBERS} members, found ${userIds.length}`);
  return { network, threadIds, folders, events, sessions, steps };
}

// ---- one run ----------------------------------------------------------------------------
async function run(runNo, api, db, data) {
  const client = httpClient(api.url, MEMBERS + 10);
  const hot = data.threadIds.slice(0, HOT_THREADS);
  const samples = Object.fromEntries(OPS.map((op) => [op, []]));
  const errors = Object.fromEntries(OPS.map((op) => [op, 0]));
  const errorSamples = [];
  const rsvpOutcomes = { GOING: 0, MAYBE: 0, NOT_GOING: 0, WAITLISTED: 0, CONFLICT: 0 };
  const ackedReplies = []; // { id, threadId, body }
  const rsvpFinal = new Map(); // `${eventId}|${userId}` -> acknowledged status
  const rss = [];

  // Subscribers: SUBSCRIBERS graphql-ws clients on the hot threads, members' tokens.
  const wsUrl = api.url.replace(/^http/, 'ws');
  const subs = [];
  const subErrors = [];
  await Promise.all(
    Array.from({ length: SUBSCRIBERS }, (_, i) => {
      const session = data.sessions[i % data.sessions.length];
      const threadId = hot[i % hot.length];
      const received = new Map(); // post id -> performance.now() at arrival
      const ws = createClient({
        url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${session.token}` },
        onNonLazyError: (e) => subErrors.push(String(e?.message ?? e)),
      });
      const sub = { ws, threadId, received, completed: false, closed: null };
      subs.push(sub);
      ws.on('closed', (e) => (sub.closed ??= { code: e?.code, reason: String(e?.reason ?? '') }));
      return new Promise((resolve) => {
        ws.subscribe(
          { query: SUBSCRIPTION, variables: { threadId } },
          {
            next: (msg) => (msg.errors ? subErrors.push(JSON.stringify(msg.errors)) : received.set(msg.data.postAdded.id, performance.now())),
            error: (e) => subErrors.push(String(e?.message ?? JSON.stringify(e))),
            complete: () => (sub.completed = true),
          },
        );
        const off = ws.on('connected', () => {
          off();
          resolve();
        });
        setTimeout(resolve, 10_000);
      });
    }),
  );
  await sleep(500); // let the subscriptions register on the server

  await sleep(3000);
  const rssBefore = rssKb(api.pid);
  const gaugesBefore = await apiGauges(api.base);
  const load0 = os.loadavg();
  const t0 = performance.now();
  rss.push({ t: 0, kb: rssBefore });
  const sampler = setInterval(() => rss.push({ t: +((performance.now() - t0) / 1000).toFixed(1), kb: rssKb(api.pid) }), 5000);
  const endAt = t0 + DURATION * 1000;

  const doOp = async (session, op, seq) => {
    let query = Q[op];
    let variables;
    switch (op) {
      case 'threadList':
      case 'eventList':
        variables = { slug: SLUG };
        break;
      case 'library':
        variables = { slug: SLUG, folderId: Math.random() < 0.67 ? pick(data.folders) : null };
        break;
      case 'thread':
        variables = { id: Math.random() < 0.3 ? pick(hot) : pick(data.threadIds) };
        break;
      case 'event':
        variables = { id: pick(data.events) };
        break;
      case 'search':
        variables = { q: pick(SEARCHES) };
        break;
      case 'reply': {
        const threadId = Math.random() < 0.5 ? pick(hot) : pick(data.threadIds);
        const body = `load r${runNo} m${session.idx} #${seq}: ${Array.from({ length: 8 }, () => pick(WORDS)).join(' ')}`;
        variables = { input: { threadId, body } };
        variables._meta = { threadId, body };
        break;
      }
      case 'rsvp': {
        const r = Math.random();
        variables = { eventId: pick(data.events), status: r < 0.5 ? 'GOING' : r < 0.7 ? 'MAYBE' : 'NOT_GOING', guests: Math.random() < 0.2 ? 1 + rnd(3) : 0 };
        break;
      }
    }
    const meta = variables._meta;
    delete variables._meta;
    const t = performance.now();
    let res;
    try {
      res = await client.post(query, variables, session.token);
    } catch (e) {
      errors[op]++;
      if (errorSamples.length < 30) errorSamples.push({ op, error: e.message });
      return;
    }
    const ms = performance.now() - t;
    const gqlErrors = res.body?.errors;
    if (op === 'rsvp' && res.status === 200 && gqlErrors?.length === 1 && gqlErrors[0].extensions?.code === 'CONFLICT') {
      samples[op].push(ms);
      rsvpOutcomes.CONFLICT++;
      return;
    }
    if (res.status !== 200 || gqlErrors?.length || !res.body?.data) {
      errors[op]++;
      if (errorSamples.length < 30) errorSamples.push({ op, status: res.status, errors: JSON.stringify(gqlErrors ?? res.body).slice(0, 400) });
      return;
    }
    samples[op].push(ms);
    if (op === 'reply') ackedReplies.push({ id: res.body.data.replyToThread.id, threadId: meta.threadId, body: meta.body, ackedAt: performance.now() });
    if (op === 'rsvp') {
      const status = res.body.data.rsvp.myRsvp;
      rsvpOutcomes[status] = (rsvpOutcomes[status] ?? 0) + 1;
      rsvpFinal.set(`${variables.eventId}|${session.userId}`, status);
    }
  };

  await Promise.all(
    data.sessions.map(async (session) => {
      let seq = 0;
      if (THINK_MS) await sleep(rnd(2 * THINK_MS)); // spread the start instead of 200 requests at once
      while (performance.now() < endAt) {
        await doOp(session, pickOp(), ++seq);
        if (THINK_MS) await sleep(rnd(2 * THINK_MS));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const rssEnd = rssKb(api.pid);
  rss.push({ t: +seconds.toFixed(1), kb: rssEnd });
  const load1 = os.loadavg();

  // Live events: wait (bounded) until every subscriber has every acknowledged reply on its thread.
  const expectedFor = (s) => ackedReplies.filter((r) => r.threadId === s.threadId).map((r) => r.id);
  const missingLive = () => subs.reduce((n, s) => n + expectedFor(s).filter((id) => !s.received.has(id)).length, 0);
  const waitStarted = performance.now();
  const waitUntil = waitStarted + LIVE_WAIT * 1000;
  while (missingLive() > 0 && performance.now() < waitUntil) await sleep(250);
  const missingAfterWait = missingLive();
  // Delivery delay: arrival minus the moment the reply's HTTP answer arrived (negative: before it).
  const delays = [];
  for (const s of subs) for (const r of ackedReplies) if (r.threadId === s.threadId && s.received.has(r.id)) delays.push(s.received.get(r.id) - r.ackedAt);
  delays.sort((a, b) => a - b);
  const lastArrival = Math.max(0, ...subs.flatMap((s) => [...s.received.values()]));
  const live = {
    subscribers: subs.length,
    expected: subs.reduce((n, s) => n + expectedFor(s).length, 0),
    received: subs.reduce((n, s) => n + s.received.size, 0),
    missing: missingAfterWait,
    waitedSeconds: +((performance.now() - waitStarted) / 1000).toFixed(1),
    lastArrivalAfterLoadEndSeconds: +((lastArrival - endAt) / 1000).toFixed(1),
    delayMs: { p50: +percentile(delays, 50).toFixed(1), p95: +percentile(delays, 95).toFixed(1), p99: +percentile(delays, 99).toFixed(1), max: delays.length ? +delays.at(-1).toFixed(1) : null },
    subscribersMissing: subs.map((s, i) => ({ i, threadId: s.threadId, missing: expectedFor(s).filter((id) => !s.received.has(id)).length, completed: s.completed, closed: s.closed })).filter((x) => x.missing || x.completed || x.closed),
    errors: subErrors.length,
    errorSamples: subErrors.slice(0, 5),
  };
  await Promise.all(subs.map((s) => s.ws.dispose()));
  client.close();

  // Durability: every acknowledged reply and the final acknowledged RSVP of each (member, event).
  const pgc = new pg.Client({ connectionString: db.url, application_name: 'bench-load-verify' });
  await pgc.connect();
  const { rows: found } = await pgc.query('SELECT id, thread_id, body, deleted_at FROM posts WHERE id = ANY($1::uuid[])', [ackedReplies.map((r) => r.id)]);
  const byId = new Map(found.map((r) => [r.id, r]));
  const badReplies = ackedReplies.filter((r) => {
    const row = byId.get(r.id);
    return !row || row.thread_id !== r.threadId || row.body !== r.body || row.deleted_at;
  });
  const keys = [...rsvpFinal.keys()].map((k) => k.split('|'));
  const { rows: rsvpRows } = await pgc.query(
    `SELECT r.event_id, r.user_id, r.status, r.promoted_at FROM event_rsvps r
       JOIN unnest($1::uuid[], $2::uuid[]) k(event_id, user_id) ON k.event_id = r.event_id AND k.user_id = r.user_id`,
    [keys.map((k) => k[0]), keys.map((k) => k[1])],
  );
  const rsvpDb = new Map(rsvpRows.map((r) => [`${r.event_id}|${r.user_id}`, r]));
  let rsvpPromoted = 0;
  const badRsvps = [];
  for (const [key, status] of rsvpFinal) {
    const row = rsvpDb.get(key);
    if (row?.status === status) continue;
    // Someone else's drop-out may have moved a waitlisted member to GOING since (promoted_at set).
    if (status === 'WAITLISTED' && row?.status === 'GOING' && row.promoted_at) {
      rsvpPromoted++;
      continue;
    }
    badRsvps.push({ key, acknowledged: status, inDatabase: row?.status ?? null });
  }
  // Capacity is never exceeded.
  const { rows: overbooked } = await pgc.query(
    `SELECT e.id, e.capacity, sum(1 + r.guests)::int AS seats FROM events e JOIN event_rsvps r ON r.event_id = e.id AND r.status = 'GOING'
      WHERE e.id = ANY($1::uuid[]) GROUP BY e.id, e.capacity HAVING sum(1 + r.guests) > e.capacity`,
    [data.events],
  );
  await pgc.end();

  // Idle, then "after".
  await sleep(IDLE_AFTER * 1000);
  const rssAfter = rssKb(api.pid);
  const gaugesAfter = await apiGauges(api.base);

  const round = (v) => +v.toFixed(1);
  const perOp = {};
  let total = 0;
  for (const op of OPS) {
    const s = samples[op].sort((a, b) => a - b);
    total += s.length + errors[op];
    perOp[op] = { n: s.length, errors: errors[op], reqPerSec: round(s.length / seconds), p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: s.length ? round(s.at(-1)) : null };
  }
  const all = Object.values(samples).flat().sort((a, b) => a - b);
  const totalErrors = Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    run: runNo,
    seconds: +seconds.toFixed(2),
    requests: total,
    reqPerSec: round(all.length / seconds),
    overall: { p50: round(percentile(all, 50)), p95: round(percentile(all, 95)), p99: round(percentile(all, 99)), max: round(all.at(-1)) },
    errors: totalErrors,
    errorSamples,
    keepAliveRetries: client.stats.keepAliveRetries,
    perOp,
    rsvpOutcomes,
    live,
    verify: {
      ackedReplies: ackedReplies.length,
      repliesInDatabase: ackedReplies.length - badReplies.length,
      missingOrWrongReplies: badReplies.length,
      badReplySamples: badReplies.slice(0, 5),
      rsvpPairs: rsvpFinal.size,
      rsvpsMatching: rsvpFinal.size - badRsvps.length - rsvpPromoted,
      rsvpsPromotedSince: rsvpPromoted,
      rsvpMismatches: badRsvps.length,
      badRsvpSamples: badRsvps.slice(0, 5),
      overbookedEvents: overbooked.length,
    },
    gauges: { before: gaugesBefore, after: gaugesAfter },
    rssMb: { before: mb(rssBefore), during: rss.map((s) => ({ t: s.t, mb: mb(s.kb) })), peakDuring: mb(Math.max(...rss.map((s) => s.kb))), after: mb(rssAfter), idleSeconds: IDLE_AFTER },
    loadavgBefore: load0.map((x) => +x.toFixed(2)),
    loadavgAfter: load1.map((x) => +x.toFixed(2)),
  };
}

async function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  console.log(`Mixed load: ${MEMBERS} members × ${DURATION} s × ${RUNS} run(s), ${SUBSCRIBERS} subscribers on ${HOT_THREADS} hot threads, think ${THINK_MS} ms`);
  console.log('machine:', JSON.stringify(machine()), 'uptime:', execSync('uptime').toString().trim());
  const setup = timer();
  const db = await startPostgres({ fresh: true });
  const api = await startApi({ databaseUrl: db.url });
  const rssStart = rssKb(api.pid);
  console.log(`API pid ${api.pid} on ${api.base}; RSS at start ${mb(rssStart)} MB. Seeding:`);
  const data = await seed(api, db);
  console.log(`Setup ${(setup() / 1000).toFixed(1)} s (cluster, API, data, sessions).`);

  const runs = [];
  for (let r = 1; r <= RUNS; r++) {
    console.log(`\nRun ${r}/${RUNS} (${DURATION} s)… uptime: ${execSync('uptime').toString().trim()}`);
    const result = await run(r, api, db, data);
    runs.push(result);
    console.log(`  ${result.requests} requests, ${result.reqPerSec} req/s, errors ${result.errors} (reads retried after a keep-alive reset: ${result.keepAliveRetries}); replies ${result.verify.ackedReplies} acknowledged / ${result.verify.repliesInDatabase} in DB; RSVPs ${result.verify.rsvpPairs} pairs, ${result.verify.rsvpMismatches} mismatches; live ${result.live.received}/${result.live.expected} (missing ${result.live.missing} after waiting ${result.live.waitedSeconds} s; delay after the reply's answer p50 ${result.live.delayMs.p50} / p99 ${result.live.delayMs.p99} / max ${result.live.delayMs.max} ms; last arrival ${result.live.lastArrivalAfterLoadEndSeconds} s after the load ended)`);
    if (result.live.subscribersMissing.length) console.log('  subscribers missing events:', JSON.stringify(result.live.subscribersMissing));
    console.log(`  RSS MB before ${result.rssMb.before}, peak during ${result.rssMb.peakDuring}, after ${IDLE_AFTER} s idle ${result.rssMb.after}; heap used MB ${result.gauges.before.heapUsedMb} -> ${result.gauges.after.heapUsedMb}; WebSockets ${result.gauges.before.websockets} -> ${result.gauges.after.websockets}, subscriptions ${result.gauges.before.liveSubscriptions} -> ${result.gauges.after.liveSubscriptions}; load ${result.loadavgBefore.join(' ')} -> ${result.loadavgAfter.join(' ')}`);
    if (result.errorSamples.length) console.log('  error samples:', JSON.stringify(result.errorSamples.slice(0, 5), null, 1));
  }

  console.log(`\n| run | op | n | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |`);
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    for (const op of OPS) {
      const o = r.perOp[op];
      console.log(`| ${r.run} | ${op} | ${o.n} | ${o.reqPerSec} | ${o.p50} | ${o.p95} | ${o.p99} | ${o.max} | ${o.errors} |`);
    }
    console.log(`| ${r.run} | **all** | ${r.requests} | ${r.reqPerSec} | ${r.overall.p50} | ${r.overall.p95} | ${r.overall.p99} | ${r.overall.max} | ${r.errors} |`);
  }
  console.log(`\n| run | req/s | errors | replies acked / in DB | RSVP pairs ok / promoted / mismatched | overbooked | live received / expected | RSS MB before / peak / after | heap used MB before / after |`);
  console.log('|---|---:|---:|---|---|---:|---|---|---|');
  for (const r of runs) {
    const v = r.verify;
    console.log(`| ${r.run} | ${r.reqPerSec} | ${r.errors} | ${v.ackedReplies} / ${v.repliesInDatabase} | ${v.rsvpsMatching} / ${v.rsvpsPromotedSince} / ${v.rsvpMismatches} | ${v.overbookedEvents} | ${r.live.received} / ${r.live.expected} | ${r.rssMb.before} / ${r.rssMb.peakDuring} / ${r.rssMb.after} | ${r.gauges.before.heapUsedMb} / ${r.gauges.after.heapUsedMb} |`);
  }
  const afters = runs.map((r) => r.rssMb.after);
  const growthMb = +(afters.at(-1) - afters[0]).toFixed(1);
  const ok = runs.every((r) => r.errors === 0 && r.verify.missingOrWrongReplies === 0 && r.verify.rsvpMismatches === 0 && r.verify.overbookedEvents === 0 && r.live.missing === 0);
  console.log(`\nRSS after each run: ${afters.join(' / ')} MB (last - first: ${growthMb} MB). All acknowledged writes found, 0 errors, every live event delivered: ${ok}`);

  const file = join(RESULTS_DIR, RESULT);
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: execSync('git rev-parse --short HEAD', { cwd: dirname(fileURLToPath(import.meta.url)) }).toString().trim(),
        machine: machine(),
        uptimeAtStart: execSync('uptime').toString().trim(),
        config: { DURATION, MEMBERS, SUBSCRIBERS, RUNS, HOT_THREADS, THREADS, EVENTS, DOCUMENTS, THINK_MS, IDLE_AFTER, mix: Object.fromEntries(MIX) },
        apiEnv: { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: 'default (10)' },
        setupSteps: data.steps,
        rssMbAtApiStart: mb(rssStart),
        runs,
        rssAfterEachRunMb: afters,
        rssGrowthFirstToLastMb: growthMb,
        allWritesVerifiedAndNoErrors: ok,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`Wrote ${file}`);
}

runMain(main, { deadlineMs: (5 * 60 + RUNS * (DURATION + IDLE_AFTER + LIVE_WAIT + 60)) * 1000 });
