// Worked tests for the bugs the fuzz of issue 8 ("Every export safe at its edges") found in datalek, one per
// bug, each with the input that used to crash or leak and the answer it gives now. Before the fix each of these
// threw a raw TypeError or RangeError, gave a wrong answer without an error, or echoed the input.
import { FOUT_CODES, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { FUZZ_MARKERS } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import oudBeleid from '../../fixtures/veiligheidsplan2018-v0.1.json' with { type: 'json' };
import { apMeldingUitIncident, controleerApMelding } from '../apformulier/apformulier.js';
import { beoordeelIncident, vergelijkMetWet, vergelijkRisico } from '../beoordeling/beoordeling.js';
import {
  bewaarMinimaalTot,
  leesDossier,
  nieuwDossier,
  openTermijnen,
  openTermijnenVanAlle,
  toestand,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from '../dossier/dossier.js';
import type { Gebeurtenis } from '../dossier/procedure.js';
import { type Beveiligingsincident, valideerIncident } from '../incident/incident.js';
import { valideerKennisgeving } from '../kennisgeving/kennisgeving.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import { registerExport } from '../register/register.js';
import {
  beleidMetMiljard,
  bouwDossier,
  diepGenest,
  INCIDENT,
  KENNISGEVING,
  NU,
  PEILDATUM_MET_NAAM,
  randVanDeKalender,
  volledigeGebeurtenissen,
} from './voorbeelden.js';

/** The typed error `f` throws: a `SchoolveiligheidFout` with a listed code and no injected personal data. */
function fout(f: () => unknown): SchoolveiligheidFout<string> {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SchoolveiligheidFout);
    const sf = e as SchoolveiligheidFout<string>;
    expect(Object.hasOwn(FOUT_CODES, sf.code), `${sf.code} is listed`).toBe(true);
    const tekst = `${sf.message} ${JSON.stringify(sf.details)}`;
    for (const m of FUZZ_MARKERS) expect(tekst).not.toContain(m);
    return sf;
  }
  throw new Error('expected a SchoolveiligheidFout, nothing was thrown');
}

const open = bouwDossier(volledigeGebeurtenissen().slice(0, 2));
const gesloten = bouwDossier(volledigeGebeurtenissen());
const opgeslagen = JSON.parse(JSON.stringify(open)) as Record<string, unknown>;
const { inbreuk: _inbreuk, ...zonderInbreuk } = INCIDENT;

