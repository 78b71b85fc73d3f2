#!/usr/bin/env node
// The search benchmark's data set: the forum benchmark's network (100,000 threads,
// 1,000,000 posts) plus 10,000 documents with extracted text, in the same network.
//
//   node bench/search/generate.mjs          (wipes and rebuilds /tmp/community-hub-bench-search)
//
// Env: BENCH_DATA_DIR (default /tmp/community-hub-bench-search), DOCUMENTS (10000), the
//      forum generator's THREADS, POSTS, MEMBERS, and REUSE_FORUM=1 (keep the forum data
//      set of an earlier run, replace only the documents).
// 1. runs bench/forum/generate.mjs (a fresh cluster, API migrations, the network, threads
//    and posts; it bulk-loads with session_replication_role = replica, so the search
//    triggers did not fire),
// 2. fills threads' and posts' search_vector through their own triggers (UPDATE … SET
//    title = title / body = body), with the GIN indexes dropped meanwhile and rebuilt
//    after a VACUUM FULL (so the tables are as compact as freshly inserted ones),
// 3. inserts folders, 10,000 documents and their versions (10% have two) with a few KB of
//    extracted text each (text_status DONE), set-based and with triggers on: the
//    documents' search_vector comes from the DocumentText migration's triggers,
// 4. VACUUM ANALYZE, consistency checks, state.json gets the document counts.
import './env.mjs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { DATA_ROOT, REPO, machine, readState, runMain, startPostgres, timer, writeState } from '../forum/lib.mjs';

const DOCUMENTS = Number(process.env.DOCUMENTS ?? 10_000);
/** Keep an existing forum data set (and its search vectors) and only replace the documents: for iterating on this script. */
const REUSE_FORUM = process.env.REUSE_FORUM === '1';

