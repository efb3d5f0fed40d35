// Worked cases of the notice to the inspectie (issue 11): WPO 40c lid 3 ("Het bevoegd gezag stelt de inspectie
// van een schorsing voor een periode langer dan één dag schriftelijk en met opgave van redenen onverwijld in
// kennis", consolidation 2026-08-01), the chained schorsing of WPO 40c lid 1 flagged with its recorded reason,
// and a verwijdering (WPO 40 lid 11 asks no notice; the seed's Bijlage 20 letters copy the inspectie).
import { describe, expect, it } from 'vitest';
import type { Gebeurtenis } from '../dossier/gebeurtenissen.js';
import { bouwDossier } from '../testhulp/dossier.js';
import { inspectieMeldingSchema, meldingAanInspectie } from './melding.js';

type Besloten = Extract<Gebeurtenis, { type: 'schorsing-besloten' }>;
const SCHOOL = { brin: '12AB', vestiging: '01' };
const REDENEN = 'Herhaald fysiek geweld tegen medeleerlingen in de pauze.';
// Monday 9 to Friday 13 March 2026 and Monday 16 to Friday 20 March 2026, regio noord (the case)
const eerste: Besloten = {
  type: 'schorsing-besloten',
  datum: '2026-03-06',
  ingangsdatum: '2026-03-09',
  duur: { aantal: 5, eenheid: 'schooldagen' },
};
const tweede: Besloten = {
  ...eerste,
  datum: '2026-03-13',
  ingangsdatum: '2026-03-16',
  redenAansluitend: 'Nieuw, ernstig incident op 13 maart.',
};

describe('meldingAanInspectie: schorsing', () => {
  it('a schorsing of 5 school days: required (longer than one day), with dates, length, ids and the source', () => {
    const d = bouwDossier('dossier-i1', 'openbaar', [eerste]);
    const r = meldingAanInspectie(d, { school: SCHOOL, redenen: REDENEN, meldingsdatum: '2026-03-06' });
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    const m = r.waarde.uitkomst;
    expect(m).toMatchObject({
      soort: 'schorsing',
      school: SCHOOL,
      denominatie: 'openbaar',
      dossier: 'dossier-i1',
      leerling: 'leerling-1',
      besluitdatum: '2026-03-06',
      wettelijkVerplicht: true,
      schorsing: {
        nummer: 1,
        ingangsdatum: '2026-03-09',
        laatsteDag: '2026-03-13',
        terugOp: '2026-03-16',
        schooldagen: 5,
        kalenderdagen: 5,
      },
    });
    expect(m.grondslag).toMatchObject({ artikel: 'art. 40c lid 3', zekerheid: 'wettekst' });
    expect(m.soort === 'schorsing' && m.aansluitend).toBeUndefined();
    expect(r.waarde.redenen.map((x) => x.code)).toEqual(['INSPECTIE_MELDEN', 'INSPECTIE_SIGNAALTERMIJN']);
    expect(inspectieMeldingSchema.safeParse(JSON.parse(JSON.stringify(m))).success).toBe(true);
  });

  it('a one-day schorsing: not required by the statute ("langer dan één dag"), the notice can still be built', () => {
    const d = bouwDossier('dossier-i2', 'bijzonder', [
      { ...eerste, duur: { aantal: 1, eenheid: 'schooldagen' } },
    ]);
    const r = meldingAanInspectie(d, {
      school: { brin: '12AB' },
      redenen: REDENEN,
      meldingsdatum: '2026-03-06',
    });
    expect(r.ok && [r.waarde.uitkomst.wettelijkVerplicht, r.waarde.redenen.map((x) => x.code)]).toEqual([
      false,
      ['INSPECTIE_NIET_MELDEN'],
    ]);
  });

  it('two schorsingen back to back with a recorded reason: the second notice is flagged and carries the reason', () => {
    const d = bouwDossier('dossier-i3', 'openbaar', [eerste, tweede]);
    const r = meldingAanInspectie(d, { school: SCHOOL, redenen: REDENEN, meldingsdatum: '2026-03-13' });
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    const m = r.waarde.uitkomst;
    expect(m.soort === 'schorsing' && [m.schorsing.nummer, m.aansluitend]).toEqual([
      2,
      { reden: 'Nieuw, ernstig incident op 13 maart.' },
    ]);
    expect(r.waarde.redenen.map((x) => x.code)).toContain('INSPECTIE_AANSLUITEND_GEMELD');
    // the first one, asked by number, is not flagged
    const eersteMelding = meldingAanInspectie(d, {
      schorsing: 1,
      school: SCHOOL,
      redenen: REDENEN,
      meldingsdatum: '2026-03-13',
    });
    expect(
      eersteMelding.ok &&
        eersteMelding.waarde.uitkomst.soort === 'schorsing' &&
        eersteMelding.waarde.uitkomst.aansluitend,
    ).toBeUndefined();
  });

  it('ids only: the pupil is a role id, a name or BSN in the BRIN field is refused without repeating it', () => {
    const d = bouwDossier('dossier-i4', 'openbaar', [eerste]);
    const r = meldingAanInspectie(d, {
      school: { brin: '123456782' },
      redenen: REDENEN,
      meldingsdatum: '2026-03-06',
    });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['ONGELDIG_FORMAAT', ['school', 'brin']],
    ]);
    expect(JSON.stringify(r)).not.toContain('123456782');
    expect(inspectieMeldingSchema.safeParse({ soort: 'schorsing', leerling: '123456782' }).success).toBe(
      false,
    );
  });

  it('no such schorsing, no reasons, no verwijdering: coded problems', () => {
    const d = bouwDossier('dossier-i5', 'openbaar', [eerste]);
    const geen = meldingAanInspectie(d, {
      schorsing: 2,
      school: SCHOOL,
      redenen: REDENEN,
      meldingsdatum: '2026-03-06',
    });
    expect(geen.ok ? [] : geen.problemen.map((p) => [p.code, p.parameters])).toEqual([
      ['INSPECTIE_SCHORSING_ONBEKEND', { nummer: 2 }],
    ]);
    const leeg = meldingAanInspectie(d, { school: SCHOOL, redenen: ' ', meldingsdatum: '2026-03-06' });
    expect(leeg.ok ? [] : leeg.problemen.map((p) => p.pad)).toEqual([['redenen']]);
    const verw = meldingAanInspectie(d, {
      soort: 'verwijdering',
      school: SCHOOL,
      redenen: REDENEN,
      meldingsdatum: '2026-03-06',
    });
    expect(verw.ok ? [] : verw.problemen.map((p) => p.code)).toEqual(['INSPECTIE_GEEN_VERWIJDERING']);
  });
});

