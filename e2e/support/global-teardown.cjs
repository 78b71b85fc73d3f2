// Jest globalTeardown: stops the server started by global-setup.cjs (it stops
// its embedded PostgreSQL itself on SIGTERM) and removes the temporary DATA_DIR.
const { stopServer, removeWorkDir } = require('./global-setup.cjs');

module.exports = async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__;
  if (!server) return;
  globalThis.__E2E_SERVER__ = undefined;
  const started = Date.now();
  await stopServer(server);
  process.stderr.write(`[e2e] server stopped in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (process.env.E2E_SHOW_SERVER_LOG === '1' && server.tail.length) {
    process.stderr.write(`[e2e] --- server output (last ${server.tail.length} lines) ---\n${server.tail.join('\n')}\n`);
  }
  removeWorkDir(server);
};
