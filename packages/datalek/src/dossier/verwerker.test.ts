// The processor route of AVG 33(2): a breach that starts at the school's LVS or cloud supplier. Worked case: the
// supplier discovers a hack of 400 pupils' names, dates of birth and addresses on Monday 2 November 2026 at
// 09:00 and informs the school on Thursday 5 November at 09:00, where the verwerkersovereenkomst asks for 24
// hours: two days late. The 72 hours of AVG 33(1) run from the school's awareness, the supplier's message
// (AVG 33(2); EDPB 9/2022 on the processor's obligations); the lateness is flagged against the contract term.
import type { Beleid, Tijdstip } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { AVG_33_1, EDPB_9_2022_VERWERKER } from '../bronnen/bronnen.js';
import { incidentUit } from '../incident/gevallen.js';
import {
  beoordeelIncident,
  type DatalekDossier,
  type Gebeurtenis,
  herspeel,
  meldtermijnVerwerker,
  nieuwDossier,
  openTermijnen,
  STAP_CODES,
  toestand,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from '../index.js';

const HACK_400 =
  'hack: namen, geboortedata en adressen van 400 leerlingen, exfiltratie mogelijk, geen aanwijzing van misbruik';
const incident = incidentUit(HACK_400, {
  ontdektOp: '2026-11-02T09:00:00+01:00',
  melder: { rol: 'verwerker', id: 'verwerker-1' },
});
const verwerker = { rol: 'verwerker', id: 'verwerker-1' } as const;
const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;

/** The contract's source: a school's own document, so its certainty is what the school read in it. */
const contractBron: Beleid['bron'] = {
  titel: 'Verwerkersovereenkomst met de leverancier van het LVS',
  zekerheid: 'secundair',
};
const beleid: Beleid = {
  id: 'school-verwerkers',
  naam: 'Afspraken met verwerkers',
  bron: contractBron,
  waarden: { [meldtermijnVerwerker.id]: { waarde: { aantal: 24, eenheid: 'uren' }, bron: contractBron } },
};

function dossier(metBeleid: boolean): DatalekDossier {
  const r = nieuwDossier(metBeleid ? { id: 'dl-2026-040', beleid } : { id: 'dl-2026-040' });
  if (!r.ok) throw new Error('kop');
  return r.waarde;
}

function stap(d: DatalekDossier, g: Gebeurtenis): DatalekDossier {
  const r = verwerk(d, g);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(','));
  return r.waarde;
}

const gemeldDoorVerwerker = (schoolGeinformeerdOp: Tijdstip): Gebeurtenis => ({
  type: 'gemeld',
  tijdstip: schoolGeinformeerdOp,
  door: verwerker,
  incident,
  verwerker: { schoolGeinformeerdOp },
});

const TWEE_DAGEN_TE_LAAT = '2026-11-05T09:00:00+01:00' as const;
const gemeld = stap(dossier(true), gemeldDoorVerwerker(TWEE_DAGEN_TE_LAAT));

