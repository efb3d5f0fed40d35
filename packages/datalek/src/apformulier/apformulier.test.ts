import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import formulier2018 from '../../fixtures/apformulier.json' with { type: 'json' };
import formulier2021 from '../../fixtures/apformulier-2021.json' with { type: 'json' };
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { GESTOLEN_LAPTOP, GEVALLEN, incidentUit } from '../incident/gevallen.js';
import {
  AP_FORMULIER_2021,
  AP_FORMULIER_VRAGEN,
  type ApMelding,
  type ApMelding2018,
  apMelding2018Schema,
  apMeldingFase,
  apMeldingSchema,
  apMeldingUitIncident,
  controleerApMelding,
  UITSTELBARE_VRAGEN,
} from './apformulier.js';

// the stolen laptop of the worked cases, with the pupils' BSN on it as well
const laptop = incidentUit(GESTOLEN_LAPTOP, { categorieen: ['identificerend', 'gezondheid-zorg', 'bsn'] });
const HACK_400 =
  'hack: namen, geboortedata en adressen van 400 leerlingen, niet bekend of ze misbruikt worden';

function paden(r: { ok: true } | { ok: false; problemen: readonly { pad: readonly (string | number)[] }[] }) {
  return r.ok ? [] : r.problemen.map((p) => String(p.pad[0]));
}

function fout(f: () => unknown): SchoolveiligheidFout {
  try {
    f();
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return e;
    throw e;
  }
  throw new Error('geen fout');
}

// Fictional organisation and reporter: no real names or numbers (GUIDE section 10).
const A21 = formulier2021.antwoorden as ApMelding;

