// Test support (not exported from the package): argument lists for the fuzz of every export (fuzz.test.ts):
// valid inputs, so the fuzz reaches the code behind the validation, the same inputs with personal text in
// their free fields, and misuse (null, a wrong type where an object or a calendar is expected).
import { schoolkalender, type Tijdstip } from '@schoolveiligheid/kern';
import oud from '../../fixtures/dossier-v1.json' with { type: 'json' };
import oudeSeed from '../../fixtures/seed-2018-beleid-v1.json' with { type: 'json' };
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { herspeel } from '../dossier/dossier.js';
import type { Gebeurtenis } from '../dossier/gebeurtenissen.js';
import { SCHORSINGSBRIEF, SCHORSINGSPROCEDURE, VERWIJDERINGSBRIEF } from '../testhulp/fixtures.js';

/** The personal text the fuzz injects (testkit FUZZ_MARKERS). */
export const PERSOONLIJK = 'Jan Jansen 111222333 jan.jansen@example.nl';

/** One instant for the terms. */
export const NU: Tijdstip = '2026-02-16T09:00:00+01:00';

export const KOP = {
  id: 'dossier-fuzz',
  leerling: 'leerling-1',
  denominatie: 'openbaar',
  kalender: { regio: 'noord' },
} as const;

/** The schorsing of the dossier fixtures (seed E.2 Schorsing, steps 1-5) and the parents' bezwaar against it. */
export const GEBEURTENISSEN: readonly Gebeurtenis[] = [
  ...SCHORSINGSPROCEDURE,
  { type: 'bezwaar-ingediend', datum: '2026-01-12', tegen: 'schorsing' },
];

export const VERBOD = {
  betrokkene: 'ouder-1',
  datum: '2026-02-02',
  reikwijdte: 'schoolplein',
  schriftelijk: true,
  reden: 'Intimiderend gedrag.',
  van: '2026-02-02',
  tot: '2026-03-02',
  wijkagent: { geinformeerd: true, kopieBrief: true },
} as const;

export const SCHORSING_INVOER = {
  ingangsdatum: '2026-02-03',
  duur: { aantal: 3, eenheid: 'schooldagen' },
  kalender: schoolkalender({ regio: 'noord' }),
} as const;

export const BEZWAAR_INVOER = {
  denominatie: 'openbaar',
  tegen: 'verwijdering',
  bekendmaking: '2026-04-02',
  bezwaarOntvangen: '2026-05-11',
} as const;

export const VOORWAARDEN = {
  denominatie: 'openbaar',
  gehoord: { leerkracht: true, ouders: true, leerling: true },
  onderzoeksdossier: true,
  voornemenBekendgemaakt: true,
  ontvangendeSchool: true,
} as const;

/** Electronic sending and receipt (Awb afdeling 2.3) and the repair pause of Awb 7:10 lid 2 (issue 11). */
export const BEKENDMAKING_INVOER = {
  denominatie: 'openbaar',
  verzonden: '2026-03-06',
  wijze: 'elektronisch',
  elektronisch: {
    kanaal: 'eigen-adres',
    moment: '2026-03-07T00:05:00+01:00',
    bereikbaar: 'uitdrukkelijk-kenbaar',
  },
} as const;

export const ONTVANGST_INVOER = {
  denominatie: 'openbaar',
  ontvangen: '2026-03-09',
  moment: '2026-03-09T21:30:00+01:00',
  kanaalGeopend: false,
} as const;

/** A dossier with an electronic letter, an electronic bezwaar and a repaired omission. */
export const ELEKTRONISCH: readonly Gebeurtenis[] = [
  {
    type: 'schorsing-besloten',
    datum: '2026-03-05',
    ingangsdatum: '2026-03-05',
    duur: { aantal: 2, eenheid: 'schooldagen' },
  },
  { type: 'schorsingsbrief-verzonden', datum: '2026-03-06', ...BEKENDMAKING_INVOER },
  {
    type: 'bezwaar-ingediend',
    datum: '2026-03-09',
    tegen: 'schorsing',
    elektronisch: { moment: '2026-03-09T21:30:00+01:00', kanaalGeopend: true },
  },
  {
    type: 'verzuim-herstel-gevraagd',
    datum: '2026-03-10',
    tegen: 'schorsing',
    hersteltermijnTot: '2026-03-24',
  },
  { type: 'verzuim-hersteld', datum: '2026-03-17', tegen: 'schorsing' },
];

