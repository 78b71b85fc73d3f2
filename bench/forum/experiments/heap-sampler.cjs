// Preloaded into the API by alloc-profile.mjs (--require): starts V8's sampling heap
// profiler, collected objects included, when $HEAP_SAMPLER_DIR/start appears, and writes
// $HEAP_SAMPLER_DIR/alloc.heapprofile when $HEAP_SAMPLER_DIR/stop appears. (Files, not
// signals: Nest's shutdown hooks stop the app on SIGUSR2.)
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.HEAP_SAMPLER_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let state = 'waiting';
  const timer = setInterval(() => {
    if (state === 'waiting' && fs.existsSync(path.join(dir, 'start'))) {
      state = 'sampling';
      const options = { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
      session.post('HeapProfiler.enable', () => session.post('HeapProfiler.startSampling', options));
    } else if (state === 'sampling' && fs.existsSync(path.join(dir, 'stop'))) {
      state = 'done';
      clearInterval(timer);
      session.post('HeapProfiler.stopSampling', (error, result) => {
        fs.writeFileSync(path.join(dir, 'alloc.heapprofile'), error ? JSON.stringify({ error: String(error) }) : JSON.stringify(result.profile));
      });
    }
  }, 100);
  timer.unref();
}
