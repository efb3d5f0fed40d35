// Test support (not exported from the package): the inputs issue 8 lists for datalek, as a vendor's database
// may deliver them, plus valid ones so the fuzz also reaches the code behind the validation. Used by
// fuzz.test.ts (every example on every export), by the worked tests of the bugs it found, and by the tests that
// need a dossier built event by event (register.test.ts).
import type { Beleid, Tijdstip } from '@schoolveiligheid/kern';
import { fuzzWaarde } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import apMelding from '../../fixtures/apformulier.json' with { type: 'json' };
import oudBeleid from '../../fixtures/veiligheidsplan2018-v0.1.json' with { type: 'json' };
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { nieuwDossier, verwerkJson } from '../dossier/dossier.js';
import type { DatalekDossier } from '../dossier/procedure.js';
import { incidentUit } from '../incident/gevallen.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';

/** The personal text of the issue: a date followed by a name and a number that looks like a BSN. */
export const PEILDATUM_MET_NAAM = '1900-01-01 Jan Jansen 111222333';

/** One instant for the terms. */
export const NU: Tijdstip = '2026-11-23T09:00:00+01:00';

/** A valid incident: the stolen laptop with care notes of the worked cases (fixtures/gevallen.json). */
export const INCIDENT: Beveiligingsincident = /* @__PURE__ */ incidentUit(
  'onversleutelde laptop met zorgdossiers van een groep gestolen',
  { id: 'inc-fuzz' },
);

/** A complete message to data subjects in plain language (kennisgeving.test.ts). */
export const KENNISGEVING = {
  aard: 'Op vrijdag is een laptop van school gestolen. Daarop stonden notities over de zorg voor leerlingen.',
  contactpunt: 'Heeft u vragen? Mail de privacyfunctionaris van de stichting.',
  gevolgen: 'Iemand kan lezen welke extra hulp uw kind krijgt.',
  maatregelen: 'We hebben aangifte gedaan. Alle laptops van school worden nu versleuteld.',
  advies: 'Krijgt u een vreemd bericht over uw kind? Meld het bij de school.',
} as const;

/** An array nested `diepte` levels deep around a text with a name in it. */
export function diepGenest(diepte = 5_000): unknown {
  let w: unknown = 'Jan Jansen';
  for (let i = 0; i < diepte; i++) w = [w];
  return w;
}

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
const directeur = { rol: 'directeur', id: 'directeur' } as const;

/** The events of a dossier that runs to the end: reported, analysed, reported to the AP, informed, closed. */
export function volledigeGebeurtenissen(incident: Beveiligingsincident = INCIDENT): unknown[] {
  return [
    {
      type: 'gemeld',
      tijdstip: '2026-11-20T17:00:00+01:00',
      door: { rol: 'medewerker', id: 'm-1' },
      incident,
    },
    {
      type: 'geanalyseerd',
      tijdstip: '2026-11-20T18:00:00+01:00',
      door: pf,
      uitkomst: beoordeelIncident(incident).uitkomst,
    },
    { type: 'ap-gemeld', tijdstip: '2026-11-21T10:00:00+01:00', door: pf, volledig: true },
    {
      type: 'betrokkenen-geinformeerd',
      tijdstip: '2026-11-21T12:00:00+01:00',
      door: { rol: 'communicatiemedewerker', id: 'c-1' },
      aantal: 28,
      wijze: 'individueel',
    },
    {
      type: 'herstelmaatregel',
      tijdstip: '2026-11-22T10:00:00+01:00',
      door: directeur,
      omschrijving: 'Wachtwoorden vervangen.',
    },
    {
      type: 'preventieve-maatregel',
      tijdstip: '2026-11-22T11:00:00+01:00',
      door: directeur,
      omschrijving: 'Laptops versleuteld.',
    },
    { type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: directeur },
  ];
}

/** A dossier built event by event from `gebeurtenissen` (each must be accepted). */
export function bouwDossier(
  gebeurtenissen: readonly unknown[],
  kop: unknown = { id: 'dl-fuzz-1' },
): DatalekDossier {
  const leeg = nieuwDossier(kop as { id: string });
  if (!leeg.ok) throw new Error(`kop: ${leeg.problemen.map((p) => p.code).join(', ')}`);
  let d = leeg.waarde;
  for (const g of gebeurtenissen) {
    const r = verwerkJson(d, g);
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(', '));
    d = r.waarde;
  }
  return d;
}

/** A policy in today's shape whose terms are a billion units long (`aantal: 1e9`). */
export function beleidMetMiljard(): Beleid {
  const bron = { titel: 'Beleid', zekerheid: 'secundair' } as const;
  return {
    id: 'beleid-miljard',
    naam: 'Beleid met een miljard',
    bron,
    waarden: {
      'datalek.analyse.termijn': { waarde: { aantal: 1e9, eenheid: 'uren' }, bron },
      'datalek.betrokkenen.termijn': { waarde: { aantal: 1e9, eenheid: 'weken' }, bron },
      'datalek.melding.bewaartermijn': { waarde: { aantal: 1e9, eenheid: 'maanden' }, bron },
      'datalek.beoordeling.maxOnbeschikbaarheid': { waarde: { aantal: 1e9, eenheid: 'uren' }, bron },
    },
  };
}