const PLACE = ['Macclesfield', 'Crewe', 'Congleton', 'Wilmslow', 'Knutsford', 'Alsager', 'Nantwich', 'Sandbach', 'Middlewich', 'Poynton', 'Holmes Chapel', 'Gawsworth', 'Bollington', 'Disley'];
const TOPIC = ['the community garden', 'the food bank', 'the youth club', 'warm spaces', 'the repair café', 'the lunch club', 'the dementia café', 'the summer fun day', 'the litter pick', 'digital inclusion', "the men's shed", 'the toddler group', 'community transport', "the carers' café", 'the Christmas appeal', 'the community fridge', 'the walking group', 'the reading scheme'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TITLES = {
  MINUTES: ['Minutes of the network meeting', 'Minutes of the trustees meeting', 'Minutes of the steering group', 'Minutes of the annual general meeting', 'Notes of the partners meeting about {topic}'],
  POLICY: ['Safeguarding policy', 'Volunteer expenses policy', 'Data protection policy', 'Lone working policy', 'Health and safety policy', 'Complaints procedure', 'Equality and diversity policy', 'Food hygiene policy', 'Social media policy'],
  TEMPLATE: ['Risk assessment template', 'Volunteer role description', 'Grant budget template', 'Event planning checklist', 'Room booking form', 'Consent form for photographs'],
  REPORT: ['Annual report', 'Evaluation report on {topic}', 'Survey results: {topic}', 'End of grant report for {topic}', 'Impact report on {topic}', 'Quarterly monitoring report'],
  OTHER: ['Leaflet for {topic}', 'Directory of local services', 'Map of venues', 'Newsletter', 'Poster for {topic}', 'Volunteer handbook'],
};
/** Everyday sentences of minutes, policies and reports: most of each text. {n}, {place}, {topic}, {month} vary per use. */
const COMMON = [
  'Apologies were received from {n} members and the meeting was quorate.',
  'The chair welcomed everyone to the meeting at the {place} community centre.',
  'The minutes of the previous meeting were agreed as a true record.',
  'The treasurer reported a balance of £{n},450 at the end of {month}.',
  'Volunteers gave {n} hours of their time over the quarter, an increase on last year.',
  'The group agreed to apply to the community grants fund before the deadline in {month}.',
  'Attendance at {topic} averaged {n} people a week, with a waiting list in {place}.',
  'All volunteers working with children or adults at risk must have an enhanced DBS check.',
  'Concerns about the welfare of a child or adult must be reported to the safeguarding lead the same day.',
  'Personal data is kept only as long as it is needed and is stored securely.',
  'Expenses are paid within {n} days of a claim with receipts attached.',
  'A risk assessment must be completed before any event that is open to the public.',
  'The hall must be left clean and tidy, and the keys returned to the caretaker.',
  'Partners discussed how to share the reporting for the joint funding bid.',
  'The food bank distributed {n} parcels in {month}, mostly to families with young children.',
  'The survey was completed by {n} residents across {place} and the surrounding villages.',
  'Most respondents said that transport to appointments is their biggest difficulty.',
  'Training in first aid and food hygiene will be offered to volunteers in {month}.',
  'The network newsletter goes out on the first Friday of every month.',
  'Thanks were given to the volunteers who ran {topic} over the summer.',
  'The budget includes room hire, volunteer expenses, insurance and publicity.',
  'Outcomes will be measured through attendance records, feedback forms and case studies.',
  'The council confirmed that the community centre in {place} will stay open on Saturdays.',
  'Any complaint will be acknowledged within {n} working days and answered in full within a month.',
  'The group will review this policy every year, or sooner if the law changes.',
  'We worked with the housing association to reach tenants who are isolated.',
  'Young people helped to plan the programme and chose the activities.',
  'The steering group will meet again in {month} at the town hall.',
  'Action: the secretary to circulate the draft before the next meeting.',
  'The lunch club served {n} hot meals, and several members said it is their only social contact.',
  'Warm spaces in {place} were open on weekday afternoons from November to March.',
  'Digital inclusion sessions helped {n} older people get online and use video calls.',
  'The community garden produced vegetables for the food bank and the lunch club.',
  'Carers valued the chance to meet others and take a break.',
  'Funding from the National Lottery Community Fund ends in {month}.',
  'Any other business: none.',
];
/** Rare sentences (1 pick in 200, so each is in about 1% of the documents): the words of the rare queries. */
const RARE = [
  'The defibrillator outside the village hall was checked and new pads were fitted.',
  'Defibrillator training for volunteers is booked with the ambulance service.',
  'An asbestos survey of the scout hut is needed before the roof repairs can start.',
  'Legionella testing of the kitchen taps is due in the spring.',
  'Hedgehog survey volunteers recorded {n} sightings along the canal towpath.',
  'Beekeeping sessions at the community orchard restart in {month}.',
  'The pantomime raised £{n}0 for the Christmas appeal.',
  'A Makaton signing course is free for volunteers who work with young children.',
  'The dementia café at St Michael\'s meets on the first Monday of the month.',
  'Memory boxes and reminiscence sessions were popular at the dementia café.',
  'The repair café fixed {n} items, mostly lamps, toasters and bicycles.',
  'Allotment plots at Victoria Road have a waiting list of two years.',
  'The wildflower meadow was sown by pupils from the primary school.',
  'The minibus passed its MOT and the tail lift was serviced.',
  'Translation into Polish and Urdu is available on request.',
];

const q = (arr) => `ARRAY[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]::text[]`;
/** SQL picking a random element of an array literal. */
const pick = (arr) => `(${q(arr)})[1 + floor(random() * ${arr.length})::int]`;
/** SQL filling the {n}/{place}/{topic}/{month} placeholders of `expr`. */
const fill = (expr) =>
  `replace(replace(replace(replace(${expr}, '{n}', (2 + floor(random() * 90))::int::text), '{place}', ${pick(PLACE)}), '{topic}', ${pick(TOPIC)}), '{month}', ${pick(MONTH)})`;

function runForumGenerator() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bench/forum/generate.mjs')], { cwd: REPO, env: process.env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/forum/generate.mjs exited ${code}`))));
  });
}

