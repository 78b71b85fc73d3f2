// What a server-rendered first page costs the server (issue 19): requests per second and latency of
// a thread page's HTML for anonymous visitors, rendered (SERVER_RENDER=true) and plain
// (SERVER_RENDER=false, index.html from disk), with the GraphQL queries the browser would send
// for that page otherwise, loaded by autocannon (10 connections, 10 s each).
//
// Starts the built app (`node tools/build.mjs` first) twice, as `npm start` does with its embedded
// defaults and demo data. Usage: node bench/web/page-render.mjs [--seconds 10] [--connections 10]
import autocannon from 'autocannon';
import { gql, option, startApp } from './app.mjs';

const SECONDS = Number(option('--seconds', '10'));
const CONNECTIONS = Number(option('--connections', '10'));

function load(url, options = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const line = (label, result) =>
  `${label.padEnd(44)} ${result.requests.average.toFixed(0).padStart(7)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  errors ${result.errors + result.non2xx}`;

console.log(`${CONNECTIONS} connections, ${SECONDS} s each, anonymous visitor, demo data`);
for (const render of ['true', 'false']) {
  const app = await startApp({ SERVER_RENDER: render });
  try {
    // The first demo network with a thread an anonymous visitor can read.
    let path = null;
    for (const { slug } of (await gql(app.url, '{ networks { slug } }')).networks) {
      const { network } = await gql(app.url, 'query($slug: String!) { network(slug: $slug) { threads(first: 1) { nodes { id } } } }', { slug });
      const thread = network.threads.nodes[0];
      if (thread) {
        path = `/n/${slug}/t/${thread.id}`;
        break;
      }
    }
    if (!path) throw new Error('the demo data has no thread an anonymous visitor can read');
    const html = await (await fetch(`${app.url}${path}`, { headers: { accept: 'text/html' } })).text();
    if (html.includes('id="server-data"') !== (render === 'true')) throw new Error(`SERVER_RENDER=${render}, but the page was ${render === 'true' ? 'not ' : ''}rendered`);
    // Warm up (the renderer loads with the first page), then measure.
    await load(`${app.url}${path}`, { duration: 2, headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
    console.log(line(`thread page HTML, SERVER_RENDER=${render}`, await load(`${app.url}${path}`, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } })));
  } finally {
    await app.stop();
  }
}