/**
 * A dossier reported on the last evening of 2199, the end of the years the SDK knows: its AP term ends in 2200,
 * outside the calendar, so computing it is refused with a typed error.
 */
export function randVanDeKalender(): DatalekDossier {
  const incident = { ...INCIDENT, ontdektOp: '2199-12-31T20:00:00+01:00' };
  return bouwDossier([
    {
      type: 'gemeld',
      tijdstip: '2199-12-31T21:00:00+01:00',
      door: { rol: 'medewerker', id: 'm-1' },
      incident,
    },
  ]);
}

/**
 * The argument lists of the fuzz: every export gets each of them. The ones issue 8 lists for datalek first,
 * then the valid calls (so the code behind the validation runs too), then wrong types in the options.
 */
export function voorbeeldInvoer(): unknown[][] {
  const open = bouwDossier(volledigeGebeurtenissen().slice(0, 2));
  const gesloten = bouwDossier(volledigeGebeurtenissen());
  const opgeslagen = JSON.parse(JSON.stringify(open)) as Record<string, unknown>;
  const metNull = { ...opgeslagen, gebeurtenissen: null };
  const metNullGebeurtenis = { ...opgeslagen, gebeurtenissen: [null] };
  const naNull = { ...opgeslagen, gebeurtenissen: [...(opgeslagen.gebeurtenissen as unknown[]), null] };
  const { inbreuk: _inbreuk, ...zonderInbreuk } = INCIDENT;
  const miljard = beleidMetMiljard();
  const diep = diepGenest();
  const metMiljardInKop = { ...opgeslagen, kop: { id: 'dl-fuzz-2', beleid: miljard } };
  const laat = randVanDeKalender();
  return [
    // issue 8: a stored dossier with `gebeurtenissen: null`, and with a `null` event
    [metNull],
    [metNull, NU],
    [metNull, NU, { beleid: SEED_2018_BELEID }],
    [metNullGebeurtenis],
    [metNullGebeurtenis, NU],
    [naNull, NU],
    [open, null],
    [metNullGebeurtenis, null],
    [[metNull, metNullGebeurtenis, naNull, open, null]],
    [[metNull, metNullGebeurtenis, naNull, open, null], NU],
    // issue 8: beoordeelIncident on an incident without `inbreuk`
    [zonderInbreuk],
    [zonderInbreuk, { beleid: SEED_2018_BELEID }],
    [zonderInbreuk, beoordeelIncident(INCIDENT).uitkomst],
    // issue 8: a peildatum with personal text, in beoordeelIncident and vergelijkMetWet
    [INCIDENT, { peildatum: PEILDATUM_MET_NAAM }],
    [INCIDENT, SEED_2018_BELEID, PEILDATUM_MET_NAAM],
    [INCIDENT, { peildatum: '2026-02-30' }],
    [INCIDENT, SEED_2018_BELEID, '2026-02-30'],
    [INCIDENT, { peildatum: '1900-01-01' }],
    [INCIDENT, SEED_2018_BELEID, '1900-01-01'],
    [SEED_2018_BELEID, PEILDATUM_MET_NAAM],
    // issue 8: `aantal: 1e9`
    [{ ...INCIDENT, betrokkenen: { ...INCIDENT.betrokkenen, aantal: 1e9 } }],
    [{ ...INCIDENT, onbeschikbaarUren: 1e9, inbreuk: ['beschikbaarheid'] }],
    [INCIDENT, { beleid: miljard }],
    [INCIDENT, miljard],
    [open, NU, { beleid: miljard }],
    [metMiljardInKop, NU],
    [metMiljardInKop],
    [[metMiljardInKop], NU],
    [open, { type: 'betrokkenen-geinformeerd', tijdstip: NU, door: pf, aantal: 1e9, wijze: 'individueel' }],
    [{ id: 'dl-fuzz-3', beleid: miljard }],
    // a dossier at the end of the calendar the SDK knows (2199): its 72 hours end in 2200
    [laat, '2199-12-31T23:00:00+01:00'],
    [[laat, open], '2199-12-31T23:00:00+01:00'],
    [laat],
    [miljard, '2026-11-23'],
    // a stored incident whose `voorgevallenOp` is not an instant (made the schema itself throw)
    [{ ...INCIDENT, voorgevallenOp: '2026-02-30T10:00:00Z' }],
    [open, { type: 'gemeld', tijdstip: NU, door: pf, incident: { ...INCIDENT, voorgevallenOp: 'x' } }],
    // issue 8: a 5,000-level nested array in a text field
    [{ ...INCIDENT, omschrijving: diep }],
    [open, { type: 'herstelmaatregel', tijdstip: NU, door: directeur, omschrijving: diep }],
    [{ ...opgeslagen, gebeurtenissen: [{ type: 'gemeld', tijdstip: NU, door: pf, incident: diep }] }],
    [{ aard: diep }],
    [{ samenvatting: diep }],
    // valid calls, so the code behind the validation runs too
    [open],
    [open, NU],
    [open, NU, { beleid: SEED_2018_BELEID }],
    [gesloten, NU],
    [gesloten, { beleid: SEED_2018_BELEID }],
    [[open, gesloten, JSON.stringify(gesloten)], NU],
    [[open, gesloten], { van: '2026-01-01', tot: '2026-12-31' }],
    [INCIDENT],
    [INCIDENT, { beleid: SEED_2018_BELEID }],
    [INCIDENT, SEED_2018_BELEID],
    [INCIDENT, oudBeleid],
    [INCIDENT, beoordeelIncident(INCIDENT).uitkomst],
    [SEED_2018_BELEID, '2026-11-23'],
    [oudBeleid, '2026-11-23'],
    ['hoog', 'risico'],
    [KENNISGEVING],
    [KENNISGEVING, { peildatum: '2026-11-23' }],
    [KENNISGEVING, { peildatum: PEILDATUM_MET_NAAM }],
    [KENNISGEVING, null],
    [apMelding.antwoorden],
    [apMelding.antwoorden, { naTermijn: true }],
    [apMelding.antwoorden, null],
    [apMelding.antwoorden, { naTermijn: 'Jan Jansen' }],
    // wrong types where options or a second argument are expected
    [open, NU, null],
    [open, null],
    [INCIDENT, null],
    [INCIDENT, { beleid: 5 }],
    [INCIDENT, { beleid: { waarden: [1] } }],
    [INCIDENT, { peildatum: 20261123 }],
    [INCIDENT, null, '2026-11-23'],
    [[open], { van: PEILDATUM_MET_NAAM }],
    [[open], null],
    ['Jan Jansen 111222333'],
    [{ [Symbol.iterator]: null }],
  ];
}