describe('issue 8: bugs the fuzz found in datalek, as worked tests', () => {
  it('beoordeelIncident on an incident without `inbreuk` (was: TypeError reading includes)', () => {
    expect(fout(() => beoordeelIncident(zonderInbreuk as Beveiligingsincident)).code).toBe(
      'ONGELDIGE_INVOER',
    );
    expect(fout(() => beoordeelIncident(null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => beoordeelIncident({ ...INCIDENT, omschrijving: diepGenest() } as never)).code).toBe(
      'ONGELDIGE_INVOER',
    );
  });

  it('a stored incident whose voorgevallenOp is not an instant: coded problems (was: the schema itself threw, also in verwerkJson)', () => {
    const kapot = { ...INCIDENT, voorgevallenOp: '2026-02-30T10:00:00Z' };
    const r = valideerIncident(kapot);
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.join('.')])).toEqual([
      ['ONGELDIG_TIJDSTIP', 'voorgevallenOp'],
    ]);
    const leeg = bouwDossier([]);
    const g = { type: 'gemeld', tijdstip: NU, door: { rol: 'medewerker', id: 'm-1' }, incident: kapot };
    const v = verwerkJson(leeg, g);
    expect(v.ok ? [] : v.problemen.map((p) => p.pad.join('.'))).toEqual(['incident.voorgevallenOp']);
    expect(leesDossier({ ...JSON.parse(JSON.stringify(leeg)), gebeurtenissen: [g] }).ok).toBe(false);
    expect(fout(() => beoordeelIncident(kapot as never)).code).toBe('ONGELDIGE_INVOER');
  });

  it('beoordeelIncident with `null` options (was: TypeError reading peildatum)', () => {
    expect(fout(() => beoordeelIncident(INCIDENT, null as never)).code).toBe('ONGELDIGE_INVOER');
  });

  it('a peildatum carrying a name and a BSN is refused, never echoed (beoordeelIncident and vergelijkMetWet)', () => {
    const a = fout(() => beoordeelIncident(INCIDENT, { peildatum: PEILDATUM_MET_NAAM as never }));
    expect(a.code).toBe('ONGELDIGE_DATUM');
    const b = fout(() => vergelijkMetWet(INCIDENT, SEED_2018_BELEID, PEILDATUM_MET_NAAM as never));
    expect(b.code).toBe('ONGELDIGE_DATUM');
    expect(fout(() => beoordeelIncident(INCIDENT, { peildatum: 20261123 as never })).code).toBe(
      'ONGELDIGE_DATUM',
    );
    // a real date before the meldplicht (2016) has no rule: a typed error naming only the validated date
    expect(fout(() => beoordeelIncident(INCIDENT, { peildatum: '1900-01-01' })).code).toBe(
      'REGEL_NIET_GELDIG',
    );
  });

  it('a policy that is not one is refused, not silently ignored (was: { beleid: 5 } decided by the law alone)', () => {
    expect(fout(() => beoordeelIncident(INCIDENT, { beleid: 5 as never })).code).toBe('BELEID_ONGELDIG');
    expect(fout(() => beoordeelIncident(INCIDENT, { beleid: { waarden: [1] } as never })).code).toBe(
      'BELEID_ONGELDIG',
    );
    // the seed in today's shape and in the shape of release 0.1 still decide the same
    expect(beoordeelIncident(INCIDENT, { beleid: oudBeleid as never }).uitkomst).toEqual(
      beoordeelIncident(INCIDENT, { beleid: SEED_2018_BELEID }).uitkomst,
    );
  });

  it('vergelijkMetWet without a policy (was: TypeError reading waarden)', () => {
    expect(fout(() => vergelijkMetWet(INCIDENT, null as never)).code).toBe('BELEID_ONGELDIG');
    expect(fout(() => vergelijkMetWet(zonderInbreuk as never, SEED_2018_BELEID)).code).toBe(
      'ONGELDIGE_INVOER',
    );
  });

  it('vergelijkRisico on a 5,000-level nested array (was: RangeError, maximum call stack) or unknown levels (was: NaN)', () => {
    expect(fout(() => vergelijkRisico(diepGenest() as never, 'hoog')).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => vergelijkRisico({} as never, 'hoog')).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => vergelijkRisico('middel' as never, 'hoog')).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => vergelijkRisico('toString' as never, 'hoog')).code).toBe('ONGELDIGE_INVOER');
    expect(vergelijkRisico('hoog', 'geen')).toBe(2);
  });

  it('apMeldingUitIncident without a valid incident or outcome (was: TypeError reading includes / betrokkenenInformeren)', () => {
    const uitkomst = beoordeelIncident(INCIDENT).uitkomst;
    expect(fout(() => apMeldingUitIncident(zonderInbreuk as never, uitkomst)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => apMeldingUitIncident(INCIDENT, null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(apMeldingUitIncident(INCIDENT, uitkomst).aantalBetrokkenen).toBe(28);
  });

  it('controleerApMelding and valideerKennisgeving with `null` options (was: TypeError reading naTermijn / peildatum)', () => {
    expect(fout(() => controleerApMelding({}, null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => controleerApMelding({}, { naTermijn: 'ja' as never })).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => valideerKennisgeving(KENNISGEVING, null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(
      fout(() => valideerKennisgeving(KENNISGEVING, { peildatum: PEILDATUM_MET_NAAM as never })).code,
    ).toBe('ONGELDIGE_DATUM');
    expect(valideerKennisgeving(KENNISGEVING).ok).toBe(true);
  });

  it('a stored dossier with `gebeurtenissen: null` or a `null` event: coded problems, or a typed error', () => {
    const metNull = { ...opgeslagen, gebeurtenissen: null } as never;
    const metNullGebeurtenis = { ...opgeslagen, gebeurtenissen: [null] } as never;
    for (const d of [metNull, metNullGebeurtenis]) {
      expect(toestand(d).ok).toBe(false);
      expect(verwerkJson(d, { type: 'gesloten' }).ok).toBe(false);
      expect(fout(() => openTermijnen(d, NU)).code).toBe('DOSSIER_ONGELDIG');
      expect(fout(() => volgendeStappen(d)).code).toBe('DOSSIER_ONGELDIG');
      expect(fout(() => bewaarMinimaalTot(d)).code).toBe('DOSSIER_ONGELDIG');
    }
    const r = verwerk(open, null as unknown as Gebeurtenis);
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).not.toEqual([]);
    const register = registerExport([metNull, metNullGebeurtenis, null as never, open]);
    expect([register.nietGelezen, register.aantalIncidenten]).toEqual([3, 1]);
  });

  it('openTermijnen and volgendeStappen with `null` options (was: TypeError reading beleid)', () => {
    expect(fout(() => openTermijnen(open, NU, null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => volgendeStappen(open, null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => openTermijnen(open, NU, { beleid: 5 as never })).code).toBe('BELEID_ONGELDIG');
    // also on an empty or closed dossier, where the options used to be ignored
    expect(fout(() => volgendeStappen(gesloten, null as never)).code).toBe('ONGELDIGE_INVOER');
  });

  it('bewaarMinimaalTot on a dossier stored as JSON text (was: TypeError reading beleid of undefined) or with `null` options', () => {
    const metAp = bouwDossier(volledigeGebeurtenissen().slice(0, 3), {
      id: 'dl-bewaar',
      beleid: SEED_2018_BELEID,
    });
    expect(bewaarMinimaalTot(JSON.stringify(metAp) as never)?.laatsteDag).toBe('2029-11-21');
    expect(bewaarMinimaalTot(metAp)?.laatsteDag).toBe('2029-11-21');
    expect(fout(() => bewaarMinimaalTot(metAp, null as never)).code).toBe('ONGELDIGE_INVOER');
  });

  it('`aantal: 1e9` in a policy: refused with a coded problem, not a far-away date on every later call', () => {
    const r = nieuwDossier({ id: 'dl-miljard', beleid: beleidMetMiljard() });
    expect(r.ok ? [] : [...new Set(r.problemen.map((p) => p.pad.slice(0, 3).join('.')))]).toContain(
      'kop.beleid.waarden',
    );
    expect(fout(() => openTermijnen(open, NU, { beleid: beleidMetMiljard() })).code).toBe('BELEID_ONGELDIG');
    expect(fout(() => beoordeelIncident(INCIDENT, { beleid: beleidMetMiljard() })).code).toBe(
      'BELEID_ONGELDIG',
    );
    // a registration with a billion data subjects is only a number
    const veel = { ...INCIDENT, betrokkenen: { ...INCIDENT.betrokkenen, aantal: 1e9 } };
    expect(beoordeelIncident(veel).uitkomst.meldplichtAP).toBe(true);
  });

  it('one dossier whose term ends outside the calendar no longer stops the nightly sweep', () => {
    const laat = randVanDeKalender();
    expect(fout(() => openTermijnen(laat, '2199-12-31T23:00:00+01:00')).code).toBe('ONGELDIGE_DATUM');
    const uit = [...openTermijnenVanAlle([laat, open, 'kapot'], '2199-12-31T23:00:00+01:00')];
    expect(uit.map((u) => [u.index, u.ok])).toEqual([
      [0, false],
      [1, true],
      [2, false],
    ]);
    expect(uit[0]?.ok ? [] : uit[0]?.problemen.map((p) => p.code)).toEqual(['ONGELDIGE_DATUM']);
  });

  it('the sweep refuses a source that is not a list at once (a string is not read character by character)', () => {
    expect(fout(() => openTermijnenVanAlle('Jan Jansen 111222333' as never, NU)).code).toBe(
      'ONGELDIGE_INVOER',
    );
    expect(fout(() => openTermijnenVanAlle({ [Symbol.iterator]: null } as never, NU)).code).toBe(
      'ONGELDIGE_INVOER',
    );
    expect(fout(() => openTermijnenVanAlle([open], NU, null as never)).code).toBe('ONGELDIGE_INVOER');
  });

  it('registerExport refuses what is not a list of dossiers (was: TypeError, or a 10 MB string read as 10 million dossiers)', () => {
    expect(fout(() => registerExport(null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => registerExport('a'.repeat(10_000_000) as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => registerExport([open], null as never)).code).toBe('ONGELDIGE_INVOER');
  });

  it('registerExport never echoes an unchecked period into its anonymous output (was: `periode.van` copied as given)', () => {
    expect(fout(() => registerExport([open], { van: PEILDATUM_MET_NAAM as never })).code).toBe(
      'ONGELDIGE_DATUM',
    );
    expect(registerExport([open], { van: '2026-01-01' }).periode).toEqual({ van: '2026-01-01' });
  });

  it('a policy changed in place is read again, not answered from a cache keyed on the object (issue 8 item 3)', () => {
    const beleid = structuredClone(oudBeleid) as { waarden: { regel: { id: string }; waarde: unknown }[] };
    const analyse = beleid.waarden.find((w) => w.regel.id === 'avg.datalek.analysetermijn');
    if (!analyse) throw new Error('fixture: analysetermijn');
    const gemeld = bouwDossier(volledigeGebeurtenissen().slice(0, 1));
    const termijn = () =>
      openTermijnen(gemeld, NU, { beleid: beleid as never }).find((o) => o.code === 'ANALYSE')?.termijn
        ?.vervaltOp;
    expect(termijn()).toBe('2026-11-21T01:00:00+01:00');
    analyse.waarde = { aantal: 4, eenheid: 'uren' };
    expect(termijn()).toBe('2026-11-20T21:00:00+01:00');
  });

  it("a school's own policy source is never copied into terms, steps or reasons (found by the dossier laws' echo check)", () => {
    const bron = {
      titel: 'Privacyreglement, contact Jan Jansen 06-12345678',
      zekerheid: 'secundair',
    } as const;
    const beleid = {
      id: 'eigen-beleid',
      naam: 'Eigen beleid',
      bron,
      waarden: {
        'datalek.analyse.termijn': { waarde: { aantal: 4, eenheid: 'uren' }, bron },
        'datalek.melding.toestemmingBevoegdGezag': { waarde: true, bron },
        'datalek.beoordeling.beslisboom': { waarde: 'wbp-2016', bron },
      },
    } as const;
    const gemeld = bouwDossier(volledigeGebeurtenissen().slice(0, 1), { id: 'dl-eigen', beleid });
    const uit = JSON.stringify([
      openTermijnen(gemeld, NU),
      volgendeStappen(gemeld),
      [...openTermijnenVanAlle([gemeld], NU)],
      beoordeelIncident(INCIDENT, { beleid }),
      vergelijkMetWet(INCIDENT, beleid),
    ]);
    for (const m of FUZZ_MARKERS) expect(uit).not.toContain(m);
    expect(openTermijnen(gemeld, NU)[0]?.bron).toEqual({
      titel: 'Beleid van de school (de bron staat in het beleid)',
      zekerheid: 'secundair',
    });
    // the seed preset's own sources, written by the SDK, are kept
    const seed = openTermijnen(gemeld, NU, { beleid: SEED_2018_BELEID })[0]?.bron;
    expect(seed?.titel).toContain('Veiligheidsplan 2018');
  });
});
