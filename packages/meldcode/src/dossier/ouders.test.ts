// "In gesprek met ouders" at every step of the meldcode route. Source of every expected answer: the 2018
// veiligheidsplan (seed 004), "Stappen in de ondersteuningsroute": "In het primair onderwijs gaat het hier, naast
// het kind, ook altijd om de ouders ... Scholen blijven ook gedurende het gehele traject in gesprek met het kind
// en de ouders. Om die reden komt 'in gesprek met ouders' bij elke stap in het schema terug", with stap 1
// (signalen met ouders bespreken), stap 3 (informatie uit het gesprek met de ouders; ouders eventueel aanwezig),
// stap 4 (wie de ouders informeert) and stap 5 (effecten volgen met leerkracht en ouders). The exception: the
// school's veiligheidsplan (seed 000), "Zorggesprekken", "Eergerelateerd geweld" and "Disclosure": no talk with
// the parents when it could endanger the pupil; the aandachtsfunctionaris contacts Veilig Thuis directly.
import { describe, expect, it } from 'vitest';
import { MELDCODE_STAP_CODES, type MeldcodeStapCode } from '../codes/codes.js';
import { meldcodeProcedure, oudersPerStap } from './procedure.js';

const KOP = { id: 'meldcode-1', eindverantwoordelijke: 'directeur' } as const;
const signaal = {
  type: 'signaal-vastgelegd',
  datum: '2026-11-02',
  rol: 'leerkracht',
  herkomst: 'eigen-waarneming',
  feitelijk: true,
} as const;
const afweging = (antwoorden: object) => ({
  type: 'afweging-vastgelegd',
  datum: '2026-11-10',
  rol: 'aandachtsfunctionaris',
  antwoorden,
});
const besluit = (b: string) => ({
  type: 'besluit-genomen',
  datum: '2026-11-11',
  rol: 'directeur',
  besluit: b,
});
const melding = { type: 'melding-gedaan', datum: '2026-11-12', rol: 'aandachtsfunctionaris' };
const gevaar = (reden: string) => ({
  type: 'gevaar-vastgesteld',
  datum: '2026-11-02',
  rol: 'leerkracht',
  reden,
});

const gemeld = [signaal, afweging({ vermoeden: 'ja', veiligheid: 'ja' }), besluit('melden'), melding];
const hulp = [
  signaal,
  afweging({ vermoeden: 'ja', veiligheid: 'nee', hulpMogelijk: 'ja', hulpAanvaard: 'ja' }),
  besluit('hulp-organiseren'),
];

/** Per step: a logboek that makes it a next step, and what it asks of the parents (seed section). */
const GEVALLEN: readonly [MeldcodeStapCode, readonly unknown[], string, boolean, string][] = [
  ['SIGNALEN_VASTLEGGEN', [], 'OUDERS_SIGNALEN_BESPREKEN', true, 'seed 004 stap 1 Signaleren'],
  [
    'COLLEGIAAL_OVERLEGGEN',
    [signaal],
    'OUDERS_IN_GESPREK_BLIJVEN',
    true,
    'seed 004: gedurende het gehele traject',
  ],
  [
    'GESPREK_MET_LEERLING',
    [signaal],
    'OUDERS_GESPREK_VOEREN',
    true,
    'seed 004: naast het kind altijd de ouders',
  ],
  [
    'GESPREK_MET_OUDERS',
    [signaal],
    'OUDERS_GESPREK_VOEREN',
    true,
    'seed 004: naast het kind altijd de ouders',
  ],
  ['WEGEN_IN_ONDERSTEUNINGSTEAM', [signaal], 'OUDERS_IN_WEGING', true, 'seed 004 stap 3 Weging'],
  ['AFWEGINGSKADER_DOORLOPEN', [signaal], 'OUDERS_IN_WEGING', true, 'seed 004 stap 3-4'],
  ['BESLUIT_NEMEN', [signaal], 'OUDERS_BIJ_BESLUIT', true, 'seed 004 stap 4: wie de ouders informeert'],
  [
    'MELDEN_BIJ_VEILIG_THUIS',
    gemeld.slice(0, 3),
    'OUDERS_BIJ_BESLUIT',
    true,
    'seed 004 stap 4: de ouders over de melding',
  ],
  ['OUDERS_INFORMEREN', gemeld, 'OUDERS_BIJ_BESLUIT', true, 'seed 004 stap 4: wie de ouders informeert'],
  [
    'TERUGKOPPELING_NAVRAGEN',
    gemeld,
    'OUDERS_IN_GESPREK_BLIJVEN',
    true,
    'seed 004: gedurende het gehele traject',
  ],
  [
    'VERVOLGAFSPRAKEN_VASTLEGGEN',
    gemeld,
    'OUDERS_IN_GESPREK_BLIJVEN',
    true,
    'seed 004 stap 4: na de melding',
  ],
  [
    'HULP_VOLGEN_EN_EVALUEREN',
    hulp,
    'OUDERS_BIJ_VOLGEN',
    true,
    'seed 004 stap 5 Volgen (leerkracht en ouders)',
  ],
  [
    'DOSSIER_AFSLUITEN',
    [signaal, afweging({ vermoeden: 'nee' }), besluit('afsluiten')],
    'OUDERS_IN_GESPREK_BLIJVEN',
    true,
    'seed 004: gedurende het gehele traject; afwegingskader afweging 1',
  ],
  [
    'AANDACHTSFUNCTIONARIS_DIRECT_RAADPLEGEN',
    [signaal, gevaar('eergerelateerd-geweld')],
    'OUDERS_NIET_BIJ_GEVAAR',
    false,
    'seed 000 Eergerelateerd geweld',
  ],
  [
    'VEILIG_THUIS_DIRECT_CONTACTEREN',
    [signaal, gevaar('disclosure')],
    'OUDERS_NIET_BIJ_GEVAAR',
    false,
    'seed 000 Disclosure',
  ],
  [
    'OUDERS_AFSTEMMEN_MET_VEILIG_THUIS',
    [signaal, gevaar('concrete-aanwijzingen'), { ...melding, datum: '2026-11-02' }],
    'OUDERS_VIA_VEILIG_THUIS',
    false,
    'seed 000 Zorggesprekken*: zonder vooroverleg melden',
  ],
];

