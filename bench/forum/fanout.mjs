#!/usr/bin/env node
// Live fan-out: SUBSCRIBERS graphql-ws clients subscribed to postAdded(threadId)
// on one thread; a reply is posted with replyToThread and each subscriber's
// delay is measured from the mutation's HTTP response to the event's arrival.
// Needs the data from generate.mjs and a built API.
//
//   node bench/forum/fanout.mjs                 # 1,000 subscribers, 1 warm-up + 5 measured replies
//   FIELDS=minimal node bench/forum/fanout.mjs  # subscribers ask only { id position } (no author)
//
// Env: SUBSCRIBERS (1000), REPLIES (5), USERS (10 tokens shared by the subscribers),
//      FIELDS (full | minimal), POOL_SIZE (10 = the API default), RESULT (fanout.json).
import { execSync } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import pg from 'pg';
import {
  cpuSecondsOf, gql, login, machine, onCleanup, percentile, readState, runMain, sleep, startApi, startPostgres,
  statementDelta, statementSnapshot, timer, writeResult,
} from './lib.mjs';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const REPLIES = Number(process.env.REPLIES ?? 5);
const USERS = Number(process.env.USERS ?? 10);
const FIELDS = process.env.FIELDS ?? 'full';
const POOL_SIZE = Number(process.env.POOL_SIZE ?? 10);
const RESULT = process.env.RESULT ?? (FIELDS === 'full' ? 'fanout.json' : `fanout-${FIELDS}.json`);
const RECEIVE_TIMEOUT_MS = 15_000;

const SELECTION = FIELDS === 'minimal' ? 'id position' : 'id position body createdAt author { id name }';
const SUBSCRIPTION = `subscription PostAdded($threadId: ID!) { postAdded(threadId: $threadId) { ${SELECTION} } }`;
const REPLY = 'mutation Reply($input: ReplyToThreadInput!) { replyToThread(input: $input) { id position } }';


function fdLimit() {
  try {
    return Number(execSync('sh -c "ulimit -n"').toString().trim());
  } catch {
    return NaN;
  }
}