describe('the processor route (AVG 33(2))', () => {
  it('the 72 hours run from the moment the supplier informed the school, not from its discovery (AVG 33(1)-(2); EDPB 9/2022)', () => {
    const t = toestand(gemeld);
    expect(t.ok && t.waarde.fase !== 'nieuw' && t.waarde.bewustOp).toBe(TWEE_DAGEN_TE_LAAT);
    const [ap] = openTermijnen(gemeld, '2026-11-06T12:00:00+01:00');
    expect(ap?.code).toBe('MELDING_AP');
    // 5 November 09:00 + 72 clock hours; from the supplier's discovery it would have been 5 November 09:00.
    expect(ap?.termijn?.vervaltOp).toBe('2026-11-08T09:00:00+01:00');
    expect(ap?.status?.fase).toBe('lopend');
    expect(ap?.bron).toEqual(AVG_33_1);
    expect(ap?.tekst).toContain(
      'vanaf het moment dat de verwerker de school informeerde (AVG art. 33 lid 2)',
    );
    const [start] = ap?.termijn?.spoor ?? [];
    expect(start?.code).toBe('START');
    expect(start?.bron).toEqual(EDPB_9_2022_VERWERKER);
    expect(start?.datum).toBe('2026-11-05');
    expect(ap?.termijn?.bronnen.slice(0, 2)).toEqual([AVG_33_1, EDPB_9_2022_VERWERKER]);
  });

  it("a report to the AP on 7 November needs no reasons for delay: within 72 hours of the school's awareness (AVG 33(1))", () => {
    const geanalyseerd = stap(gemeld, {
      type: 'geanalyseerd',
      tijdstip: '2026-11-05T15:00:00+01:00',
      door: pf,
      uitkomst: beoordeelIncident(incident).uitkomst,
    });
    const r = verwerk(geanalyseerd, {
      type: 'ap-gemeld',
      tijdstip: '2026-11-07T10:00:00+01:00',
      door: pf,
      volledig: true,
    });
    expect(r.ok).toBe(true);
    const laat = verwerk(geanalyseerd, {
      type: 'ap-gemeld',
      tijdstip: '2026-11-08T09:01:00+01:00',
      door: pf,
      volledig: true,
    });
    expect(laat.ok ? [] : laat.problemen.map((p) => p.code)).toEqual(['REDEN_VERTRAGING_ONTBREEKT']);
  });

  it('two days past a 24-hour contract term is flagged first among the next steps, with the contract as source (AVG 33(2); policy)', () => {
    const [eerste, ...rest] = volgendeStappen(gemeld);
    expect(eerste?.code).toBe('VERWERKER_TE_LAAT');
    expect(eerste?.tekst).toBe(STAP_CODES.VERWERKER_TE_LAAT.nl);
    // The policy's source, as the kernel passes it on (never the school's own wording: no echo).
    expect(eerste?.bron?.titel).toBe('Beleid van de school (de bron staat in het beleid)');
    expect(eerste?.bron?.zekerheid).toBe('secundair');
    expect(rest.map((s) => s.code)).toContain('MELDEN_AP');
    // The stored policy may be replaced by the options, as for every other policy value.
    expect(volgendeStappen(gemeld, { beleid: { ...beleid, waarden: {} } }).map((s) => s.code)).not.toContain(
      'VERWERKER_TE_LAAT',
    );
  });

  it('no flag within the contract term, nor when no term was agreed: the statute says only "zonder onredelijke vertraging"', () => {
    const opTijd = stap(dossier(true), gemeldDoorVerwerker('2026-11-03T08:59:00+01:00'));
    expect(volgendeStappen(opTijd).map((s) => s.code)).not.toContain('VERWERKER_TE_LAAT');
    const halveMinuutErvoor = stap(dossier(true), gemeldDoorVerwerker('2026-11-03T08:59:30+01:00'));
    expect(volgendeStappen(halveMinuutErvoor).map((s) => s.code)).not.toContain('VERWERKER_TE_LAAT');
    const opDeGrens = stap(dossier(true), gemeldDoorVerwerker('2026-11-03T09:00:00+01:00'));
    expect(volgendeStappen(opDeGrens).map((s) => s.code)).toContain('VERWERKER_TE_LAAT');
    const zonderContract = stap(dossier(false), gemeldDoorVerwerker(TWEE_DAGEN_TE_LAAT));
    expect(volgendeStappen(zonderContract).map((s) => s.code)).not.toContain('VERWERKER_TE_LAAT');
  });

  it('the flag never holds back closing: once everything is done, SLUITEN is offered next to it', () => {
    let d = stap(gemeld, {
      type: 'geanalyseerd',
      tijdstip: '2026-11-05T15:00:00+01:00',
      door: pf,
      uitkomst: beoordeelIncident(incident).uitkomst,
    });
    d = stap(d, { type: 'ap-gemeld', tijdstip: '2026-11-06T10:00:00+01:00', door: pf, volledig: true });
    d = stap(d, {
      type: 'betrokkenen-geinformeerd',
      tijdstip: '2026-11-06T12:00:00+01:00',
      door: pf,
      aantal: 400,
      wijze: 'individueel',
    });
    d = stap(d, {
      type: 'herstelmaatregel',
      tijdstip: '2026-11-06T13:00:00+01:00',
      door: verwerker,
      omschrijving: 'Lek gedicht.',
    });
    d = stap(d, {
      type: 'preventieve-maatregel',
      tijdstip: '2026-11-06T14:00:00+01:00',
      door: pf,
      omschrijving: 'Contract aangescherpt.',
    });
    expect(volgendeStappen(d).map((s) => s.code)).toEqual(['VERWERKER_TE_LAAT', 'SLUITEN']);
    const gesloten = stap(d, { type: 'gesloten', tijdstip: '2026-11-06T15:00:00+01:00', door: pf });
    expect(volgendeStappen(gesloten)).toEqual([]);
  });

  it('the order is checked: discovery by the supplier, then its message, then the internal report (AVG 33(2))', () => {
    const leeg = dossier(false);
    const codes = (g: unknown) => {
      const r = verwerkJson(leeg, g);
      return r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.join('.')]);
    };
    expect(
      codes({
        ...gemeldDoorVerwerker(TWEE_DAGEN_TE_LAAT),
        verwerker: { schoolGeinformeerdOp: '2026-11-01T09:00:00+01:00' },
      }),
    ).toEqual([['VERWERKER_BERICHT_VOOR_ONTDEKKING', 'verwerker.schoolGeinformeerdOp']]);
    expect(
      codes({ ...gemeldDoorVerwerker(TWEE_DAGEN_TE_LAAT), tijdstip: '2026-11-04T09:00:00+01:00' }),
    ).toEqual([['MELDING_VOOR_BERICHT_VERWERKER', 'verwerker.schoolGeinformeerdOp']]);
    // An analysis that moves the supplier's discovery after its message is refused.
    const later = stap(leeg, {
      ...gemeldDoorVerwerker(TWEE_DAGEN_TE_LAAT),
      tijdstip: '2026-11-05T10:00:00+01:00',
    });
    const analyse = (ontdektOp: Tijdstip) => {
      const r = verwerk(later, {
        type: 'geanalyseerd',
        tijdstip: '2026-11-05T15:00:00+01:00',
        door: pf,
        uitkomst: beoordeelIncident(incident).uitkomst,
        incident: { ...incident, ontdektOp },
      });
      return r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.join('.')]);
    };
    expect(analyse('2026-11-05T09:30:00+01:00')).toEqual([
      ['VERWERKER_BERICHT_VOOR_ONTDEKKING', 'incident.ontdektOp'],
    ]);
    expect(analyse('2026-11-04T09:00:00+01:00')).toEqual([]);
  });

  it('a processor-route dossier replays to itself after a JSON round trip (the route is stored with the event)', () => {
    const kopie = JSON.parse(JSON.stringify(gemeld)) as DatalekDossier;
    expect(herspeel(kopie.kop, kopie.gebeurtenissen)).toEqual({ ok: true, waarde: gemeld });
    const t = toestand(kopie);
    expect(t.ok && t.waarde.fase !== 'nieuw' && t.waarde.verwerker).toEqual({
      schoolGeinformeerdOp: TWEE_DAGEN_TE_LAAT,
    });
  });

  it('messages never repeat input: the policy source stays out of the flag text', () => {
    expect(JSON.stringify(volgendeStappen(gemeld).map((s) => s.tekst))).not.toContain(
      'Verwerkersovereenkomst met',
    );
  });
});
