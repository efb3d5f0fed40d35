// Issue 10 item 3, "the record of why": the analysis stores the full assessment and the board's decision with
// its motivation; a decision that does less than the assessment is refused without a motivation and flagged
// with one; the message to the data subjects is stored; every registration gets a retention date.
import { describe, expect, it } from 'vitest';
import { GESTOLEN_LAPTOP, incidentUit } from '../incident/gevallen.js';
import {
  analyseer,
  beoordeelIncident,
  bewaarMinimaalTot,
  bewaarRegistratieTot,
  controleerBeleid,
  type DatalekDossier,
  type DossierToestand,
  leesDossier,
  nieuwDossier,
  SEED_2018_BELEID,
  toestand,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from '../index.js';
import { MAX_TEKST } from '../incident/begrippen.js';
import { BERICHT } from './arbitraries.js';

// The stolen unencrypted laptop with the care notes of group 6 (fixtures/gevallen.json): high risk, report to
// the AP and inform the parents (AVG 33(1), 34(1)).
const laptop = incidentUit(GESTOLEN_LAPTOP);
// A pupil overview sent by mistake to the intern begeleider of a neighbouring school, who deletes it: a breach
// that is unlikely to result in a risk, so documented only (AVG 33(1) "tenzij", 33(5)).
const COLLEGA =
  'leerlingoverzicht per ongeluk naar de intern begeleider van een collega-school, die het verwijdert';
const collega = incidentUit(COLLEGA, { ontdektOp: laptop.ontdektOp });
const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
const MOTIVERING =
  'De laptop is binnen een uur onaangeroerd teruggevonden; de politie bevestigt dat hij niet is geopend.';

function gemeld(
  incident = laptop,
  kop: Parameters<typeof nieuwDossier>[0] = { id: 'dl-2026-010' },
): DatalekDossier {
  const leeg = nieuwDossier(kop);
  if (!leeg.ok) throw new Error('kop');
  const r = verwerk(leeg.waarde, {
    type: 'gemeld',
    tijdstip: '2026-10-23T15:00:00+02:00',
    door: { rol: 'medewerker', id: 'medewerker-1' },
    incident,
  });
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
  return r.waarde;
}

function staat(d: DatalekDossier): DossierToestand {
  const r = toestand(d);
  if (!r.ok || r.waarde.fase === 'nieuw') throw new Error('geen toestand');
  return r.waarde;
}

const OM = '2026-10-23T19:00:00+02:00';

describe('a board decision against the assessment (AVG 33(1), 34(1); accountability AVG 5(2), 33(5))', () => {
  it('the laptop is assessed as high risk: report to the AP and inform the parents (AVG 33(1), 34(1))', () => {
    const b = beoordeelIncident(laptop).uitkomst;
    expect([b.risico, b.meldplichtAP, b.betrokkenenInformeren]).toEqual(['hoog', true, true]);
  });

  it('not reporting a high-risk breach is refused without a motivation, naming the aspect, never echoing', () => {
    const r = analyseer(gemeld(), { tijdstip: OM, door: pf, besluit: { meldplichtAP: false } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen.map((p) => [p.code, p.pad, p.parameters])).toEqual([
      ['MOTIVERING_ONTBREEKT', ['motivering'], { aspect: 'meldplichtAP' }],
    ]);
    expect(r.problemen[0]?.melding).toBe(
      'Het besluit doet minder dan de beoordeling (meldplichtAP); leg de motivering van het besluit vast.',
    );
  });

  it('with a motivation it is accepted, stored with the full assessment, and flagged first in the next steps', () => {
    const r = analyseer(gemeld(), {
      tijdstip: OM,
      door: pf,
      besluit: { meldplichtAP: false },
      motivering: MOTIVERING,
    });
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    const g = r.waarde.gebeurtenissen.at(-1);
    expect(g?.type === 'geanalyseerd' && g.motivering).toBe(MOTIVERING);
    // the full assessment as beoordeelIncident gives it: outcome, every reason with its source, the receipt
    expect(g?.type === 'geanalyseerd' && g.beoordeling).toEqual(beoordeelIncident(laptop));
    const t = staat(r.waarde);
    expect(t.beoordeling?.meldplichtAP).toBe(false);
    expect(t.opgeslagenBeoordeling?.uitkomst.meldplichtAP).toBe(true);
    expect(t.opgeslagenBeoordeling?.redenen.some((x) => x.code === 'ERNST_ENISA')).toBe(true);
    expect(t.afwijkingen?.map((a) => [a.aspect, a.beoordeling, a.besluit, a.bron.artikel])).toEqual([
      ['meldplichtAP', true, false, 'art. 33 lid 1'],
    ]);
    const stappen = volgendeStappen(r.waarde);
    expect(stappen[0]?.code).toBe('BESLUIT_WIJKT_AF_VAN_BEOORDELING');
    expect(stappen[0]?.rol).toBe('bevoegd-gezag');
    expect(stappen[0]?.bron?.artikel).toBe('art. 5 lid 2');
    // the board decided: the dossier no longer asks for the AP report, it still asks to inform the parents
    expect(stappen.map((s) => s.code)).not.toContain('MELDEN_AP');
    expect(stappen.map((s) => s.code)).toContain('INFORMEREN_BETROKKENEN');
  });

  it('not informing the parents where the assessment says inform is a deviation too (AVG 34(1))', () => {
    const zonder = analyseer(gemeld(), { tijdstip: OM, door: pf, besluit: { betrokkenenInformeren: false } });
    expect(zonder.ok ? [] : zonder.problemen.map((p) => p.parameters?.aspect)).toEqual([
      'betrokkenenInformeren',
    ]);
    const met = analyseer(gemeld(), {
      tijdstip: OM,
      door: pf,
      besluit: { betrokkenenInformeren: false },
      motivering: MOTIVERING,
    });
    if (!met.ok) throw new Error('geweigerd');
    expect(staat(met.waarde).afwijkingen?.map((a) => a.aspect)).toEqual(['betrokkenenInformeren']);
  });

  it('following the assessment, or doing more than it, is no deviation and needs no motivation', () => {
    const volgt = analyseer(gemeld(), { tijdstip: OM, door: pf });
    if (!volgt.ok) throw new Error('geweigerd');
    expect(staat(volgt.waarde).afwijkingen).toEqual([]);
    expect(volgendeStappen(volgt.waarde).map((s) => s.code)).not.toContain(
      'BESLUIT_WIJKT_AF_VAN_BEOORDELING',
    );
    // the neighbouring school: no duty to report, the board reports anyway ("bij twijfel melden", AP)
    const meer = analyseer(gemeld(collega), { tijdstip: OM, door: pf, besluit: { meldplichtAP: true } });
    if (!meer.ok) throw new Error('geweigerd');
    expect(staat(meer.waarde).afwijkingen).toEqual([]);
  });

  it('a blank or too long motivation is refused by its shape, never echoed', () => {
    const leeg = analyseer(gemeld(), {
      tijdstip: OM,
      door: pf,
      besluit: { meldplichtAP: false },
      motivering: '   ',
    });
    expect(leeg.ok ? [] : leeg.problemen.map((p) => p.pad.join('.'))).toEqual(['motivering']);
    const lang = `Geheim-${'x'.repeat(3000)}`;
    const r = analyseer(gemeld(), {
      tijdstip: OM,
      door: pf,
      besluit: { meldplichtAP: false },
      motivering: lang,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const p of r.problemen) expect(JSON.stringify(p)).not.toContain('Geheim');
  });

  it('an empty dossier cannot be analysed; misuse throws the typed error', () => {
    const leeg = nieuwDossier({ id: 'dl-leeg' });
    if (!leeg.ok) throw new Error('kop');
    const r = analyseer(leeg.waarde, { tijdstip: OM, door: pf });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['NOG_NIET_GEMELD']);
    expect(() => analyseer(gemeld(), null as never)).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
    expect(() => analyseer(gemeld(), { tijdstip: OM, door: pf, besluit: 5 as never })).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
  });

  it('with the seed policy in the header the assessment is the seed tree, and the record replays as stored', () => {
    const d = gemeld(laptop, { id: 'dl-2026-011', beleid: SEED_2018_BELEID });
    const r = analyseer(d, { tijdstip: OM, door: pf });
    if (!r.ok) throw new Error('geweigerd');
    const t = staat(r.waarde);
    expect(t.opgeslagenBeoordeling).toEqual(beoordeelIncident(laptop, { beleid: SEED_2018_BELEID }));
    expect(t.opgeslagenBeoordeling?.uitkomst.beslisboom).toBe('wbp-2016');
    const terug = leesDossier(JSON.stringify(r.waarde));
    if (!terug.ok) throw new Error('leest niet');
    expect(staat(terug.waarde)).toEqual(t);
  });

  it('a raw analysis with a stored assessment and a lower decision is refused on the raw-JSON entry as well', () => {
    const beoordeling = JSON.parse(JSON.stringify(beoordeelIncident(laptop)));
    const g = {
      type: 'geanalyseerd',
      tijdstip: OM,
      door: pf,
      uitkomst: { ...beoordeling.uitkomst, risico: 'risico' },
      beoordeling,
    };
    const r = verwerkJson(gemeld(), g);
    expect(r.ok ? [] : r.problemen.map((p) => p.parameters?.aspect)).toEqual(['risico']);
    expect(verwerkJson(gemeld(), { ...g, motivering: MOTIVERING }).ok).toBe(true);
  });
});

describe('the message to the data subjects is stored (AVG 34(2))', () => {
  const geinformeerd = (bericht: unknown) => {
    const a = analyseer(gemeld(), { tijdstip: OM, door: pf });
    if (!a.ok) throw new Error('geweigerd');
    return verwerkJson(a.waarde, {
      type: 'betrokkenen-geinformeerd',
      tijdstip: '2026-10-24T09:00:00+02:00',
      door: { rol: 'communicatiemedewerker', id: 'communicatie' },
      aantal: 28,
      wijze: 'individueel',
      bericht,
    });
  };

  it('the message as sent, with the five parts of AVG 34(2) (seed C.6 Deel E), is kept in the state', () => {
    const r = geinformeerd(BERICHT);
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    expect(staat(r.waarde).bericht).toEqual(BERICHT);
  });

  it('an empty or too long part is refused at its path, never echoed', () => {
    const leeg = geinformeerd({ ...BERICHT, gevolgen: ' ' });
    expect(leeg.ok ? [] : leeg.problemen.map((p) => p.pad.join('.'))).toEqual(['bericht.gevolgen']);
    const lang = geinformeerd({ ...BERICHT, aard: `Geheim ${'woord '.repeat(MAX_TEKST / 5)}` });
    expect(lang.ok ? [] : lang.problemen.map((p) => p.pad.join('.'))).toEqual(['bericht.aard']);
    if (!lang.ok) for (const p of lang.problemen) expect(JSON.stringify(p)).not.toContain('Geheim');
  });

  it('without a message the event reads as before (optional field)', () => {
    expect(geinformeerd(undefined).ok).toBe(true);
  });
});

describe('a retention date for every breach, reported or not (AVG 33(5); rule bewaartermijnRegistratie)', () => {
  it('an unreported breach: kept at least 60 months from the internal report, an interpretation', () => {
    const a = analyseer(gemeld(collega), { tijdstip: OM, door: pf });
    if (!a.ok) throw new Error('geweigerd');
    expect(staat(a.waarde).beoordeling?.meldplichtAP).toBe(false);
    // the seed's "minimaal 3 jaar" is for the AP report: nothing to count from here (seed Deel C Stap 5)
    expect(bewaarMinimaalTot(a.waarde, { beleid: SEED_2018_BELEID })).toBeUndefined();
    const tot = bewaarRegistratieTot(a.waarde);
    expect(tot?.laatsteDag).toBe('2031-10-23');
    expect(tot?.duur).toEqual({ aantal: 60, eenheid: 'maanden' });
    expect(tot?.bronnen[0]?.zekerheid).toBe('interpretatie');
    // stored JSON is read too
    expect(bewaarRegistratieTot(JSON.parse(JSON.stringify(a.waarde)))?.laatsteDag).toBe('2031-10-23');
  });

  it("a school's policy sets its own term; controleerBeleid flags a shorter one as laxer", () => {
    const bron = { titel: 'Privacybeleid van de stichting', zekerheid: 'secundair' } as const;
    const beleid = (aantal: number) => ({
      id: 'stichting-privacy',
      naam: 'Privacybeleid',
      bron,
      waarden: {
        'datalek.register.bewaartermijn': { waarde: { aantal, eenheid: 'maanden' as const }, bron },
      },
    });
    expect(bewaarRegistratieTot(gemeld(collega), { beleid: beleid(84) })?.laatsteDag).toBe('2033-10-23');
    const oordeel = (aantal: number) =>
      controleerBeleid(beleid(aantal), '2026-10-23').bevindingen.find(
        (b) => b.regelId === 'datalek.register.bewaartermijn',
      )?.oordeel;
    expect(oordeel(84)).toBe('strenger');
    expect(oordeel(24)).toBe('soepeler');
  });

  it('an empty dossier has no registration to keep', () => {
    const leeg = nieuwDossier({ id: 'dl-leeg' });
    expect(leeg.ok ? bewaarRegistratieTot(leeg.waarde) : null).toBeUndefined();
  });
});
