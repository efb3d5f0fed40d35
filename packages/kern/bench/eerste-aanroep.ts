// Benchmark: the first `berekenTermijn` after import, in fresh processes (issue 9). Each of RUNS child
// processes imports kern, times its first call (trace serialised with JSON.stringify) and then the steady
// state; the median over the runs is reported in milliseconds and as a ratio to a steady-state call.
// Target (checked here, printed, never in a timed test): the first call costs at most 100x a steady call,
// without doing the work at import time (the work-calendar index is built lazily per year).
// The Node version is printed with it: newer V8 makes the steady call faster (Node 24 about 9 µs against 16 µs
// on Node 20) while compiling on first use costs about the same, so the same code gives a larger ratio there.
//
// Run: `npx tsx bench/eerste-aanroep.ts` (the built package, `dist/index.js`) or with `--src` (kern's sources
// through tsx, no build needed). kalender.bench.ts runs it too, so `npm run bench` prints it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = 7;
const MAX_RATIO = 100;

/** Median of a list of numbers. */
function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs the measurement in `runs` fresh processes; returns whether the target was met. */
export function meetEersteAanroep(bron: 'dist' | 'src', runs = RUNS): boolean {
  const kind = fileURLToPath(new URL('./eerste-aanroep-kind.ts', import.meta.url));
  const pad = fileURLToPath(
    new URL(bron === 'dist' ? '../dist/index.js' : '../src/index.ts', import.meta.url),
  );
  const meet = (vlaggen: readonly string[]) => {
    const metingen: { eersteMs: number; stabielMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const uit = execFileSync(process.execPath, [...vlaggen, '--import', 'tsx', kind, pad], {
        encoding: 'utf8',
      });
      metingen.push(JSON.parse(uit.trim().split('\n').at(-1)!));
    }
    return {
      eerste: mediaan(metingen.map((m) => m.eersteMs)),
      stabiel: mediaan(metingen.map((m) => m.stabielMs)),
    };
  };
  const { eerste, stabiel } = meet([]);
  const ratio = eerste / stabiel;
  console.log(
    `\nfirst berekenTermijn after import (${bron}, Node ${process.version}, median of ${runs} fresh processes): ${eerste.toFixed(2)} ms; ` +
      `steady state ${(stabiel * 1000).toFixed(1)} µs per call; ratio ${ratio.toFixed(0)}x (target <= ${MAX_RATIO}x) ` +
      (ratio <= MAX_RATIO ? 'OK' : 'MISSED'),
  );
  // For information: the same first call when V8 compiles every function while loading (--no-lazy), so what
  // is left is the call's own work (the year's index, the trace); the difference is compiling on first use.
  const zonderCompileren = meet(['--no-lazy']).eerste;
  console.log(
    `  of which compiling kern's functions on first use: ${(eerste - zonderCompileren).toFixed(2)} ms ` +
      `(the first call with --no-lazy: ${zonderCompileren.toFixed(2)} ms, ${(zonderCompileren / stabiel).toFixed(0)}x a steady call)`,
  );
  return ratio <= MAX_RATIO;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!meetEersteAanroep(process.argv.includes('--src') ? 'src' : 'dist')) process.exitCode = 1;
}
