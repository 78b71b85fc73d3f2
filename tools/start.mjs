// `npm start`: builds what is out of date, then runs the server in this process
// (so Ctrl-C reaches it directly and it can stop its embedded database).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const build = spawnSync(process.execPath, ['tools/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed; see above.');
  process.exit(build.status ?? 1);
}
createRequire(import.meta.url)('../dist/api/apps/api/src/main.js');