async function main() {
  console.log(`Search data set in ${DATA_ROOT}: the forum data set plus ${DOCUMENTS.toLocaleString()} documents`);
  console.log('machine:', JSON.stringify(machine()));
  const total = timer();
  const steps = [];
  const step = async (name, fn) => {
    const t = timer();
    const result = await fn();
    const ms = t();
    steps.push({ step: name, seconds: +(ms / 1000).toFixed(2) });
    console.log(`  ${name.padEnd(66)} ${(ms / 1000).toFixed(2).padStart(7)} s${result?.rowCount != null ? `  (${result.rowCount.toLocaleString()} rows)` : ''}`);
    return result;
  };

  if (REUSE_FORUM) console.log('  REUSE_FORUM=1: keeping the forum data set, replacing the documents');
  else await step('forum data set (bench/forum/generate.mjs)', runForumGenerator);
  const state = readState();
  const db = await startPostgres();
  const client = new pg.Client({ connectionString: db.url, application_name: 'bench-search-generate' });
  client.on('error', () => undefined); // the cluster stops at cleanup, possibly before the client ends
  await client.connect();
  const sql = (text, params) => client.query(text, params);
  if (REUSE_FORUM) {
    await sql('DELETE FROM documents WHERE network_id = $1', [state.networkId]);
    await sql('DELETE FROM folders WHERE space_id = $1', [state.networkId]);
  }
  await sql('SET synchronous_commit = off');
  await sql("SET maintenance_work_mem = '1GB'");
  await sql('SELECT setseed(0.20261122)');

  // 2. Search vectors of threads and posts, through the migration's triggers.
  for (const [table, column] of [
    ['threads', 'title'],
    ['posts', 'body'],
  ]) {
    const {
      rows: [{ missing }],
    } = await sql(`SELECT count(*)::int AS missing FROM ${table} WHERE search_vector IS NULL`);
    if (!missing) continue;
    const {
      rows: [{ name, def }],
    } = await sql(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = $1::regclass AND pg_get_indexdef(i.oid) LIKE '%USING gin (search_vector)%'`,
      [table],
    );
    await sql(`DROP INDEX ${name}`);
    await step(`${table}: search_vector by its trigger (UPDATE … SET ${column} = ${column})`, () => sql(`UPDATE ${table} SET ${column} = ${column}`));
    await step(`${table}: VACUUM FULL (compact after the update)`, () => sql(`VACUUM FULL ${table}`));
    await step(`${table}: ${name} (GIN) rebuilt`, () => sql(def));
  }

  // 3. Documents in the same network, with triggers (and foreign keys) on.
  const {
    rows: [{ users }],
  } = await sql(`SELECT array_agg(id ORDER BY email) AS users FROM users WHERE email LIKE 'member%@bench.local'`);
  await step(`folders: ${8 + PLACE.length} in the network`, () =>
    sql(
      `INSERT INTO folders (space_id, name, created_by_id, created_at)
       SELECT $1::uuid, f.name, $2::uuid, now() - interval '400 days'
       FROM unnest(ARRAY['Minutes', 'Policies', 'Templates', 'Reports', 'Funding', 'Training', 'Newsletters', 'Projects']) f(name)
       UNION ALL
       SELECT $1::uuid, p.place, $2::uuid, now() - interval '400 days' FROM unnest(${q(PLACE)}) p(place)`,
      [state.networkId, state.benchUser.id],
    ),
  );
  const kinds = Object.keys(TITLES);
  await step(`documents: plan (${DOCUMENTS.toLocaleString()}; kinds, titles, 10% with 2 versions)`, async () => {
    await sql(
      `CREATE TEMP TABLE doc_plan AS
       WITH base AS (
         SELECT i, gen_random_uuid() AS id, (${q(kinds)})[1 + floor(random() * ${kinds.length})::int] AS kind,
                1 + floor(random() * $2::int)::int AS author_idx, now() - random() * interval '365 days' AS created_at,
                15 + floor(random() * 45)::int AS sentences, CASE WHEN random() < 0.1 THEN 2 ELSE 1 END AS versions,
                ${pick(PLACE)} AS place, ${pick(MONTH)} AS month
         FROM generate_series(1, $1::int) i)
       SELECT b.*, ${fill(`CASE b.kind ${kinds.map((k) => `WHEN '${k}' THEN ${pick(TITLES[k])}`).join(' ')} END`)}
                   || CASE WHEN b.kind = 'MINUTES' THEN ', ' || b.month || ' ' || (2025 + (b.i % 2)) ELSE ' (' || b.place || ')' END AS title
       FROM base b`,
      [DOCUMENTS, users.length],
    );
    return sql('ANALYZE doc_plan');
  });
  const {
    rows: [{ folders }],
  } = await sql('SELECT array_agg(id ORDER BY name) AS folders FROM folders WHERE space_id = $1', [state.networkId]);
  await step('documents: INSERT (trigger: title A, description B)', () =>
    sql(
      `INSERT INTO documents (id, space_id, network_id, folder_id, title, description, kind, tags, created_by_id, owner_id, review_date, meeting_date, created_at, updated_at)
       SELECT d.id, $1, $1, ($3::uuid[])[1 + d.i % cardinality($3::uuid[])],
              left(d.title, 200), ${fill(pick(COMMON))}, d.kind::document_kind,
              CASE WHEN random() < 0.5 THEN ARRAY[lower(d.kind)] ELSE ARRAY[]::text[] END,
              ($2::uuid[])[d.author_idx], CASE WHEN d.kind = 'POLICY' THEN ($2::uuid[])[d.author_idx] END,
              CASE WHEN d.kind = 'POLICY' THEN (d.created_at + interval '1 year')::date END,
              CASE WHEN d.kind = 'MINUTES' THEN (d.created_at - interval '3 days')::date END,
              d.created_at, d.created_at
       FROM doc_plan d`,
      [state.networkId, users, folders],
    ),
  );
  await step('document_versions: INSERT with text (trigger: text C on the document)', () =>
    sql(
      `INSERT INTO document_versions (document_id, number, object_key, filename, content_type, size, sha256, uploaded_by_id, created_at,
                                      text, text_status, text_attempts, text_extracted_at)
       SELECT d.id, v.n, 'documents/' || d.id || '/v' || v.n, regexp_replace(lower(left(d.title, 60)), '[^a-z0-9]+', '-', 'g') || '.pdf',
              'application/pdf', 20000 + 3 * octet_length(t.text), encode(sha256(convert_to(t.text, 'UTF8')), 'hex'),
              ($1::uuid[])[d.author_idx], d.created_at + (v.n - 1) * interval '20 days', t.text, 'DONE', 1,
              d.created_at + (v.n - 1) * interval '20 days' + interval '1 minute'
       FROM doc_plan d
       CROSS JOIN LATERAL generate_series(1, d.versions) v(n)
       CROSS JOIN LATERAL (
         SELECT d.title || E'\\n\\n' || string_agg(
                  ${fill(`CASE WHEN random() < 0.005 THEN ${pick(RARE)} ELSE ${pick(COMMON)} END`)}
                  || CASE WHEN g % 6 = 0 THEN E'\\n\\n' ELSE ' ' END, '' ORDER BY g) AS text
         FROM generate_series(1, d.sentences + 5 * (v.n - 1)) g) t
       ORDER BY d.id, v.n`,
      [users],
    ),
  );
  await step('VACUUM ANALYZE', () => sql('VACUUM ANALYZE'));

  const checks = await step('consistency checks', async () => {
    const { rows } = await sql(
      `SELECT (SELECT count(*) FROM threads WHERE search_vector IS NULL)::int AS threads_without_vector,
              (SELECT count(*) FROM posts WHERE search_vector IS NULL)::int AS posts_without_vector,
              (SELECT count(*) FROM documents WHERE network_id = $1)::int AS documents,
              (SELECT count(*) FROM document_versions)::int AS document_versions,
              (SELECT count(*) FROM document_versions WHERE text_status <> 'DONE')::int AS versions_not_done,
              (SELECT round(avg(octet_length(text))) FROM document_versions)::int AS avg_text_bytes,
              (SELECT min(octet_length(text)) FROM document_versions)::int AS min_text_bytes,
              (SELECT max(octet_length(text)) FROM document_versions)::int AS max_text_bytes,
              -- every document's vector holds its latest version's words (weight C), e.g. 'minut'/'meet'…
              (SELECT count(*) FROM documents d WHERE d.search_vector IS NULL OR length(d.search_vector) < 20)::int AS documents_without_text_vector,
              (SELECT count(*) FROM documents d WHERE NOT d.search_vector @@ to_tsquery('english', 'any & business | volunteers | meeting | group | policy | report | people | the & council | transport | funding | personal | hall | risk | training | budget'))::int AS documents_no_common_word,
              pg_size_pretty(pg_database_size(current_database())) AS db_size`,
      [state.networkId],
    );
    return rows[0];
  });
  console.log('  ', checks);
  if (checks.threads_without_vector || checks.posts_without_vector || checks.documents !== DOCUMENTS || checks.versions_not_done || checks.documents_without_text_vector) {
    throw new Error('Generated data is inconsistent: ' + JSON.stringify(checks));
  }
  await client.end();
  writeState({ ...state, search: { generatedAt: new Date().toISOString(), documents: checks, steps } });
  console.log(`Done in ${(total() / 1000).toFixed(1)} s. State written to ${DATA_ROOT}/state.json`);
}

runMain(main, { deadlineMs: 30 * 60_000 });
