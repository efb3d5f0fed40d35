// Issue 8 item 6: the fuzz property over every export of datalek, discovered at run time (a new export is
// covered without touching this file). No untyped throw, no injected personal data in any message or
// `details`, the same answer under three time zones; fixed seeds. Every datalek input the issue lists is an
// explicit example (fuzz/voorbeelden.ts), with valid stored values mutated deep inside, which plain fuzz
// rarely builds; each bug it found is a worked test in fuzz/bevindingen.test.ts.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import {
  bouwDossier,
  diepGenest,
  gemuteerdeVoorbeelden,
  INCIDENT,
  NU,
  PEILDATUM_MET_NAAM,
  volledigeGebeurtenissen,
  voorbeeldInvoer,
} from './fuzz/voorbeelden.js';
import * as datalek from './index.js';

/**
 * The true builders: on success they return the caller's own data, validated (a registration, a message, a
 * form, a dossier and its state), so the echo check does not apply to their `waarde`. Their refusals must
 * still never repeat the input: fuzzExports checks them, and for the dossier functions the dossier laws too.
 */
const BOUWERS = [
  'valideerIncident',
  'valideerKennisgeving',
  'controleerApMelding',
  'nieuwDossier',
  'verwerk',
  'verwerkJson',
  'verwerkAlle',
  'herspeel',
  'leesDossier',
  'vanOudeVorm',
  'toestand',
  // issue 10 item 3: the analysis with its record of why, and the school's own register of every breach
  'analyseer',
  'registerRegels',
  'registerCsv',
  'registerCsvRegels',
] as const;

/** Issue 10 item 3: the analysis with a decision against the assessment, the message, the register rows. */
function recordVanWaarom(): unknown[][] {
  const gemeld = bouwDossier(volledigeGebeurtenissen().slice(0, 1));
  const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' };
  const analyse = { tijdstip: NU, door: pf, besluit: { meldplichtAP: false } };
  const gemotiveerd = { ...analyse, motivering: PEILDATUM_MET_NAAM };
  const afwijkend = bouwDossier([]);
  return [
    [gemeld, analyse],
    [gemeld, gemotiveerd],
    [gemeld, { ...analyse, motivering: diepGenest() }],
    [gemeld, { ...analyse, besluit: { risico: PEILDATUM_MET_NAAM } }],
    [gemeld, { ...analyse, besluit: null }],
    [gemeld, { ...analyse, incident: { ...INCIDENT, omschrijving: diepGenest() } }],
    [afwijkend, analyse],
    [gemeld, null],
    [{ isDatalek: true }, { isDatalek: PEILDATUM_MET_NAAM }],
    [[gemeld, JSON.stringify(gemeld), 'kapot', null]],
    [[gemeld], { van: PEILDATUM_MET_NAAM }],
  ];
}

const voorbeelden = [
  ...voorbeeldInvoer(),
  ...recordVanWaarom(),
  ...gemuteerdeVoorbeelden(process.env.CI ? 200 : 60),
];

describe('fuzz: every export of datalek (issue 8 item 6)', () => {
  fuzzExports(datalek, { foutKlasse: SchoolveiligheidFout, bouwers: BOUWERS, voorbeelden });
});