/** The argument lists tried on every export before the random ones. */
export function voorbeeldInvoer(): unknown[][] {
  const kalender = schoolkalender({ regio: 'midden' });
  const dossier = herspeel(KOP, GEBEURTENISSEN);
  const d = dossier.ok ? dossier.waarde : undefined;
  const metNaam = { ...KOP, id: PERSOONLIJK, leerling: PERSOONLIJK };
  return [
    [],
    [null],
    [null, null],
    [undefined, NU],
    [{}],
    [{}, {}],
    [KOP],
    [metNaam],
    [KOP, GEBEURTENISSEN],
    [metNaam, GEBEURTENISSEN],
    [KOP, [{ ...GEBEURTENISSEN[3], registratienummer: PERSOONLIJK }]],
    [KOP, [{ type: 'schoolpleinverbod', datum: '2026-02-02', verbod: { ...VERBOD, reden: PERSOONLIJK } }]],
    [d],
    [d, NU],
    [d, PERSOONLIJK],
    [d, { type: 'gesprek', datum: PERSOONLIJK, onderwerp: 'bezwaar', deelnemers: ['ouders'] }],
    [d, JSON.stringify({ type: PERSOONLIJK, datum: '2026-02-20' })],
    [[d, JSON.stringify(d), PERSOONLIJK], NU],
    [JSON.stringify(d)],
    [oud],
    [{ ...oud, leerling: PERSOONLIJK }],
    [SCHORSING_INVOER],
    [{ ...SCHORSING_INVOER, kalender: { regio: 'noord' } }],
    [{ ...SCHORSING_INVOER, beleid: SEED_2018_BELEID, peildatum: '2026-02-03' }],
    [{ ...SCHORSING_INVOER, beleid: oudeSeed }],
    [{ ...SCHORSING_INVOER, duur: { aantal: PERSOONLIJK, eenheid: PERSOONLIJK } }],
    [{ ...SCHORSING_INVOER, ingangsdatum: PERSOONLIJK }],
    [BEZWAAR_INVOER],
    [{ ...BEZWAAR_INVOER, denominatie: PERSOONLIJK, tegen: PERSOONLIJK }],
    [{ ...BEZWAAR_INVOER, denominatie: 'bijzonder', geschilGpo: { ingediend: '2026-04-10' } }],
    [VOORWAARDEN],
    [{ ...VOORWAARDEN, denominatie: PERSOONLIJK, gehoord: null }],
    [VERBOD],
    [VERBOD, '2026-02-10'],
    [{ ...VERBOD, reden: PERSOONLIJK }, '2026-02-10'],
    [VERBOD, PERSOONLIJK],
    [SCHORSINGSBRIEF, { kalender }],
    [{ ...SCHORSINGSBRIEF, leerling: PERSOONLIJK }, { kalender }],
    [SCHORSINGSBRIEF, { kalender: null }],
    [SCHORSINGSBRIEF, {}],
    [SCHORSINGSBRIEF],
    [VERWIJDERINGSBRIEF, { kalender }],
    [VERWIJDERINGSBRIEF, { kalender, beleid: SEED_2018_BELEID }],
    [VERWIJDERINGSBRIEF, null],
    [SEED_2018_BELEID, '2026-11-23'],
    [oudeSeed, '2026-11-23'],
    [SEED_2018_BELEID, PERSOONLIJK],
    [{ ...SEED_2018_BELEID, naam: PERSOONLIJK }, '2026-11-23'],
    [{ aantal: 1, eenheid: 'weken' }],
    [{ aantal: 1, eenheid: 'weken' }, '2026-11-23', SEED_2018_BELEID],
    [{ aantal: 1, eenheid: PERSOONLIJK }],
    [BEKENDMAKING_INVOER],
    [
      {
        ...BEKENDMAKING_INVOER,
        elektronisch: { ...BEKENDMAKING_INVOER.elektronisch, kanaal: PERSOONLIJK, moment: PERSOONLIJK },
      },
    ],
    [{ ...BEKENDMAKING_INVOER, wijze: PERSOONLIJK, verzonden: PERSOONLIJK }],
    [ONTVANGST_INVOER],
    [{ ...ONTVANGST_INVOER, kanaalGeopend: PERSOONLIJK, moment: PERSOONLIJK }],
    [
      {
        ...BEZWAAR_INVOER,
        tegen: 'schorsing',
        verzuimherstel: [{ gevraagdOp: '2026-05-12', termijnTot: '2026-05-26' }],
      },
    ],
    [
      {
        ...BEZWAAR_INVOER,
        tegen: 'schorsing',
        verzuimherstel: [{ gevraagdOp: PERSOONLIJK, termijnTot: PERSOONLIJK }],
      },
    ],
    [KOP, ELEKTRONISCH],
    [KOP, [...ELEKTRONISCH.slice(0, 1), { ...ELEKTRONISCH[1], elektronisch: { kanaal: PERSOONLIJK } }]],
    [{ regio: 'noord' }],
    [{ kalender: { regio: 'noord' } }],
    [{ kalender: { regio: PERSOONLIJK } }],
  ];
}
