// `npm run demo`: worked scenarios of every package, printed with their reasons and deadline traces, then a
// summary table. `npm run demo -- --pakket schorsing,datalek` shows only those packages.
import { toon as calamiteiten } from './calamiteiten.js';
import { toon as cli } from './cli.js';
import { toon as datalek } from './datalek.js';
import { toon as klachtenregeling } from './klachtenregeling.js';
import { toon as klokkenluider } from './klokkenluider.js';
import { toon as meldcode } from './meldcode.js';
import { toon as monitoring } from './monitoring.js';
import { toon as pestprotocol } from './pestprotocol.js';
import { toon as privacy } from './privacy.js';
import { toon as schorsing } from './schorsing.js';
import { toon as termijnen } from './termijnen.js';

/** Every package's scenarios: `toon()` prints them and returns how many it showed. */
const DEMO: readonly { readonly pakket: string; readonly toon: () => number }[] = [
  { pakket: 'kern', toon: termijnen },
  { pakket: 'schorsing', toon: schorsing },
  { pakket: 'datalek', toon: datalek },
  { pakket: 'meldcode', toon: meldcode },
  { pakket: 'klachtenregeling', toon: klachtenregeling },
  { pakket: 'klokkenluider', toon: klokkenluider },
  { pakket: 'monitoring', toon: monitoring },
  { pakket: 'pestprotocol', toon: pestprotocol },
  { pakket: 'privacy', toon: privacy },
  { pakket: 'calamiteiten', toon: calamiteiten },
  { pakket: 'cli', toon: cli },
];

function gekozenPakketten(argv: readonly string[]): readonly string[] | undefined {
  const i = argv.findIndex((a) => a === '--pakket' || a.startsWith('--pakket='));
  if (i < 0) return undefined;
  const waarde = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const namen = (waarde ?? '').split(',').filter(Boolean);
  const onbekend = namen.filter((n) => !DEMO.some((d) => d.pakket === n));
  if (namen.length === 0 || onbekend.length > 0) {
    console.error(
      `demo: --pakket takes one or more of ${DEMO.map((d) => d.pakket).join(', ')} (comma separated)${onbekend.length ? `; unknown: ${onbekend.join(', ')}` : ''}.`,
    );
    process.exit(2);
  }
  return namen;
}

const gekozen = gekozenPakketten(process.argv.slice(2));
const samenvatting: { pakket: string; scenarios: number }[] = [];
for (const { pakket, toon } of DEMO)
  if (!gekozen || gekozen.includes(pakket)) samenvatting.push({ pakket, scenarios: toon() });

console.log('\n# Samenvatting');
console.log(`${'pakket'.padEnd(18)} scenario's`);
for (const r of samenvatting) console.log(`${r.pakket.padEnd(18)} ${String(r.scenarios).padStart(10)}`);
console.log(
  `${'totaal'.padEnd(18)} ${String(samenvatting.reduce((n, r) => n + r.scenarios, 0)).padStart(10)}`,
);