describe('meldingAanInspectie: lifted early or revoked', () => {
  it('lifted early: the notice says so; revoked: no statutory notice any more', () => {
    const opgeheven = bouwDossier('dossier-i7', 'openbaar', [
      eerste,
      { type: 'schorsing-opgeheven', datum: '2026-03-10', terugOp: '2026-03-11' },
    ]);
    const o = meldingAanInspectie(opgeheven, {
      school: SCHOOL,
      redenen: REDENEN,
      meldingsdatum: '2026-03-10',
    });
    expect(
      o.ok &&
        o.waarde.uitkomst.soort === 'schorsing' && [
          o.waarde.uitkomst.opgeheven,
          o.waarde.uitkomst.wettelijkVerplicht,
        ],
    ).toEqual([{ datum: '2026-03-10', terugOp: '2026-03-11' }, true]);
    const ingetrokken = bouwDossier('dossier-i8', 'openbaar', [
      eerste,
      { type: 'schorsing-ingetrokken', datum: '2026-03-09' },
    ]);
    const i = meldingAanInspectie(ingetrokken, {
      school: SCHOOL,
      redenen: REDENEN,
      meldingsdatum: '2026-03-09',
    });
    expect(i.ok && [i.waarde.uitkomst.wettelijkVerplicht, i.waarde.redenen.map((x) => x.code)]).toEqual([
      false,
      ['INSPECTIE_NIET_MELDEN_INGETROKKEN'],
    ]);
  });
});

describe('meldingAanInspectie: verwijdering', () => {
  it('not a statutory notice (WPO 40 lid 11 read: no notice), with the date and the receiving school id', () => {
    const d = bouwDossier('dossier-i6', 'bijzonder', [
      {
        type: 'gesprek',
        datum: '2026-03-02',
        onderwerp: 'verwijdering',
        deelnemers: ['ouders', 'leerkracht'],
      },
      {
        type: 'ontvangende-school',
        datum: '2026-03-09',
        schoolId: 'school-2',
        schriftelijkBevestigd: true,
        bereidPer: '2026-04-01',
      },
      { type: 'verwijdering-besloten', datum: '2026-03-16', verwijderingsdatum: '2026-04-01' },
    ]);
    const r = meldingAanInspectie(d, {
      soort: 'verwijdering',
      school: SCHOOL,
      redenen: REDENEN,
      meldingsdatum: '2026-03-16',
    });
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    expect(r.waarde.uitkomst).toMatchObject({
      soort: 'verwijdering',
      wettelijkVerplicht: false,
      besluitdatum: '2026-03-16',
      verwijdering: { verwijderingsdatum: '2026-04-01', ontvangendeSchool: 'school-2' },
    });
    expect(r.waarde.uitkomst.grondslag.zekerheid).toBe('interpretatie');
    expect(r.waarde.redenen.map((x) => x.code)).toEqual(['VERWIJDERING_MELDING_GEEN_PLICHT']);
  });
});
