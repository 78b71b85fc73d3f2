// First-visit speed as a phone user feels it: time to the largest contentful paint (LCP) in
// Chromium throttled like a mid-range phone on a slow connection (390 px wide, 1.6 Mbps down,
// 150 ms round trip, CPU 4x slower), for six pages, on a first visit (empty cache) and a repeat
// visit (same browser cache, page loaded again).
//
// Starts the built app (`node tools/build.mjs` first) as `npm start` does with its embedded
// defaults (embedded PostgreSQL and S3, demo data) on a free port in a temporary directory.
// Usage: node bench/web/first-visit.mjs [--runs 3] [--identity] [--url http://host:port] [--only thread] [--dist dist]
//   --identity  the browser asks for no compression (Accept-Encoding: identity): what every
//               visit cost before the server sent compressed assets.
//   --url       measure an app that is already running instead of starting one.
//   --dist      the build to start (its api/ and web/), e.g. another commit's build to compare.
// Needs playwright-core (a dev dependency) and /usr/bin/chromium (apt-get install -y chromium).
import { chromium } from 'playwright-core';
import { flag, gql, option, startApp } from './app.mjs';

const RUNS = Number(option('--runs', '3'));
const IDENTITY = flag('--identity');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;

/** The six pages, picked from the demo data as an anonymous visitor sees it (the busiest network first). */
async function pages(url) {
  const { networks } = await gql(url, '{ networks { slug } }');
  const found = {};
  for (const { slug } of networks) {
    const { network } = await gql(
      url,
      `query($slug: String!) { network(slug: $slug) {
        threads(first: 1) { totalCount nodes { id } }
        upcoming: events(first: 1) { nodes { id } } past: events(first: 1, past: true) { nodes { id } }
        folders { id } } }`,
      { slug },
    );
    const event = network.upcoming.nodes[0] ?? network.past.nodes[0];
    if (!found.network || network.threads.totalCount > found.threads) Object.assign(found, { network: slug, threads: network.threads.totalCount, thread: network.threads.nodes[0] && [slug, network.threads.nodes[0].id] });
    if (!found.event && event) found.event = [slug, event.id];
    if (!found.folder && network.folders[0]) found.folder = [slug, network.folders[0].id];
  }
  const missing = ['thread', 'event'].filter((k) => !found[k]);
  if (missing.length) throw new Error(`the demo data has no ${missing.join(', ')} an anonymous visitor can see`);
  return [
    ['home', '/'],
    ['network', `/n/${found.network}`],
    ['thread list', `/n/${found.network}/threads`],
    ['thread', `/n/${found.thread[0]}/t/${found.thread[1]}`],
    // The demo data files its documents at the library's top level (no folders): that is the folder then.
    found.folder ? ['library folder', `/n/${found.folder[0]}/library?folder=${found.folder[1]}`] : ['library (top)', `/n/${found.network}/library`],
    ['event', `/n/${found.event[0]}/e/${found.event[1]}`],
  ];
}

/** Loads the page and returns its LCP in ms, once the network has been quiet and the paint settled. */
async function visit(page, url) {
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForTimeout(1000);
  // The buffered entries: the last is the final largest contentful paint (no input happened).
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? 0)).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(0), 2000);
      }),
  );
  if (!lcp) throw new Error(`${url}: no largest contentful paint was reported`);
  const bytes = await page.evaluate(() =>
    performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).reduce((sum, e) => sum + (e.transferSize || 0), 0),
  );
  return { lcp, bytes };
}

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (IDENTITY) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  return page;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

const external = option('--url');
const app = external ? { url: external, stop: async () => {} } : await startApp();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  // --only thread: just the pages whose name contains it.
  const only = option('--only');
  const targets = (await pages(app.url)).filter(([name]) => !only || name.includes(only));
  console.log(`LCP at 390 px, 1.6 Mbps / 150 ms RTT, CPU ${CPU_SLOWDOWN}x${IDENTITY ? ', no compression (Accept-Encoding: identity)' : ''}; median of ${RUNS}`);
  console.log(`${'page'.padEnd(16)} ${'first visit'.padStart(12)} ${'repeat'.padStart(9)} ${'first KB'.padStart(9)} ${'repeat KB'.padStart(10)}`);
  for (const [name, path] of targets) {
    const first = [];
    const repeat = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await throttled(context);
      first.push(await visit(page, `${app.url}${path}`));
      await page.close();
      const again = await throttled(context);
      repeat.push(await visit(again, `${app.url}${path}`));
      await context.close();
    }
    const ms = (list) => `${Math.round(median(list.map((v) => v.lcp)))} ms`;
    const kb = (list) => `${(median(list.map((v) => v.bytes)) / 1000).toFixed(0)}`;
    console.log(`${name.padEnd(16)} ${ms(first).padStart(12)} ${ms(repeat).padStart(9)} ${kb(first).padStart(9)} ${kb(repeat).padStart(10)}`);
  }
} finally {
  await browser.close();
  await app.stop();
}
