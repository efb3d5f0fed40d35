// The package generator: `npm run nieuw-pakket -- <naam>` writes a complete, compiling skeleton of a new
// regulation package `packages/<naam>` in the house anatomy (GUIDE.md section 2, docs/architecture.md
// "Package anatomy and generator"): package.json, tsconfig, tsup and vitest config, README, the curated
// index, sources, one example rule and its registry, the seed preset and its policy check, a procedure on
// kern's kernel, closed code unions with their catalogues, a fixture, tests (worked case, dossier laws,
// doc examples) and a guide stub; and wires it into typedoc.json, scripts/size-budgets.json, the README's
// package table and the demo (examples/).
//
// Plain Node ESM without dependencies.
//
//   node scripts/nieuw-pakket.mjs <naam> [--doel <map>] [--omschrijving <tekst>]
//
// <naam>           lower-case words, joined by hyphens when more than one (meldcode, pest-protocol)
// --doel <map>     the repository root to write into (default: this repository); the tests use a copy
// --omschrijving   one sentence for package.json and the README (default: a placeholder to replace)
//
// Refuses a name that is not lower-case words and a package that already exists (here or in --doel).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BRON_WORTEL = join(dirname(fileURLToPath(import.meta.url)), '..');

function stop(melding) {
  console.error(`nieuw-pakket: ${melding}`);
  process.exit(1);
}

function leesArgumenten(argv) {
  const uit = { naam: undefined, doel: BRON_WORTEL, omschrijving: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log('usage: npm run nieuw-pakket -- <naam> [--doel <map>] [--omschrijving <tekst>]');
      process.exit(0);
    } else if (a === '--doel' || a === '--omschrijving') {
      const waarde = argv[++i];
      if (waarde === undefined) stop(`${a} needs a value.`);
      if (a === '--doel') uit.doel = resolve(waarde);
      else uit.omschrijving = waarde;
    } else if (a.startsWith('--')) stop(`unknown option ${a}.`);
    else if (uit.naam === undefined) uit.naam = a;
    else stop(`one package name at a time (got ${uit.naam} and ${a}).`);
  }
  if (uit.naam === undefined) stop('give the name of the new package: npm run nieuw-pakket -- <naam>');
  return uit;
}

const args = leesArgumenten(process.argv.slice(2));
const naam = args.naam;
if (!/^[a-z]+(?:-[a-z]+)*$/.test(naam) || naam.length < 3 || naam.length > 40)
  stop(
    `"${naam}" is not a package name: use lower-case words (a-z), joined by hyphens when more than one, 3 to 40 characters.`,
  );
const bestaand = [join(args.doel, 'packages', naam), join(BRON_WORTEL, 'packages', naam)].find((p) =>
  existsSync(p),
);
if (bestaand) stop(`package ${naam} already exists (${bestaand}); choose another name.`);

// --- names --------------------------------------------------------------------------------------------------

const woorden = naam.split('-');
const camel = woorden.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const Pascal = camel[0].toUpperCase() + camel.slice(1);
const CONST = woorden.map((w) => w.toUpperCase()).join('_');
const titel = `${naam[0].toUpperCase()}${naam.slice(1).replaceAll('-', ' ')}`;
const npmNaam = `@schoolveiligheid/${naam}`;
const procedureNaam = `${camel}Procedure`;
const kopSchemaNaam = `${camel}KopSchema`;
const gebeurtenisSchemaNaam = `${camel}GebeurtenisSchema`;
const REGELS = `${CONST}_REGELS`;
const regelId = `${naam}.aanvraag.beslistermijn`;
const omschrijving =
  args.omschrijving ??
  `${titel} in het primair onderwijs (skeleton: replace this description with what the package models and its legal basis).`;

const kern = JSON.parse(readFileSync(join(BRON_WORTEL, 'packages', 'kern', 'package.json'), 'utf8'));

// --- the files ----------------------------------------------------------------------------------------------

const json = (w) => `${JSON.stringify(w, null, 2)}\n`;

