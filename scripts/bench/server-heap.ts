/**
 * The V8 heap cap the production server runs with (the Dockerfile's runner sets the same
 * NODE_OPTIONS; scripts/ops/lint-docker.test.ts keeps the two equal). Without it V8 sizes the old
 * space from the machine's memory (about 4 GB on a large host) and collects lazily, so RSS climbs
 * for minutes while the live heap stays near 100 MB: on the bench's memory run it went from 395 to
 * 567 MB with no leak behind it (docs/performance.md). 192 MB leaves room for the live heap under
 * 50 concurrent page renders (about 150 MB measured).
 */
export const serverHeapMb = 192;
export const serverNodeOptions = `--max-old-space-size=${serverHeapMb}`;
