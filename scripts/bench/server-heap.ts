/**
 * The V8 heap cap the production server runs with (the Dockerfile's runner sets the same
 * NODE_OPTIONS; scripts/ops/lint-docker.test.ts keeps the two equal). Without it V8 sizes the old
 * space from the machine's memory (about 4 GB on a large host) and collects lazily, so RSS climbs
 * for minutes while the live heap stays near 100 MB: on the bench's memory run it went from 395 to
 * 567 MB with no leak behind it (docs/performance.md). 192 MB was too tight: 50 connections queued
 * on the signed-in search page ran it out of memory and killed the process. Node keeps every
 * Immediate of one event-loop turn reachable until the turn ends, each holding its request's
 * state, and at saturation one turn runs thousands of them from dozens of renders: the live heap
 * after full collections reached 187-200 MB. 320 MB survives that with room to spare.
 */
export const serverHeapMb = 320;
export const serverNodeOptions = `--max-old-space-size=${serverHeapMb}`;