describe('the seed preset: the AP form of the seed’s Bijlage 15 (formulier: seed-2018)', () => {
  const { antwoorden } = formulier2018 as { antwoorden: ApMelding2018 };
  const aanvulling: ApMelding2018 = {
    organisatie: antwoorden.organisatie,
    melder: antwoorden.melder,
    samenvatting: antwoorden.samenvatting,
    maatregelen: antwoorden.maatregelen,
    tijdstipInformeren: antwoorden.tijdstipInformeren,
    inhoudMededeling: antwoorden.inhoudMededeling,
    aantalGeinformeerd: antwoorden.aantalGeinformeerd,
    communicatiemiddelen: antwoorden.communicatiemiddelen,
    andereEuLanden: antwoorden.andereEuLanden,
    gemeldAndereToezichthouders: antwoorden.gemeldAndereToezichthouders,
    volledig: antwoorden.volledig,
  };
  const seed = { formulier: 'seed-2018' } as const;
  const concept = apMeldingUitIncident(laptop, beoordeelIncident(laptop).uitkomst, seed);

  it('pre-fills what the registration answers', () => {
    expect(concept).toMatchObject({
      wettelijkeGrondslag: 'AVG art. 33',
      aantalBetrokkenen: 28,
      groepBetrokkenen: 'leerlingen',
      aardInbreuk: ['diefstal', 'kopieren'],
      gevolgen: ['stigmatisering', 'identiteitsfraude'],
      betrokkenenGeinformeerd: 'ja',
      versleuteld: 'nee',
    });
    expect(apMelding2018Schema.safeParse(concept).success).toBe(true);
  });

  it('lists the questions still open, by question number (vraag 14, 19, 25, 32, 34-37, 42-44)', () => {
    const r = controleerApMelding(concept, seed);
    const open = r.ok
      ? []
      : r.problemen.map((p) => AP_FORMULIER_VRAGEN[p.pad[0] as keyof ApMelding2018].vraag);
    expect(open.sort((a, b) => a - b)).toEqual([14, 19, 25, 32, 34, 35, 36, 37, 42, 43, 44]);
    expect(r.ok ? '' : r.problemen[0]?.melding).toMatch(/^Vraag \d+ \(/);
  });

  it('is complete once they are answered', () => {
    expect(controleerApMelding({ ...concept, ...aanvulling }, seed).ok).toBe(true);
  });

  it('asks for the reason for not informing (vraag 38) and how data were encrypted (vraag 40)', () => {
    const r = controleerApMelding(
      { ...concept, ...aanvulling, betrokkenenGeinformeerd: 'nee', versleuteld: 'deels' },
      seed,
    );
    expect(paden(r)).toEqual(['redenNietInformeren', 'wijzeVersleuteling']);
  });

  it('a follow-up report needs its purpose (vraag 12); a late report its reasons (AVG 33(1))', () => {
    const r = controleerApMelding(
      { ...concept, ...aanvulling, vervolgOp: 'AP-1' },
      { ...seed, naTermijn: true },
    );
    expect(paden(r)).toEqual(['strekkingVervolgmelding', 'redenVertraging']);
  });

  it('never repeats the reporter’s details in a problem', () => {
    const r = controleerApMelding({ ...aanvulling, melder: { ...aanvulling.melder, telefoon: 12345 } }, seed);
    expect(JSON.stringify(r)).not.toContain(antwoorden.melder?.email as string);
    expect(JSON.stringify(r)).not.toContain('12345');
  });
});

describe('the AP’s form since 2021: the default (AP_MELDFORMULIER_2021, AVG 33(3) onder a-d, 34)', () => {
  it('the table covers every field of the schema once, each with a source; the deferrable ones are AVG 33(3) content', () => {
    const velden = AP_FORMULIER_2021.map((v) => v.veld);
    expect(new Set(velden).size).toBe(velden.length);
    expect([...velden].sort()).toEqual(Object.keys(apMeldingSchema.shape).sort());
    for (const v of AP_FORMULIER_2021)
      expect(v.bron.zekerheid).toMatch(/^(wettekst|secundair|interpretatie|onbevestigd)$/);
    expect(AP_FORMULIER_2021.filter((v) => v.uitstelbaar).map((v) => v.veld)).toEqual([
      ...UITSTELBARE_VRAGEN,
    ]);
    // never deferrable: who reports, the contact point (AVG 33(3)(b)), the discovery and the summary
    for (const veld of ['melder', 'contactpunt', 'ontdektOp', 'samenvatting'])
      expect(AP_FORMULIER_2021.find((v) => v.veld === veld)?.uitstelbaar).toBe(false);
    expect(AP_FORMULIER_2021.find((v) => v.veld === 'contactpunt')?.bron.artikel).toBe(
      'art. 33 lid 3 onder b',
    );
    expect(AP_FORMULIER_2021.find((v) => v.veld === 'gevolgen')?.bron.artikel).toBe('art. 33 lid 3 onder c');
    expect(AP_FORMULIER_2021.find((v) => v.veld === 'maatregelen')?.bron.artikel).toBe(
      'art. 33 lid 3 onder d',
    );
  });

  it('the stolen laptop: pre-filled, and the questions still open by section (onderdelen 1-8)', () => {
    const concept = apMeldingUitIncident(laptop, beoordeelIncident(laptop).uitkomst);
    expect(concept).toMatchObject({
      soortMelding: 'eerste',
      ontdektOp: laptop.ontdektOp,
      tijdstipInbreuk: { soort: 'onbekend' },
      aantalBetrokkenen: 28,
      bijzondereGegevens: 'ja', // zorggegevens: gezondheid, AVG art. 9
      ernstGevolgen: 'hoog',
      betrokkenenGeinformeerd: 'ja',
      wijzeInformeren: 'individueel',
    });
    const r = controleerApMelding(concept);
    expect(paden(r)).toEqual([
      'organisatie',
      'melder',
      'contactpunt',
      'andereOrganisatie',
      'duurtVoort',
      'samenvatting',
      'oorzaak',
      'aantalRecords',
      'maatregelenVooraf',
      'maatregelen',
      'tijdstipInformeren',
      'inhoudMededeling',
      'aantalGeinformeerd',
      'communicatiemiddelen',
      'andereEuLanden',
    ]);
    expect(r.ok ? undefined : r.problemen[2]).toMatchObject({
      code: 'VRAAG_ONBEANTWOORD',
      parameters: { veld: 'contactpunt', onderdeel: 1 },
    });
    expect(r.ok ? '' : r.problemen[2]?.melding).toMatch(/^Onderdeel 1 \(Contactgegevens/);
  });

  it('every breach of the worked cases (fixtures/gevallen.json) fills in completely with the fixture’s answers', () => {
    let gemeld = 0;
    for (const g of GEVALLEN) {
      const uitkomst = beoordeelIncident(g.invoer.incident).uitkomst;
      if (!uitkomst.meldplichtAP) continue;
      gemeld++;
      const concept = apMeldingUitIncident(g.invoer.incident, uitkomst, {
        mededeling: A21.inhoudMededeling as string,
      });
      const r = controleerApMelding({ ...A21, ...concept, eindeInbreuk: concept.ontdektOp });
      expect(r.ok ? [] : r.problemen.map((p) => `${g.naam}: ${p.pad[0]}`)).toEqual([]);
      // the shared facts are those of the registration and its decision (AVG 33(3)(a), 34(1))
      expect(concept.aantalBetrokkenen).toBe(g.invoer.incident.betrokkenen.aantal);
      expect(concept.betrokkenenGeinformeerd).toBe(uitkomst.betrokkenenInformeren ? 'ja' : 'nee');
      expect(concept.ernstGevolgen).toBe(uitkomst.risico);
    }
    expect(gemeld).toBeGreaterThan(10);
  });

  it('a contact point separate from the reporter, or explicitly the reporter (AVG 33(3)(b); AP privacyverklaring)', () => {
    const concept = { ...apMeldingUitIncident(laptop, beoordeelIncident(laptop).uitkomst), ...A21 };
    expect(controleerApMelding(concept).ok).toBe(true);
    expect(controleerApMelding({ ...concept, contactpunt: { zelfdeAlsMelder: true } }).ok).toBe(true);
    const { contactpunt: _weg, ...zonder } = concept;
    expect(paden(controleerApMelding(zonder))).toEqual(['contactpunt']);
  });

  it('dependent questions: the end of a breach that is over, how data were encrypted, the reason for not informing, the delay', () => {
    const concept = { ...apMeldingUitIncident(laptop, beoordeelIncident(laptop).uitkomst), ...A21 };
    const { eindeInbreuk: _e, wijzeVersleuteling: _w, redenNietInformeren: _r, ...kaal } = concept;
    expect(paden(controleerApMelding({ ...kaal, duurtVoort: 'ja' }))).toEqual([]);
    expect(paden(controleerApMelding(kaal, { naTermijn: true }))).toEqual([
      'eindeInbreuk',
      'redenVertraging',
    ]);
    expect(
      paden(
        controleerApMelding({
          ...kaal,
          duurtVoort: 'ja',
          versleuteld: 'deels',
          betrokkenenGeinformeerd: 'nee',
        }),
      ),
    ).toEqual(['wijzeVersleuteling', 'redenNietInformeren']);
    expect(
      paden(
        controleerApMelding({
          ...kaal,
          duurtVoort: 'ja',
          andereEuLanden: 'ja',
          gemeldAndereToezichthouders: undefined,
        }),
      ),
    ).toEqual(['gemeldAndereToezichthouders']);
  });

  it('the timeline must be in order, a range not upside down', () => {
    const concept = apMeldingUitIncident(laptop, beoordeelIncident(laptop).uitkomst);
    const laat = controleerApMelding({
      ...concept,
      tijdstipInbreuk: { soort: 'op', op: '2026-10-24T08:00:00+02:00' },
    });
    expect(laat.ok ? [] : laat.problemen.map((p) => [p.code, p.pad[0]])).toEqual([
      ['TIJDLIJN_VOLGORDE', 'tijdstipInbreuk'],
    ]);
    const einde = controleerApMelding({
      ...concept,
      tijdstipInbreuk: { soort: 'op', op: '2026-10-22T08:00:00+02:00' },
      eindeInbreuk: '2026-10-21T08:00:00+02:00',
    });
    expect(einde.ok ? [] : einde.problemen.map((p) => p.code)).toEqual(['TIJDLIJN_VOLGORDE']);
    const bereik = controleerApMelding({ ...concept, aantalRecords: { van: 60, tot: 28 } });
    expect(bereik.ok ? [] : bereik.problemen.map((p) => [p.code, p.pad[0]])).toEqual([
      ['BEREIK_OMGEKEERD', 'aantalRecords'],
    ]);
    expect(bereik.ok ? '' : bereik.problemen[0]?.melding).toMatch(/ondergrens boven de bovengrens/);
  });

  it('never repeats the reporter, the contact point or a free text in a problem', () => {
    const r = controleerApMelding({
      melder: { naam: 'Jan Jansen', functie: 'directeur', email: 'jan@example.org', telefoon: '0612345678' },
      contactpunt: { naam: 'Piet Pietersen', functie: 'fg', email: 'piet@example.org', telefoon: 12345 },
      samenvatting: 'Het rapport van Jan Jansen 111222333 ging naar de verkeerde ouder.',
    });
    for (const geheim of ['Jan Jansen', 'jan@example.org', '0612345678', 'Piet', '12345', '111222333'])
      expect(JSON.stringify(r)).not.toContain(geheim);
  });

  it('misuse throws ONGELDIGE_INVOER: an unknown form, a non-boolean naTermijn, a bad supplier moment or message', () => {
    const uitkomst = beoordeelIncident(laptop).uitkomst;
    expect(fout(() => controleerApMelding({}, { formulier: 'ap-2016' as never })).code).toBe(
      'ONGELDIGE_INVOER',
    );
    expect(fout(() => controleerApMelding({}, { naTermijn: 'ja' as never })).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => apMeldingFase({}, { formulier: 'seed-2018' })).code).toBe('ONGELDIGE_INVOER');
    expect(
      fout(() =>
        apMeldingUitIncident(laptop, uitkomst, { verwerker: { schoolGeinformeerdOp: 'gisteren' as never } }),
      ).code,
    ).toBe('ONGELDIGE_INVOER');
    expect(fout(() => apMeldingUitIncident(laptop, uitkomst, { mededeling: '  ' })).code).toBe(
      'ONGELDIGE_INVOER',
    );
    expect(
      fout(() => apMeldingUitIncident(laptop, uitkomst, { mededeling: 'Jan Jansen'.repeat(1000) })).message,
    ).not.toContain('Jan');
  });
});

describe('phased notification (AVG 33(4); EDPB 9/2022 nr. 52-53 and 60; AP "Zo meldt u een datalek" stap 4)', () => {
  const hack = incidentUit(HACK_400);
  const uitkomst = beoordeelIncident(hack).uitkomst;
  const basis = {
    ...apMeldingUitIncident(hack, uitkomst),
    organisatie: A21.organisatie,
    melder: A21.melder,
    contactpunt: { zelfdeAlsMelder: true as const },
    samenvatting: 'Inbraak in de leerlingadministratie.',
    andereEuLanden: 'onbekend' as const,
  };
  const nogNietBekend = [
    'andereOrganisatie',
    'tijdstipInbreuk',
    'duurtVoort',
    'oorzaak',
    'aantalRecords',
    'maatregelenVooraf',
    'maatregelen',
    'tijdstipInformeren',
    'inhoudMededeling',
    'aantalGeinformeerd',
    'communicatiemiddelen',
  ] as const;

  it('the 400-pupil hack, first notification within 72 hours with what is not known yet listed as open', () => {
    const { tijdstipInbreuk: _t, ...eerste } = { ...basis, openVragen: [...nogNietBekend] };
    const fase = apMeldingFase(eerste);
    expect(fase.ok).toBe(true);
    if (!fase.ok) return;
    expect(fase.waarde).toMatchObject({
      soort: 'eerste',
      open: [...nogNietBekend],
      volledig: false,
      vervolgmeldingNodig: true,
      gebeurtenis: { type: 'ap-gemeld', volledig: false },
    });
    // no source read gives a term for the follow-up: the AVG says "zonder verdere onredelijke vertraging"
    expect(fase.waarde.termijnVervolgmelding.termijn).toBeNull();
    expect(fase.waarde.termijnVervolgmelding.bronnen.map((b) => b.artikel)).toContain('art. 33 lid 4');
    // an unknown answer left out without listing it is a problem, not an open question
    const { oorzaak: _o, ...zonderLijst } = {
      ...eerste,
      openVragen: nogNietBekend.filter((v) => v !== 'oorzaak'),
    };
    expect(paden(apMeldingFase(zonderLijst))).toEqual(['oorzaak']);
  });

  it('who reports and the summary cannot wait for a follow-up', () => {
    const r = apMeldingFase({ ...basis, openVragen: ['melder'] });
    expect(r.ok ? [] : r.problemen.map((p) => p.pad.join('.'))).toEqual(['openVragen.0']);
  });

  it('a follow-up (aanvulling) answers the open questions and completes the notification', () => {
    const aanvulling = {
      ...basis,
      ...A21,
      soortMelding: 'aanvulling' as const,
      vervolgOp: 'AP-2026-0001',
      eindeInbreuk: hack.ontdektOp,
    };
    const fase = apMeldingFase(aanvulling);
    expect(fase.ok ? fase.waarde : undefined).toMatchObject({
      soort: 'aanvulling',
      open: [],
      volledig: true,
      vervolgmeldingNodig: false,
      gebeurtenis: { type: 'vervolgmelding', volledig: true },
    });
    // a follow-up without the number of the first notification is refused
    const { vervolgOp: _v, ...zonderNummer } = aanvulling;
    expect(paden(apMeldingFase(zonderNummer))).toEqual(['vervolgOp']);
    // a correction says what it corrects
    expect(paden(apMeldingFase({ ...aanvulling, soortMelding: 'wijziging' }))).toEqual([
      'toelichtingVervolg',
    ]);
  });

  it('a withdrawal: the USB stick was found, it was no breach after all (EDPB 9/2022 nr. 60)', () => {
    const intrekking = {
      soortMelding: 'intrekking',
      vervolgOp: 'AP-2026-0002',
      redenIntrekking: 'geen-datalek',
      wettelijkeGrondslag: 'AVG art. 33',
      organisatie: A21.organisatie,
      melder: A21.melder,
    };
    const fase = apMeldingFase(intrekking);
    expect(fase.ok ? fase.waarde : undefined).toMatchObject({
      soort: 'intrekking',
      open: [],
      volledig: true,
      ingetrokken: true,
      geenDatalek: true,
      vervolgmeldingNodig: false,
      gebeurtenis: { type: 'vervolgmelding', volledig: true, ingetrokken: true },
    });
    expect(paden(apMeldingFase({ ...intrekking, redenIntrekking: undefined }))).toEqual(['redenIntrekking']);
    expect(paden(apMeldingFase({ ...intrekking, redenIntrekking: 'anders' }))).toEqual([
      'toelichtingVervolg',
    ]);
  });
});

describe('a supplier breach: discovery is the school’s moment (AVG 33(2); EDPB 9/2022 on the processor)', () => {
  // the LVS supplier discovered the hack on 18 November and told the school two days later
  const hack = incidentUit(HACK_400, { ontdektOp: '2026-11-18T09:00:00+01:00' });
  const uitkomst = beoordeelIncident(hack).uitkomst;
  const verwerker = { schoolGeinformeerdOp: '2026-11-20T09:00:00+01:00' } as const;

  it('the form’s moment of discovery is when the verwerker informed the school; the verwerker is the other organisation', () => {
    const concept = apMeldingUitIncident(hack, uitkomst, { verwerker });
    expect(concept).toMatchObject({
      ontdektOp: '2026-11-20T09:00:00+01:00',
      ontdektDoorVerwerkerOp: '2026-11-18T09:00:00+01:00',
      andereOrganisatie: { betrokken: 'ja', rol: 'verwerker' },
    });
    expect(paden(controleerApMelding(concept))).not.toContain('andereOrganisatie');
    // the seed's 2018 form has no such question: its shared answers do not change
    const oud = apMeldingUitIncident(hack, uitkomst, { verwerker, formulier: 'seed-2018' });
    expect(oud).toEqual(apMeldingUitIncident(hack, uitkomst, { formulier: 'seed-2018' }));
  });

  it('a verwerker cannot have informed the school before the breach was discovered', () => {
    const e = fout(() =>
      apMeldingUitIncident(hack, uitkomst, {
        verwerker: { schoolGeinformeerdOp: '2026-11-17T09:00:00+01:00' },
      }),
    );
    expect(e.code).toBe('ONGELDIGE_INVOER');
    const r = controleerApMelding({
      ...apMeldingUitIncident(hack, uitkomst, { verwerker }),
      ontdektDoorVerwerkerOp: '2026-11-21T09:00:00+01:00',
    });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad[0]])).toEqual([
      ['TIJDLIJN_VOLGORDE', 'ontdektDoorVerwerkerOp'],
    ]);
  });
});