/** Every path to a value inside a JSON tree (object keys and array indexes), the root excluded. */
function paden(
  w: unknown,
  voor: (string | number)[] = [],
  uit: (string | number)[][] = [],
): (string | number)[][] {
  const kinderen: [string | number, unknown][] = Array.isArray(w)
    ? w.map((x, i) => [i, x])
    : typeof w === 'object' && w !== null
      ? Object.entries(w)
      : [];
  for (const [sleutel, kind] of kinderen) {
    const pad = [...voor, sleutel];
    uit.push(pad);
    paden(kind, pad, uit);
  }
  return uit;
}

/** A copy of `json` with the value at `pad` replaced by `waarde` (removed when `waarde` is undefined). */
function metWaarde(json: unknown, pad: readonly (string | number)[], waarde: unknown): unknown {
  const kopie = structuredClone(json) as Record<string | number, unknown>;
  let plek = kopie;
  for (const stap of pad.slice(0, -1)) plek = plek[stap] as Record<string | number, unknown>;
  const laatste = pad[pad.length - 1] as string | number;
  if (waarde === undefined && !Array.isArray(plek)) delete plek[laatste];
  else plek[laatste] = waarde;
  return kopie;
}

/** Values a vendor's database may hold where the SDK expects something else: near misses and fuzz. */
const RANDWAARDEN = fc.oneof(
  fuzzWaarde,
  fc.constantFrom<unknown>(
    undefined,
    '2026-02-30T10:00:00Z',
    '2026-10-23T14:30:00+99:99',
    '0050-06-15T10:00:00Z',
    '9999-12-31T23:00:00Z',
    'schooldirecteur',
    'college-van-bestuur',
    'Jan Jansen 111222333',
    'x'.repeat(5000),
    -1,
    1.5,
    1e9,
  ),
);

/**
 * Valid stored values with one to three values deep inside replaced (a stored dossier, an incident, a policy):
 * the inputs plain fuzz rarely builds, which reach the checks behind the first validation. Deterministic.
 */
export function gemuteerdeVoorbeelden(aantal: number, seed = 20261202): unknown[][] {
  const dossier = JSON.parse(JSON.stringify(bouwDossier(volledigeGebeurtenissen()))) as unknown;
  const basis: readonly unknown[] = [dossier, INCIDENT, SEED_2018_BELEID];
  const arb = fc
    .tuple(
      fc.nat(basis.length - 1),
      fc.array(fc.tuple(fc.nat(), RANDWAARDEN), { minLength: 1, maxLength: 3 }),
    )
    .map(([i, wijzigingen]) => {
      let w = basis[i];
      for (const [plek, waarde] of wijzigingen) {
        const alle = paden(w);
        if (alle.length > 0) w = metWaarde(w, alle[plek % alle.length] as (string | number)[], waarde);
      }
      return w;
    });
  return fc
    .sample(arb, { numRuns: aantal, seed })
    .flatMap((w) => [[w], [w, NU], [[w], NU], [INCIDENT, { beleid: w }]]);
}
