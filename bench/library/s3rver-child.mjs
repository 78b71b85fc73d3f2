// The S3-compatible server for bench/library/upload-1gb.mjs, in its own process so
// its memory and CPU are not mixed with the load generator's. Usage:
//   node bench/library/s3rver-child.mjs <directory> <bucket>
// Prints one JSON line {"port":N} on stdout once listening on 127.0.0.1; stops on
// SIGTERM/SIGINT or when its parent goes away (stdin closes).
import S3rver from 's3rver';

const [directory, bucket = 'community-hub'] = process.argv.slice(2);
if (!directory) {
  console.error('usage: node s3rver-child.mjs <directory> [bucket]');
  process.exit(2);
}
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: bucket }],
  vhostBuckets: false,
});
const { port } = await server.run();
process.stdout.write(JSON.stringify({ port }) + '\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.race([server.close(), new Promise((r) => setTimeout(r, 5000))]);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