function stappenVan(gebeurtenissen: readonly unknown[]) {
  const r = meldcodeProcedure.herspeel(KOP, gebeurtenissen);
  if (!r.ok) throw new Error(JSON.stringify(r.problemen));
  return { stappen: meldcodeProcedure.volgendeStappen(r.waarde), ouders: oudersPerStap(r.waarde) };
}

describe('in gesprek met ouders at every step (seed 004 Stappen in de ondersteuningsroute; seed 000)', () => {
  it('covers every step code of the route', () => {
    expect(new Set(GEVALLEN.map(([c]) => c))).toEqual(new Set(Object.keys(MELDCODE_STAP_CODES)));
  });

  it.each(GEVALLEN)(
    '%s: the step says what it asks of the parents (%s)',
    (code, lijst, oudersCode, inGesprek) => {
      const { stappen, ouders } = stappenVan(lijst);
      const i = stappen.findIndex((s) => s.code === code);
      expect(i).toBeGreaterThanOrEqual(0);
      const o = ouders[i];
      expect(o?.stap).toBe(code);
      expect(o?.reden.code).toBe(oudersCode);
      expect(o?.inGesprek).toBe(inGesprek);
      expect(o?.reden.bron?.wet).toBe('seed-2018');
      expect(stappen[i]?.tekst.endsWith(o?.reden.tekst ?? '-')).toBe(true);
      expect(stappen[i]?.tekst).toMatch(inGesprek ? /In gesprek met ouders:/ : /Geen gesprek met de ouders/);
    },
  );

  it('after a danger every step, also the follow-up, leaves the parents to what is agreed with Veilig Thuis', () => {
    const { ouders } = stappenVan([signaal, gevaar('disclosure'), { ...melding, datum: '2026-11-02' }]);
    expect(ouders.map((o) => [o.stap, o.reden.code, o.reden.parameters?.gevaar])).toEqual([
      ['OUDERS_AFSTEMMEN_MET_VEILIG_THUIS', 'OUDERS_VIA_VEILIG_THUIS', 'disclosure'],
      ['TERUGKOPPELING_NAVRAGEN', 'OUDERS_VIA_VEILIG_THUIS', 'disclosure'],
      ['VERVOLGAFSPRAKEN_VASTLEGGEN', 'OUDERS_VIA_VEILIG_THUIS', 'disclosure'],
    ]);
  });

  it('throws the typed DOSSIER_ONGELDIG on a value that is not a dossier', () => {
    expect(() => oudersPerStap({} as never)).toThrow(expect.objectContaining({ code: 'DOSSIER_ONGELDIG' }));
  });
});