async function main() {
  const state = readState();
  const limit = fdLimit();
  // Each subscriber is one socket here and one in the API (same machine), plus pg connections.
  const needed = 2 * SUBSCRIBERS + 200;
  console.log(`Fan-out benchmark: ${SUBSCRIBERS} subscribers (${USERS} users' tokens), ${REPLIES} measured replies, fields: ${SELECTION}`);
  console.log(`  open-file limit (ulimit -n): ${limit}; needed about ${needed}`);
  if (limit < needed) throw new Error(`Raise the open-file limit first: ulimit -n ${needed * 2}`);

  const db = await startPostgres();
  const api = await startApi({ databaseUrl: db.url, env: { DATABASE_POOL_SIZE: String(POOL_SIZE) } });
  const wsUrl = api.url.replace(/^http/, 'ws');

  // Tokens: the benchmark user and members 1..USERS-1 (all share one password).
  const sessions = [await login(api.url, state.benchUser.email, state.benchUser.password)];
  for (let i = 1; i < USERS; i++) sessions.push(await login(api.url, `member${i}@bench.local`, state.members.password));

  const {
    createThread: { id: threadId },
  } = await gql(
    api.url,
    'mutation($input: CreateThreadInput!){ createThread(input: $input){ id } }',
    { input: { networkId: state.networkId, title: `Fan-out benchmark ${new Date().toISOString()}`, body: 'Live replies follow.', tags: ['events'] } },
    sessions[0].token,
  );
  console.log(`  thread ${threadId}`);

  // receipts.get(postId)[subscriber] = performance.now() at arrival
  const receipts = new Map();
  const errors = [];
  const clients = [];
  onCleanup(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });
  const connectTime = timer();
  const BATCH = 100;
  for (let start = 0; start < SUBSCRIBERS; start += BATCH) {
    const batch = [];
    for (let i = start; i < Math.min(SUBSCRIBERS, start + BATCH); i++) {
      const session = sessions[i % sessions.length];
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${session.token}` },
        onNonLazyError: (e) => errors.push(String(e?.message ?? e)),
      });
      clients.push(client);
      batch.push(
        new Promise((resolve) => {
          const opened = client.on('connected', () => {
            opened();
            resolve();
          });
          setTimeout(resolve, 10_000);
        }),
      );
      client.subscribe(
        { query: SUBSCRIPTION, variables: { threadId } },
        {
          next: (msg) => {
            const now = performance.now();
            if (msg.errors) return errors.push(JSON.stringify(msg.errors));
            const id = msg.data?.postAdded?.id;
            if (!id) return;
            let arr = receipts.get(id);
            if (!arr) receipts.set(id, (arr = new Array(SUBSCRIBERS).fill(null)));
            arr[i] = now;
          },
          error: (e) => errors.push(String(e?.message ?? JSON.stringify(e))),
          complete: () => undefined,
        },
      );
    }
    await Promise.all(batch);
  }
  console.log(`  ${clients.length} WebSocket clients connected and subscribing in ${(connectTime() / 1000).toFixed(1)} s`);

  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();

  async function reply(n, session) {
    const body = JSON.stringify({ query: REPLY, variables: { input: { threadId, body: `Reply ${n} at ${new Date().toISOString()}` } } });
    const tSend = performance.now();
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body });
    const json = await res.json();
    const tResp = performance.now();
    if (json.errors) throw new Error(`reply failed: ${JSON.stringify(json.errors)}`);
    const postId = json.data.replyToThread.id;
    // Wait (bounded) until every subscriber has it.
    const waitStart = performance.now();
    for (;;) {
      const arr = receipts.get(postId);
      const got = arr ? arr.filter((x) => x !== null).length : 0;
      if (got === SUBSCRIBERS || performance.now() - waitStart > RECEIVE_TIMEOUT_MS) break;
      await sleep(5);
    }
    const arr = receipts.get(postId) ?? [];
    const arrivals = arr.filter((x) => x !== null);
    const fromResponse = arrivals.map((t) => t - tResp).sort((a, b) => a - b);
    const fromSend = arrivals.map((t) => t - tSend).sort((a, b) => a - b);
    return { postId, mutationMs: +(tResp - tSend).toFixed(1), received: arrivals.length, fromResponse, fromSend };
  }

  // Warm-up reply: proves every subscription is live (all must receive it) and warms caches.
  const warm = await reply(0, sessions[1 % sessions.length]);
  console.log(`  warm-up reply: ${warm.received}/${SUBSCRIBERS} received, last after ${warm.fromResponse.at(-1)?.toFixed(1)} ms`);
  await sleep(1000);

  const results = [];
  const s0 = await statementSnapshot(admin);
  const cpu0 = { api: cpuSecondsOf(api.pid), self: process.cpuUsage() };
  for (let n = 1; n <= REPLIES; n++) {
    const r = await reply(n, sessions[(n + 1) % sessions.length]); // rotating authors: loaders cannot reuse a cached author
    const f = r.fromResponse;
    const row = {
      reply: n,
      received: r.received,
      mutationMs: r.mutationMs,
      fromResponseMs: { p50: +percentile(f, 50).toFixed(1), p99: +percentile(f, 99).toFixed(1), max: +f.at(-1).toFixed(1), min: +f[0].toFixed(1) },
      fromSendMs: { p50: +percentile(r.fromSend, 50).toFixed(1), p99: +percentile(r.fromSend, 99).toFixed(1), max: +r.fromSend.at(-1).toFixed(1) },
      all: f,
    };
    results.push(row);
    console.log(`  reply ${n}: ${row.received}/${SUBSCRIBERS} received; mutation ${row.mutationMs} ms; after response p50 ${row.fromResponseMs.p50} ms, p99 ${row.fromResponseMs.p99} ms, max ${row.fromResponseMs.max} ms`);
    await sleep(1000);
  }
  const cpuApi = cpuSecondsOf(api.pid) - cpu0.api;
  const statements = statementDelta(s0, await statementSnapshot(admin));
  await admin.end();

  const all = results.flatMap((r) => r.all).sort((a, b) => a - b);
  const summary = {
    subscribers: SUBSCRIBERS,
    replies: REPLIES,
    receivedPerReply: results.map((r) => r.received),
    allReceived: results.every((r) => r.received === SUBSCRIBERS),
    fromResponseMs: {
      p50: +percentile(all, 50).toFixed(1),
      p99: +percentile(all, 99).toFixed(1),
      max: +all.at(-1).toFixed(1),
      negativeShare: +(all.filter((x) => x < 0).length / all.length).toFixed(3),
    },
    mutationMsMean: +(results.reduce((s, r) => s + r.mutationMs, 0) / results.length).toFixed(1),
    sqlStatementsPerReply: Math.round(statements.reduce((s, x) => s + x.calls, 0) / REPLIES),
    apiCpuMsPerReply: Math.round((cpuApi * 1000) / REPLIES),
  };
  const goalMet = summary.allReceived && summary.fromResponseMs.p99 <= 100;
  console.log(`\n| subscribers | replies | received | p50 ms | p99 ms | max ms | SQL statements / reply | API CPU ms / reply |`);
  console.log(`|---:|---:|---|---:|---:|---:|---:|---:|`);
  console.log(`| ${SUBSCRIBERS} | ${REPLIES} | ${summary.receivedPerReply.join(', ')} | ${summary.fromResponseMs.p50} | ${summary.fromResponseMs.p99} | ${summary.fromResponseMs.max} | ${summary.sqlStatementsPerReply} | ${summary.apiCpuMsPerReply} |`);
  console.log(`\nGoal p99 <= 100 ms with all ${SUBSCRIBERS} received: ${goalMet ? 'MET' : 'NOT MET'}`);
  for (const s of statements.slice(0, 8)) console.log(`   ${String(Math.round(s.calls / REPLIES)).padStart(5)}× per reply  ${(s.ms / s.calls).toFixed(3)} ms  ${s.query.slice(0, 140)}`);
  if (errors.length) console.log(`  ${errors.length} client errors, first: ${errors[0]}`);

  const out = writeResult(RESULT, {
    generatedAt: new Date().toISOString(),
    command: `${FIELDS === 'full' ? '' : `FIELDS=${FIELDS} `}node bench/forum/fanout.mjs`,
    machine: machine(),
    settings: { SUBSCRIBERS, REPLIES, USERS, FIELDS, POOL_SIZE, openFileLimit: limit, subscription: SUBSCRIPTION },
    summary,
    goal: { goal: 'p99 <= 100 ms and every subscriber receives every reply', met: goalMet },
    warmup: { received: warm.received, lastMs: warm.fromResponse.at(-1) },
    replies: results.map(({ all: _all, ...r }) => r),
    statementsDuringMeasuredReplies: statements.map((s) => ({ ...s, perReply: s.calls / REPLIES })),
    clientErrors: errors.slice(0, 20),
  });
  console.log(`Wrote ${out}`);
}

runMain(main, { deadlineMs: 6 * 60_000 });
