// Imported first by every search benchmark script: the search data set lives in its own
// directory, so it never clobbers (or is clobbered by) a forum benchmark run.
process.env.BENCH_DATA_DIR ??= '/tmp/community-hub-bench-search';