const pakketJson = {
  name: npmNaam,
  version: '0.0.0',
  description: omschrijving,
  license: kern.license,
  type: 'module',
  sideEffects: false,
  engines: kern.engines,
  files: ['dist', 'fixtures', 'schemas', 'README.md'],
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: {
    '.': {
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './fixtures/*.json': './fixtures/*.json',
    './schemas/*.json': './schemas/*.json',
    './package.json': './package.json',
  },
  scripts: {
    build: 'tsup',
    bench: 'tsx bench/schaal.bench.ts',
    typecheck: 'tsc --noEmit',
    test: 'node ../../scripts/test-tijdzones.mjs',
    'check-package': 'publint --strict && attw --pack .',
    lint: 'biome check .',
    prepack: 'node ../../scripts/licentie.mjs',
  },
  dependencies: { '@schoolveiligheid/kern': `^${kern.version}` },
  peerDependencies: kern.peerDependencies,
  devDependencies: { '@schoolveiligheid/testkit': '*', zod: kern.devDependencies?.zod ?? '^4.1.0' },
  publishConfig: { access: 'public', provenance: true },
  keywords: ['onderwijs', 'primair onderwijs', ...woorden],
};

const bestanden = {
  'package.json': json(pakketJson),
  'tsconfig.json': json({
    extends: '../../tsconfig.base.json',
    compilerOptions: { noEmit: true },
    include: ['src', 'bench', '*.config.ts'],
  }),
  'tsup.config.ts': "export { default } from '../../tsup.config.base.js';\n",
  'vitest.config.ts': "export { default } from '../../vitest.shared.js';\n",

  'README.md': `# ${npmNaam}

${omschrijving}

Pure functions on top of \`@schoolveiligheid/kern\`: JSON in and out, no I/O, no clock. This package was written by
\`npm run nieuw-pakket -- ${naam}\` as a skeleton that compiles and passes its tests; every part below is an
example to replace with the regulation itself, keeping the shape.

- **Rules.** \`${REGELS}\`, the one registry of this package's rules: ids \`${naam}.<begrip>.<naam>\`, dated values,
  a source on each (\`src/regels/\`, sources in \`src/bronnen/\`). The example rule is the Awb 4:13 decision term.
- **Policy.** \`SEED_2018_BELEID\`, the 2018 seed safety plan as a preset that stores only its own values by rule id,
  and \`controleerBeleid(beleid, peildatum)\`, which checks any policy against this package's rules as shipped today.
- **Dossier.** \`${procedureNaam}\` on kern's procedure kernel: \`nieuwDossier\`, \`verwerk\`, \`verwerkJson\`, \`verwerkAlle\`,
  \`herspeel\`, \`leesDossier\`, \`toestand\`, \`openTermijnen(dossier, nu)\`, \`volgendeStappen(dossier)\`, \`openTermijnenVanAlle\`.
- **Codes.** Closed unions of problem, term and step codes with their Dutch and English catalogues (\`src/codes/\`).
- **Worked cases.** \`fixtures/voorbeeld.json\` (shipped in the tarball), each case with the source of its answer.

\`\`\`ts
import { ${procedureNaam} } from '${npmNaam}';

const d = ${procedureNaam}.nieuwDossier({ id: 'aanvraag-1' });
const na = d.ok ? ${procedureNaam}.verwerk(d.waarde, { type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' }) : d;
if (na.ok) {
  const [termijn] = ${procedureNaam}.openTermijnen(na.waarde, '2026-12-01T09:00:00+01:00');
  termijn?.termijn?.laatsteDag; // '2027-01-04': 8 weeks end on Nieuwjaarsdag, the Atw extends past the weekend
}
\`\`\`

Guide: [\`docs/${naam}.md\`](../../docs/${naam}.md).

## Legal sources

- Replace with the laws (BWB id, articles, the dated consolidation read) this package rests on.
- Example rule: Algemene wet bestuursrecht (BWBR0005537) art. 4:13 lid 2, flagged \`onbevestigd\` until re-read.
- Seed: the 2018 veiligheidsplan (policy, not law); name the sections its preset reproduces.
`,

  'src/index.ts': `/**
 * \`${npmNaam}\`: ${omschrijving}
 *
 * - Rules as dated data: {@link beslistermijn} in the registry {@link ${REGELS}}.
 * - Policy: the {@link SEED_2018_BELEID} preset and {@link controleerBeleid}.
 * - Procedure: {@link ${procedureNaam}} with its schemas {@link ${kopSchemaNaam}} and {@link ${gebeurtenisSchemaNaam}}.
 * - Codes: {@link ${CONST}_PROBLEEM_CODES}, {@link ${CONST}_TERMIJN_CODES}, {@link ${CONST}_STAP_CODES}.
 *
 * @packageDocumentation
 * @module ${npmNaam}
 */

export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export { AWB_4_13_LID_2, SEED_2018 } from './bronnen/bronnen.js';
export type { ${Pascal}ProbleemCode, ${Pascal}StapCode, ${Pascal}TermijnCode } from './codes/codes.js';
export { ${CONST}_PROBLEEM_CODES, ${CONST}_STAP_CODES, ${CONST}_TERMIJN_CODES } from './codes/codes.js';
export type {
  ${Pascal}Dossier,
  ${Pascal}Gebeurtenis,
  ${Pascal}Kop,
  ${Pascal}Opties,
  ${Pascal}Toestand,
} from './dossier/procedure.js';
export { ${gebeurtenisSchemaNaam}, ${kopSchemaNaam}, ${procedureNaam} } from './dossier/procedure.js';
export { PAKKET } from './pakket.js';
export { beslistermijn, ${REGELS} } from './regels/regels.js';
`,

  'src/pakket.ts': `declare const __PAKKET_VERSIE__: string | undefined;

/**
 * This package's npm name and version (set at build time from package.json; \`0.0.0-bron\` when run from
 * source), for the receipt (\`Verantwoording\`) on every answer.
 *
 * @example
 * \`\`\`ts
 * import { PAKKET } from '${npmNaam}';
 * PAKKET.naam; //=> '${npmNaam}'
 * \`\`\`
 */
export const PAKKET = {
  naam: '${npmNaam}',
  versie: typeof __PAKKET_VERSIE__ === 'string' ? __PAKKET_VERSIE__ : '0.0.0-bron',
} as const;
`,

  'src/bronnen/bronnen.ts': `import { type Bron, bron } from '@schoolveiligheid/kern';

// The sources of this package, declared once each with kern's \`bron(wet, vindplaats)\`, so a law's title,
// identifier and link come from kern's WETTEN. Replace the example with one constant per article and lid this
// regulation rests on, with the dated consolidation read (\`versie\`) and an honest \`zekerheid\`.

/**
 * Awb art. 4:13 lid 2: a decision on a request is due within eight weeks when no statute sets a term. The
 * source of the example rule; flagged \`onbevestigd\` until the text is re-read.
 *
 * @example
 * \`\`\`ts
 * import { AWB_4_13_LID_2 } from '${npmNaam}';
 * AWB_4_13_LID_2.artikel; //=> 'art. 4:13 lid 2'
 * \`\`\`
 */
export const AWB_4_13_LID_2: Bron = /* @__PURE__ */ bron('awb', {
  artikel: '4:13',
  lid: 2,
  zekerheid: 'onbevestigd',
  toelichting:
    'Voorbeeldregel van de pakketgenerator: de redelijke termijn van Awb 4:13 (in ieder geval acht weken). Herlees de wettekst of vervang de regel.',
});

/**
 * The 2018 seed veiligheidsplan, source of the {@link SEED_2018_BELEID} preset. Name the section of each value
 * the preset takes from it.
 *
 * @example
 * \`\`\`ts
 * import { SEED_2018 } from '${npmNaam}';
 * SEED_2018.zekerheid; //=> 'secundair'
 * \`\`\`
 */
export const SEED_2018: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: '${titel}',
  zekerheid: 'secundair',
});
`,

  'src/regels/regels.ts': `import { type Duur, type Regel, type RegelRegister, regel, regelRegister } from '@schoolveiligheid/kern';
import { AWB_4_13_LID_2 } from '../bronnen/bronnen.js';

/**
 * The term in which the bevoegd gezag decides on a request: eight weeks (Awb 4:13 lid 2). The example rule of
 * the package generator: replace it with this regulation's first real rule, keeping the id scheme
 * \`${naam}.<begrip>.<naam>\` (vendors store policies by these ids), one value per \`geldigVanaf\` and a source on
 * every value. Legal numbers live here, never in decision code.
 *
 * @example
 * \`\`\`ts
 * import { beslistermijn } from '${npmNaam}';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beslistermijn, '2026-11-23').waarde; //=> { aantal: 8, eenheid: 'weken' }
 * \`\`\`
 */
export const beslistermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: '${regelId}',
  omschrijving: 'Termijn waarin het bevoegd gezag op een aanvraag beslist',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2009-10-01', waarde: { aantal: 8, eenheid: 'weken' }, bron: AWB_4_13_LID_2 }],
});

/**
 * The rules of \`${npmNaam}\` as one registry: ids unique, each starting with \`${naam}.\`. Every rule of the
 * package is listed here; policies are checked against it.
 *
 * @example
 * \`\`\`ts
 * import { ${REGELS} } from '${npmNaam}';
 * Object.keys(${REGELS}.regels); //=> ['${regelId}']
 * \`\`\`
 */
export const ${REGELS}: RegelRegister = /* @__PURE__ */ regelRegister('${naam}', [beslistermijn]);
`,

  'src/beleid/seed2018.ts': `import {
  type Beleid,
  type BeleidsControle,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import { SEED_2018 } from '../bronnen/bronnen.js';
import { ${REGELS} } from '../regels/regels.js';

/**
 * The 2018 seed veiligheidsplan as a policy preset: only the seed's own values, by rule id, each with the
 * section it comes from. The value below is the package generator's example (six weeks, stricter than the
 * statute's eight): replace it with the terms the seed itself sets for this regulation, and leave out what the
 * seed does not set.
 *
 * @example
 * \`\`\`ts
 * import { controleerBeleid, SEED_2018_BELEID } from '${npmNaam}';
 * controleerBeleid(SEED_2018_BELEID, '2026-11-23').bevindingen.map((b) => b.oordeel); //=> ['strenger']
 * \`\`\`
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: ${titel}',
  bron: SEED_2018,
  waarden: {
    '${regelId}': {
      waarde: { aantal: 6, eenheid: 'weken' }, // geen-rechtsgetal: the seed's own term (policy, not law)
      bron: SEED_2018,
      toelichting: 'Voorbeeldwaarde van de pakketgenerator; vervang door de termijn uit het veiligheidsplan.',
    },
  },
};

/**
 * Compares a policy (a stored \`Beleid\`, also of the pre-0.2 shape) with the law as this package ships it
 * today, at \`peildatum\`: kern's \`controleerBeleid\` with this package's registry {@link ${REGELS}}. Stricter
 * than the law is allowed; laxer or incomparable values are reported with both sources. Throws
 * \`BELEID_ONGELDIG\` when \`beleid\` is not a policy, \`ONGELDIGE_DATUM\` for a bad \`peildatum\`.
 *
 * @example
 * \`\`\`ts
 * import { controleerBeleid, SEED_2018_BELEID } from '${npmNaam}';
 * controleerBeleid(SEED_2018_BELEID, '2026-11-23').conform; //=> true
 * \`\`\`
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [${REGELS}]);
}
`,

  'src/codes/codes.ts': `import type { CodeCatalogus } from '@schoolveiligheid/kern';
import { AWB_4_13_LID_2 } from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue: typed as a record over the
// union, so a code without Dutch and English text is a compile error. Vendors store these codes: a contract.

/** Problems the procedure's handlers give when they refuse an event. */
export type ${Pascal}ProbleemCode = 'AANVRAAG_AL_ONTVANGEN' | 'GEEN_AANVRAAG' | 'DATUM_BUITEN_BEREIK';

/** Terms the procedure reports as running or overdue. */
export type ${Pascal}TermijnCode = 'BESLISSEN';

/** Next steps the procedure names. */
export type ${Pascal}StapCode = 'AANVRAAG_REGISTREREN' | 'BESLUIT_NEMEN';

/**
 * Catalogue of {@link ${Pascal}ProbleemCode}.
 *
 * @example
 * \`\`\`ts
 * import { ${CONST}_PROBLEEM_CODES } from '${npmNaam}';
 * ${CONST}_PROBLEEM_CODES.GEEN_AANVRAAG.en; //=> 'There is no request to decide on yet.'
 * \`\`\`
 */
export const ${CONST}_PROBLEEM_CODES: CodeCatalogus<${Pascal}ProbleemCode> = /* @__PURE__ */ Object.freeze({
  AANVRAAG_AL_ONTVANGEN: {
    nl: 'Dit dossier heeft al een aanvraag; open een nieuw dossier.',
    en: 'This dossier already has a request; open a new dossier.',
  },
  GEEN_AANVRAAG: {
    nl: 'Er is nog geen aanvraag om op te beslissen.',
    en: 'There is no request to decide on yet.',
  },
  DATUM_BUITEN_BEREIK: {
    nl: 'Voor deze datum kan de SDK de beslistermijn niet berekenen.',
    en: 'The SDK cannot compute the decision term for this date.',
  },
});

/**
 * Catalogue of {@link ${Pascal}TermijnCode}. The date itself is in the term (\`termijn.laatsteDag\`), with its trace.
 *
 * @example
 * \`\`\`ts
 * import { ${CONST}_TERMIJN_CODES } from '${npmNaam}';
 * ${CONST}_TERMIJN_CODES.BESLISSEN.bron?.wet; //=> 'awb'
 * \`\`\`
 */
export const ${CONST}_TERMIJN_CODES: CodeCatalogus<${Pascal}TermijnCode> = /* @__PURE__ */ Object.freeze({
  BESLISSEN: {
    nl: 'Beslis op de aanvraag binnen de beslistermijn.',
    en: 'Decide on the request within the decision term.',
    bron: AWB_4_13_LID_2,
  },
});

/**
 * Catalogue of {@link ${Pascal}StapCode}.
 *
 * @example
 * \`\`\`ts
 * import { ${CONST}_STAP_CODES } from '${npmNaam}';
 * ${CONST}_STAP_CODES.BESLUIT_NEMEN.nl; //=> 'Neem een besluit op de aanvraag en maak het bekend.'
 * \`\`\`
 */
export const ${CONST}_STAP_CODES: CodeCatalogus<${Pascal}StapCode> = /* @__PURE__ */ Object.freeze({
  AANVRAAG_REGISTREREN: {
    nl: 'Leg de ontvangst van de aanvraag vast, met de datum van ontvangst.',
    en: 'Record the receipt of the request, with the date it was received.',
  },
  BESLUIT_NEMEN: {
    nl: 'Neem een besluit op de aanvraag en maak het bekend.',
    en: 'Decide on the request and make the decision known.',
    bron: AWB_4_13_LID_2,
  },
});
`,

  'src/dossier/procedure.ts': `import {
  type Beleid,
  berekenTermijn,
  codeTekst,
  type Dossier,
  type Duur,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type Probleem,
  procedure,
  SchoolveiligheidFout,
  type TermijnUitkomst,
  termijnStatus,
  type WaardeOpPeildatum,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import {
  ${CONST}_PROBLEEM_CODES,
  ${CONST}_STAP_CODES,
  ${CONST}_TERMIJN_CODES,
  type ${Pascal}ProbleemCode,
  type ${Pascal}StapCode,
  type ${Pascal}TermijnCode,
} from '../codes/codes.js';
import { beslistermijn } from '../regels/regels.js';

// The procedure as data on kern's kernel: a header schema, an event schema (a discriminated union on \`type\`),
// the state of a new dossier and one handler per event type. Replace the example events (a request, documents,
// a decision) with the steps of this regulation; the kernel gives every procedure the same functions.

/**
 * Schema of the dossier header (\`kop\`). Extend it with what the procedure needs to know once: the school,
 * its calendar settings (kern's \`schoolkalenderInstellingenSchema\`), the policy in force.
 *
 * @example
 * \`\`\`ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { ${kopSchemaNaam} } from '${npmNaam}';
 * valideer(${kopSchemaNaam}, { id: 'aanvraag-1' }).ok; //=> true
 * \`\`\`
 */
export const ${kopSchemaNaam} = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\\d][a-z\\d-]*$/)
      .max(100)
      .meta({
        description:
          "The dossier's id in the vendor's system: lower-case letters, digits and hyphens; never a name or a BSN.",
      }),
  })
  .meta({ description: 'Header of a ${naam} dossier: which dossier.' });

/**
 * Schema of the events of a ${naam} dossier, discriminated on \`type\`. Each event carries the date it
 * happened (the order key) and the role that acted; never free text that could hold personal data.
 *
 * @example
 * \`\`\`ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { ${gebeurtenisSchemaNaam} } from '${npmNaam}';
 * valideer(${gebeurtenisSchemaNaam}, { type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' }).ok; //=> true
 * \`\`\`
 */
export const ${gebeurtenisSchemaNaam} = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('aanvraag-ontvangen'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['ouders', 'leerling', 'medewerker']),
      })
      .meta({ description: 'The school received a request on datum, from rol; the decision term starts.' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('stuk-ontvangen'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['ouders', 'leerling', 'medewerker', 'directeur']),
      })
      .meta({ description: 'A document for the request was received on datum, from rol.' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('besluit-genomen'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['bevoegd-gezag', 'directeur']),
      })
      .meta({ description: 'The bevoegd gezag decided on datum; the dossier closes.' }),
  ])
  .meta({ description: 'An event of a ${naam} dossier, discriminated on type.' });

/** The header of a ${naam} dossier. */
export type ${Pascal}Kop = z.infer<typeof ${kopSchemaNaam}>;

/** An event of a ${naam} dossier. */
export type ${Pascal}Gebeurtenis = z.infer<typeof ${gebeurtenisSchemaNaam}>;

/** A stored ${naam} dossier: plain JSON, the state is derived. */
export type ${Pascal}Dossier = Dossier<${Pascal}Kop, ${Pascal}Gebeurtenis>;

/** The state derived from the events. */
export interface ${Pascal}Toestand {
  /** When the request was received. */
  readonly ontvangenOp: IsoDatum | null;
  /** How many documents came in after the request. */
  readonly stukken: number;
  /** When the decision was taken; the dossier is closed from then on. */
  readonly besluitOp: IsoDatum | null;
}

/** Options of \`openTermijnen\` and \`volgendeStappen\`. */
export interface ${Pascal}Opties {
  /** The school's policy, when it sets its own values (see \`SEED_2018_BELEID\`). */
  readonly beleid?: Beleid;
}

const probleem = (code: ${Pascal}ProbleemCode): Probleem => ({
  code,
  pad: ['type'],
  melding: codeTekst(${CONST}_PROBLEEM_CODES, code),
});

/** The decision term of a request received on \`datum\`; undefined where it cannot be computed (calendar range). */
function beslistermijnVan(
  datum: IsoDatum,
  beleid: Beleid | undefined,
): { readonly regel: WaardeOpPeildatum<Duur>; readonly termijn: TermijnUitkomst } | undefined {
  const waarde = zoekWaardeVoor(beslistermijn, datum, beleid);
  if (!waarde) return undefined;
  try {
    const termijn = berekenTermijn({
      gebeurtenis: datum,
      duur: waarde.waarde,
      grondslag: 'nl-wet',
      bron: waarde.bron,
    });
    return { regel: waarde, termijn };
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return undefined;
    throw e;
  }
}

/**
 * The ${naam} procedure on kern's kernel: \`nieuwDossier\`, \`verwerk\` (typed events), \`verwerkJson\` (stored
 * JSON), \`verwerkAlle\` (a batch), \`herspeel\`, \`leesDossier\`, \`toestand\`,
 * \`openTermijnen(dossier, nu, { beleid })\`, \`volgendeStappen(dossier)\` and the batch sweep \`openTermijnenVanAlle\`.
 *
 * @example
 * \`\`\`ts
 * import { ${procedureNaam} } from '${npmNaam}';
 * const d = ${procedureNaam}.nieuwDossier({ id: 'aanvraag-1' });
 * const na = d.ok ? ${procedureNaam}.verwerk(d.waarde, { type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' }) : d;
 * const termijnen = na.ok ? ${procedureNaam}.openTermijnen(na.waarde, '2026-12-01T09:00:00+01:00') : [];
 * termijnen.map((t) => [t.code, t.termijn?.laatsteDag]); //=> [['BESLISSEN', '2027-01-04']]
 * \`\`\`
 */
export const ${procedureNaam} = /* @__PURE__ */ procedure<
  ${Pascal}Kop,
  ${Pascal}Gebeurtenis,
  ${Pascal}Toestand,
  ${Pascal}Opties,
  ${Pascal}TermijnCode,
  ${Pascal}StapCode
>({
  naam: '${naam}',
  versie: 1,
  kop: ${kopSchemaNaam},
  gebeurtenis: ${gebeurtenisSchemaNaam},
  begin: () => ({ ontvangenOp: null, stukken: 0, besluitOp: null }),
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.besluitOp !== null,
  overgangen: {
    'aanvraag-ontvangen': {
      controleer: (t, g) =>
        t.ontvangenOp !== null
          ? [probleem('AANVRAAG_AL_ONTVANGEN')]
          : beslistermijnVan(g.datum, undefined)
            ? []
            : [probleem('DATUM_BUITEN_BEREIK')],
      pasToe: (t, g) => ({ ...t, ontvangenOp: g.datum }),
    },
    'stuk-ontvangen': {
      controleer: (t) => (t.ontvangenOp === null ? [probleem('GEEN_AANVRAAG')] : []),
      pasToe: (t) => ({ ...t, stukken: t.stukken + 1 }),
    },
    'besluit-genomen': {
      controleer: (t) => (t.ontvangenOp === null ? [probleem('GEEN_AANVRAAG')] : []),
      pasToe: (t, g) => ({ ...t, besluitOp: g.datum }),
    },
  },
  openTermijnen: (t, _kop, nu, opties) => {
    if (t.ontvangenOp === null || t.besluitOp !== null) return [];
    const berekend = beslistermijnVan(t.ontvangenOp, opties.beleid);
    if (!berekend) {
      // outside the calendar range: the duty stands, its date cannot be computed
      return [
        {
          code: 'BESLISSEN',
          rol: 'bevoegd-gezag',
          tekst: codeTekst(${CONST}_TERMIJN_CODES, 'BESLISSEN'),
        },
      ];
    }
    const { regel, termijn } = berekend;
    return [
      {
        code: 'BESLISSEN',
        rol: 'bevoegd-gezag',
        tekst: codeTekst(${CONST}_TERMIJN_CODES, 'BESLISSEN'),
        bron: regel.bron,
        termijn,
        status: termijnStatus(termijn, nu),
      },
    ];
  },
  volgendeStappen: (t) => {
    if (t.ontvangenOp === null)
      return [
        {
          code: 'AANVRAAG_REGISTREREN',
          rol: 'directeur',
          tekst: codeTekst(${CONST}_STAP_CODES, 'AANVRAAG_REGISTREREN'),
        },
      ];
    if (t.besluitOp !== null) return [];
    return [
      {
        code: 'BESLUIT_NEMEN',
        rol: 'bevoegd-gezag',
        tekst: codeTekst(${CONST}_STAP_CODES, 'BESLUIT_NEMEN'),
        bron: beslistermijn.waarden[0]!.bron,
        termijnCode: 'BESLISSEN',
      },
    ];
  },
});
`,

  'src/dossier/procedure.test.ts': `import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { ${procedureNaam} } from './procedure.js';

/** The input of a worked case in fixtures/voorbeeld.json: a stored dossier, the moment, the policy if any. */
interface Invoer {
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
  readonly beleid?: 'seed-2018';
}

// Each case replays a stored dossier and states its open terms and next steps, or why it was refused.
draaiFixtures<Invoer>(new URL('../../fixtures/voorbeeld.json', import.meta.url), (invoer) => {
  const r = ${procedureNaam}.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
  const opties = invoer.beleid === 'seed-2018' ? { beleid: SEED_2018_BELEID } : {};
  return {
    termijnen: ${procedureNaam}.openTermijnen(r.waarde, invoer.nu, opties).map((t) => ({
      code: t.code,
      rol: t.rol,
      laatsteDag: t.termijn?.laatsteDag,
      verlengdDoorAtw: t.termijn?.verlengdDoorAtw,
      fase: t.status?.fase,
    })),
    stappen: ${procedureNaam}.volgendeStappen(r.waarde, opties).map((s) => s.code),
  };
});
`,

  'src/dossier/procedure.prop.test.ts': `import type { IsoDatum } from '@schoolveiligheid/kern';
import { dossierWetten, isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { ${procedureNaam} } from './procedure.js';

// The generic dossier laws (replay, JSON round trip, time order, closing, no throw, no echo, fold count) on
// generators of stored dossiers. Extend the event generator with every event type the procedure gets.

/** Stored headers: mostly valid ids, sometimes not. */
const kop = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id })), weight: 9 },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

/** One stored event on \`datum\`, of any type. */
const gebeurtenis = (datum: IsoDatum) =>
  fc.oneof(
    fc.record({
      type: fc.constant('aanvraag-ontvangen'),
      datum: fc.constant(datum),
      rol: fc.constantFrom('ouders', 'leerling', 'medewerker'),
    }),
    fc.record({
      type: fc.constant('stuk-ontvangen'),
      datum: fc.constant(datum),
      rol: fc.constantFrom('ouders', 'directeur'),
    }),
    fc.record({
      type: fc.constant('besluit-genomen'),
      datum: fc.constant(datum),
      rol: fc.constantFrom('bevoegd-gezag', 'directeur'),
    }),
  );

/** Event lists in date order (the laws also offer them out of order and with junk). */
const gebeurtenissen = fc
  .array(isoDatum(), { maxLength: 8 })
  .chain((data) => fc.tuple(...[...data].sort().map(gebeurtenis)));

/** n events accepted one after another: a request, then documents. */
const reeks = (n: number) =>
  fc.array(isoDatum(), { minLength: n, maxLength: n }).map((data) =>
    [...data].sort().map((datum, i) => ({
      type: i === 0 ? 'aanvraag-ontvangen' : 'stuk-ontvangen',
      datum,
      rol: 'ouders',
    })),
  );

dossierWetten(${procedureNaam}, { kop, gebeurtenissen, reeks });
`,

  'bench/schaal.bench.ts': `// Benchmark (issue 8): the cost of a ${naam} dossier grows linearly with its events. Run: \`npm run bench\`.
// A dossier of n = 10 to 10,000 events imported with verwerkAlle (one batch): the kernel folds each event once
// (counted with the test kit's telVouwen) and copies the list once; the exit code is non-zero when the count is
// off or the time per event grows more than 3x. (Appending one event with verwerk copies the frozen list, so n
// single appends copy n times; the tests count their folds.) Replace the events with the regulation's own when
// the procedure grows.
import { bouwDossierInEens, meetSchaal, telVouwen } from '@schoolveiligheid/testkit';
import { ${procedureNaam} } from '../src/index.js';

const teller = telVouwen(${procedureNaam});

/** n events accepted one after another, on one day: a request, then documents. */
const reeks = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: i === 0 ? 'aanvraag-ontvangen' : 'stuk-ontvangen',
    datum: '2026-09-01',
    rol: 'ouders',
  }));

const uitkomst = meetSchaal({
  naam: '${naam}: a dossier of n events, imported with verwerkAlle (work = fold calls)',
  eenheid: 'event',
  maten: [10, 100, 1_000, 10_000],
  meet: (n) => {
    const gebeurtenissen = reeks(n);
    teller.nul();
    bouwDossierInEens(teller.procedure, { id: 'bench' }, gebeurtenissen);
    return teller.aantal;
  },
});

if (uitkomst.fouten.length > 0) process.exitCode = 1;
`,

  'src/fuzz.test.ts': `// The fuzz property over every export of this package, discovered at run time (a new export is covered
// without touching this file): no untyped throw, no injected personal data in any message or \`details\`, the
// same answer under three time zones; fixed seed (issue 8). Add valid argument lists to \`voorbeelden\` so the
// fuzz reaches the code behind the validation, and pin each bug it finds as a worked test.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { SEED_2018_BELEID } from './index.js';

describe('fuzz: every export of ${npmNaam}', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [[SEED_2018_BELEID, '2026-12-02'], [SEED_2018_BELEID, null], [null, '2026-12-02']],
  });
});
`,

  'src/schemas.test.ts': `// Every exported schema converts to JSON Schema and documents itself (issue 7 item 7).
import { jsonSchemaWetten } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';

describe('JSON Schema of every exported schema', () => {
  jsonSchemaWetten(pakket, ['${kopSchemaNaam}', '${gebeurtenisSchemaNaam}']);
});
`,

  'src/voorbeelden.test.ts': `import * as kern from '@schoolveiligheid/kern';
import { draaiVoorbeelden } from '@schoolveiligheid/testkit';
import * as z from 'zod/v4';
import * as pakket from './index.js';

// Runs every TSDoc @example of this package (lines \`expr; //=> value\` assert) and checks that every exported
// value has one.
draaiVoorbeelden(new URL('.', import.meta.url), {
  '${npmNaam}': pakket,
  '@schoolveiligheid/kern': kern,
  'zod/v4': z,
});
`,

  'fixtures/voorbeeld.json': json([
    {
      naam: 'aanvraag op vrijdag 6 november 2026: de 8 weken eindigen op Nieuwjaarsdag, de Atw verlengt tot maandag 4 januari 2027',
      bron: 'Awb art. 4:13 lid 2 (8 weken); Algemene termijnenwet art. 1 lid 1 en art. 3 lid 1 (Nieuwjaarsdag, zaterdag en zondag)',
      peildatum: '2026-11-06',
      invoer: {
        kop: { id: 'aanvraag-1' },
        gebeurtenissen: [{ type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' }],
        nu: '2026-12-01T09:00:00+01:00',
      },
      verwacht: {
        termijnen: [
          {
            code: 'BESLISSEN',
            rol: 'bevoegd-gezag',
            laatsteDag: '2027-01-04',
            verlengdDoorAtw: true,
            fase: 'lopend',
          },
        ],
        stappen: ['BESLUIT_NEMEN'],
      },
    },
    {
      naam: 'met het seed-beleid (6 weken) verloopt de termijn op vrijdag 18 december 2026',
      bron: 'SEED_2018_BELEID (voorbeeldwaarde van de pakketgenerator: 6 weken); Algemene termijnenwet art. 1 (geen verlenging op een vrijdag)',
      peildatum: '2026-11-06',
      invoer: {
        kop: { id: 'aanvraag-2' },
        gebeurtenissen: [{ type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' }],
        nu: '2026-12-21T09:00:00+01:00',
        beleid: 'seed-2018',
      },
      verwacht: {
        termijnen: [
          {
            code: 'BESLISSEN',
            rol: 'bevoegd-gezag',
            laatsteDag: '2026-12-18',
            verlengdDoorAtw: false,
            fase: 'verlopen',
          },
        ],
        stappen: ['BESLUIT_NEMEN'],
      },
    },
    {
      naam: 'na het besluit loopt er niets meer',
      bron: 'Awb art. 4:13 (de termijn eindigt met de beschikking)',
      peildatum: '2026-11-06',
      invoer: {
        kop: { id: 'aanvraag-3' },
        gebeurtenissen: [
          { type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' },
          { type: 'besluit-genomen', datum: '2026-12-10', rol: 'bevoegd-gezag' },
        ],
        nu: '2026-12-21T09:00:00+01:00',
      },
      verwacht: { termijnen: [], stappen: [] },
    },
    {
      naam: 'een besluit zonder aanvraag wordt geweigerd',
      bron: 'Awb art. 4:13 (een beschikking op aanvraag veronderstelt een aanvraag)',
      peildatum: '2026-11-06',
      invoer: {
        kop: { id: 'aanvraag-4' },
        gebeurtenissen: [{ type: 'besluit-genomen', datum: '2026-12-10', rol: 'bevoegd-gezag' }],
        nu: '2026-12-21T09:00:00+01:00',
      },
      verwacht: { problemen: ['GEEN_AANVRAAG'] },
    },
  ]),
};

const docs = `---
title: ${titel}
---

# ${titel} (\`${npmNaam}\`)

_English summary at the end._

Deze gids is een stub van \`npm run nieuw-pakket -- ${naam}\`. Vervang hem door de gids van de regeling: wat het pakket
modelleert, een uitgewerkt geval van begin tot eind, en de bronnen (artikel, lid, de gelezen versie en de zekerheid).

## 1. Het dossier

Een dossier is een lijst gebeurtenissen; de toestand wordt afgeleid. Uw applicatie bewaart het dossier (gewoon JSON)
en geeft \`nu\` mee; het pakket leest geen klok.

\`\`\`ts
import { ${procedureNaam} } from '${npmNaam}';

const d = ${procedureNaam}.nieuwDossier({ id: 'aanvraag-1' });
const na = d.ok ? ${procedureNaam}.verwerk(d.waarde, { type: 'aanvraag-ontvangen', datum: '2026-11-06', rol: 'ouders' }) : d;
if (na.ok) {
  const [termijn] = ${procedureNaam}.openTermijnen(na.waarde, '2026-12-01T09:00:00+01:00');
  // termijn.termijn.laatsteDag === '2027-01-04': 8 weken eindigen op Nieuwjaarsdag, de Atw verlengt tot maandag
}
\`\`\`

## 2. Regels en beleid

De voorbeeldregel \`${regelId}\` (Awb 4:13 lid 2) staat in \`${REGELS}\`. \`SEED_2018_BELEID\` slaat alleen de eigen
waarden van het veiligheidsplan op; \`controleerBeleid(beleid, peildatum)\` vergelijkt elk beleid met de wet zoals dit
pakket hem vandaag levert.

## English summary

A stub written by the package generator. Replace it with the guide of the regulation: what the package models, a
worked case from start to end, and the legal sources with their certainty.
`;

const voorbeeld = `// Worked scenarios of ${npmNaam}, read from the package's own fixtures (fixtures/voorbeeld.json), so the
// demo and the tests show the same cases.
import type { Tijdstip } from '@schoolveiligheid/kern';
import { ${procedureNaam}, SEED_2018_BELEID } from '${npmNaam}';
import gevallen from '../packages/${naam}/fixtures/voorbeeld.json' with { type: 'json' };

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\\n== ${npmNaam} ==');
  for (const geval of gevallen) {
    console.log(\`\\n- \${geval.naam} (bron: \${geval.bron})\`);
    const r = ${procedureNaam}.herspeel(geval.invoer.kop, geval.invoer.gebeurtenissen);
    if (!r.ok) {
      for (const p of r.problemen) console.log(\`  geweigerd: [\${p.code}] \${p.melding}\`);
      continue;
    }
    const opties = 'beleid' in geval.invoer ? { beleid: SEED_2018_BELEID } : {};
    for (const t of ${procedureNaam}.openTermijnen(r.waarde, geval.invoer.nu as Tijdstip, opties))
      console.log(\`  termijn [\${t.code}] \${t.tekst}\${t.status ? \` (\${t.status.tekst})\` : ''}\`);
    for (const s of ${procedureNaam}.volgendeStappen(r.waarde, opties))
      console.log(\`  stap [\${s.code}] \${s.rol}: \${s.tekst}\`);
  }
  return gevallen.length;
}
`;

// --- write ----------------------------------------------------------------------------------------------------

const geschreven = [];
function schrijf(pad, inhoud) {
  const vol = join(args.doel, pad);
  mkdirSync(dirname(vol), { recursive: true });
  writeFileSync(vol, inhoud);
  geschreven.push(pad);
}

const pakketMap = join('packages', naam);
for (const [pad, inhoud] of Object.entries(bestanden)) schrijf(join(pakketMap, pad), inhoud);
const docPad = join('docs', `${naam}.md`);
if (existsSync(join(args.doel, docPad))) stop(`${docPad} already exists; remove it or choose another name.`);
schrijf(docPad, docs);

// --- wiring -----------------------------------------------------------------------------------------------------

const overgeslagen = [];
function wijzig(pad, wijziging) {
  const vol = join(args.doel, pad);
  if (!existsSync(vol)) {
    overgeslagen.push(pad);
    return;
  }
  const oud = readFileSync(vol, 'utf8');
  const nieuw = wijziging(oud);
  if (nieuw !== oud) {
    writeFileSync(vol, nieuw);
    geschreven.push(`${pad} (wired)`);
  }
}

// typedoc.json: the entry point (unless a glob already covers it) and the documentation requirement
wijzig('typedoc.json', (tekst) => {
  const td = JSON.parse(tekst);
  const ingang = `packages/${naam}/src/index.ts`;
  const gedekt = (td.entryPoints ?? []).some(
    (e) => e === ingang || new RegExp(`^${e.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(ingang),
  );
  if (!gedekt) td.entryPoints = [...(td.entryPoints ?? []), ingang];
  if (
    Array.isArray(td.packagesRequiringDocumentation) &&
    !td.packagesRequiringDocumentation.includes(npmNaam)
  )
    td.packagesRequiringDocumentation.push(npmNaam);
  return json(td);
});

// scripts/size-budgets.json: the whole package, a first estimate from kern's whole-package budget
wijzig(join('scripts', 'size-budgets.json'), (tekst) => {
  const sb = JSON.parse(tekst);
  if (sb.budgets.some((b) => b.package === naam)) return tekst;
  const kernGeheel = sb.budgets.find((b) => b.package === 'kern' && b.exports === '*');
  const bytes = Math.round(((kernGeheel?.gzipBytes ?? 128_000) * 1.1) / 100) * 100;
  sb.budgets.push({
    name: `${naam}: whole package`,
    package: naam,
    exports: '*',
    gzipBytes: bytes,
    basis: `first estimate by the package generator (1.1 x kern's whole-package budget); measure after the first build and set ~1.2 x the measured size`,
    mustNotAppear: [],
  });
  return json(sb);
});

// README.md: a line in the packages table
wijzig('README.md', (tekst) => {
  if (tekst.includes(`[\`${npmNaam}\`]`)) return tekst;
  const regels = tekst.split('\n');
  const laatste = regels.findLastIndex((r) => r.startsWith('| [`@schoolveiligheid/'));
  if (laatste < 0) {
    overgeslagen.push('README.md (no packages table found)');
    return tekst;
  }
  regels.splice(
    laatste + 1,
    0,
    `| [\`${npmNaam}\`](packages/${naam}/README.md) | ${omschrijving.replace(/\|/g, '\\|')} |`,
  );
  return regels.join('\n');
});

// examples/: the demo reads the package's fixtures
if (existsSync(join(args.doel, 'examples', 'demo.ts'))) {
  schrijf(join('examples', `${naam}.ts`), voorbeeld);
  wijzig(join('examples', 'demo.ts'), (tekst) => {
    const regels = tekst.split('\n');
    const laatsteImport = regels.findLastIndex((r) => r.startsWith('import '));
    regels.splice(laatsteImport + 1, 0, `import { toon as ${camel} } from './${naam}.js';`);
    // the demo's table of packages: const DEMO = [ { pakket, toon }, ... ];
    const begin = regels.findIndex((r) => r.startsWith('const DEMO'));
    const einde = begin < 0 ? -1 : regels.findIndex((r, i) => i > begin && r.startsWith('];'));
    if (einde < 0) {
      overgeslagen.push('examples/demo.ts (no DEMO table found)');
      return tekst;
    }
    regels.splice(einde, 0, `  { pakket: '${naam}', toon: ${camel} },`);
    return regels.join('\n');
  });
} else overgeslagen.push('examples/demo.ts');

// The templates are formatted for a short name; the repository's own biome (when installed) re-wraps the lines
// a longer name makes too long, so \`biome check .\` passes right after generation.
const biome = [args.doel, BRON_WORTEL]
  .map((w) => join(w, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'))
  .find((b) => existsSync(b));
const teFormatteren = geschreven.map((p) => p.replace(/ \(wired\)$/, '')).filter((p) => p.endsWith('.ts'));
if (biome && existsSync(join(args.doel, 'biome.json'))) {
  const r = spawnSync(process.execPath, [biome, 'format', '--write', ...teFormatteren], {
    cwd: args.doel,
    encoding: 'utf8',
  });
  if (r.status !== 0) console.warn(`nieuw-pakket: biome format did not succeed:\n${r.stdout}${r.stderr}`);
} else console.warn('nieuw-pakket: biome not found; run `npm run format` before committing.');

console.log(`nieuw-pakket: ${npmNaam} in ${relative(process.cwd(), join(args.doel, pakketMap)) || '.'}`);
for (const pad of geschreven) console.log(`  ${pad}`);
for (const pad of overgeslagen) console.log(`  (not wired: ${pad} not found)`);
console.log(`
Next:
  1. npm run lock                 link the new workspace package (npm install) and fix the lockfile
  2. npm run build && (cd packages/${naam} && npm test)
  3. replace the example rule, sources, seed values, events and fixtures with the regulation's own;
     measure the bundle and set its budget in scripts/size-budgets.json; add a changeset at the first release`);
