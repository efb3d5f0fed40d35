import { berekenTermijn, schoolkalender, type Tijdstip } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { calamiteitenProcedure } from '../dossier/procedure.js';
import { nazorgPlan } from './nazorg.js';

// Seed Bijlage 18/19 ("binnen 72 uur", "binnen drie dagen"); the day kind is SEED_OPVANG_DAGSOORT; kerstvakantie
// 2026-2027: 19 December 2026 to 3 January 2027 (Rijksoverheid, kern's SCHOOLVAKANTIES).
describe('aftercare starting on Friday 18 December 2026, the day before the kerstvakantie', () => {
  it('counts "drie dagen" in calendar days: Monday 21 December, not Wednesday 6 January as school days would', () => {
    const plan = nazorgPlan({ incidentOp: '2026-12-18T14:00:00+01:00', slachtoffer: 'leerling' });
    const drie = plan.uitkomst.termijnen.find((t) => t.code === 'NAZORG_CONTACT_3_DAGEN');
    expect([drie?.termijn.laatsteDag, drie?.termijn.verlengdDoorAtw]).toEqual(['2026-12-21', false]);
    const alsSchooldagen = berekenTermijn({
      gebeurtenis: '2026-12-18',
      duur: { aantal: 3, eenheid: 'schooldagen' },
      grondslag: 'regeling',
      kalender: schoolkalender({ regio: 'midden' }),
    });
    expect(alsSchooldagen.laatsteDag).toBe('2027-01-06');
    expect(plan.redenen.map((r) => r.code)).toEqual(['STRENGSTE_CONTACTTERMIJN', 'DAGSOORT_KALENDERDAGEN']);
  });

  it('computes every term with kern from its registry rule, with source, certainty and trace (Bijlage 18, Contact met slachtoffer)', () => {
    const plan = nazorgPlan({ incidentOp: '2026-12-18T14:00:00+01:00', slachtoffer: 'leerling' });
    expect(
      plan.uitkomst.termijnen.map((t) => [
        t.code,
        t.regel,
        t.bron.zekerheid,
        t.termijn.duur,
        t.termijn.laatsteDag,
      ]),
    ).toEqual([
      [
        'NAZORG_CONTACT_72_UUR',
        'calamiteiten.nazorg.contactUren',
        'secundair',
        { aantal: 72, eenheid: 'uren' },
        '2026-12-21',
      ],
      [
        'NAZORG_CONTACT_3_DAGEN',
        'calamiteiten.nazorg.contactDagen',
        'interpretatie',
        { aantal: 3, eenheid: 'kalenderdagen' },
        '2026-12-21',
      ],
      [
        'NAZORG_VERVOLGGESPREK',
        'calamiteiten.nazorg.vervolggesprek',
        'secundair',
        { aantal: 3, eenheid: 'weken' },
        '2027-01-08',
      ],
      [
        'NAZORG_AFSLUITEND_GESPREK',
        'calamiteiten.nazorg.afsluitendGesprek',
        'secundair',
        { aantal: 2, eenheid: 'maanden' },
        '2027-02-18',
      ],
    ]);
    for (const t of plan.uitkomst.termijnen) {
      expect(t.bron.artikel).toBe('Bijlage 18 en 19');
      expect(t.termijn.spoor.length).toBeGreaterThan(1);
    }
  });

  it('adds the return check, the bedrijfsarts signal and, after a serious accident, the notice to BHV and MR (Bijlage 19)', () => {
    const plan = nazorgPlan({
      incidentOp: '2026-12-18T14:00:00+01:00',
      slachtoffer: 'medewerker',
      terugkeerOp: '2027-01-11',
      ernstigOngeval: true,
    });
    expect(plan.uitkomst.termijnen.find((t) => t.code === 'NAZORG_TERUGKEER')?.termijn.laatsteDag).toBe(
      '2027-01-25',
    );
    expect(plan.redenen.map((r) => r.code)).toContain('MELDING_BHV_EN_MR');
    expect(plan.uitkomst.opvang).toEqual([
      'opvangteam',
      'veiligheidscoordinator',
      'bedrijfsarts',
      'bhver',
      'medezeggenschapsraad',
    ]);
  });

  it("lists the tasks without a term with their roles: the opvangteam's six, the coordinator's, return, doctor, notice", () => {
    const taken = (invoer: Parameters<typeof nazorgPlan>[0]) =>
      nazorgPlan(invoer).uitkomst.taken.map((t) => [t.code, t.rol]);
    const medewerker = taken({
      incidentOp: '2026-12-18T14:00:00+01:00',
      slachtoffer: 'medewerker',
      ernstigOngeval: true,
    });
    // Bijlage 19: Taken en verantwoordelijkheden (the opvangteam's list), Terugkeer op het werk ("De directie en
    // het opvangteam"), Ziekmelding ("De bedrijfsarts wordt ingeschakeld"), Interne melding.
    expect(medewerker).toEqual([
      ['OPVANG_EERSTE_OPVANG', 'medewerker'],
      ['OPVANG_LUISTEREND_OOR', 'opvangteam'],
      ['OPVANG_ADVIES_SYMPTOMEN', 'opvangteam'],
      ['OPVANG_INFORMATIE_HULP', 'opvangteam'],
      ['OPVANG_GRENZEN_DOORVERWIJZEN', 'opvangteam'],
      ['OPVANG_OMGAAN_MET_SCHOK', 'opvangteam'],
      ['OPVANG_VERTROUWELIJK', 'opvangteam'],
      ['OPVANG_MELDINGSFORMULIER', 'veiligheidscoordinator'],
      ['OPVANG_VOORTGANG_BEWAKEN', 'veiligheidscoordinator'],
      ['OPVANG_CONTINUITEIT', 'veiligheidscoordinator'],
      ['OPVANG_TERUGKEER_BEGELEIDEN', 'directeur'],
      ['OPVANG_BEDRIJFSARTS', 'bedrijfsarts'],
      ['OPVANG_MELDING_BHV_EN_MR', 'directeur'],
    ]);
    // Bijlage 18: for a pupil the safety coordinator sees to the return; no company doctor, no notice.
    const leerling = taken({ incidentOp: '2026-12-18T14:00:00+01:00', slachtoffer: 'leerling' });
    expect(leerling.slice(-1)).toEqual([['OPVANG_TERUGKEER_BEGELEIDEN', 'veiligheidscoordinator']]);
    expect(leerling).toHaveLength(11);
  });
});

// The clock goes forward on Sunday 28 March 2027 (EU Directive 2000/84/EC: last Sunday of March, 01:00 UTC), so
// that night has 23 hours: 72 hours after Thursday 25 March 23:30 is Monday 29 March 00:30 (CEST), half an hour
// after midnight of the third calendar day.
describe('aftercare across the spring clock change', () => {
  it('an incident at 23:30 three days before it has the 3 calendar days end first, and says so', () => {
    const plan = nazorgPlan({ incidentOp: '2027-03-25T23:30:00+01:00', slachtoffer: 'leerling' });
    const vervalt = (c: string) => plan.uitkomst.termijnen.find((t) => t.code === c)?.termijn.vervaltOp;
    expect(vervalt('NAZORG_CONTACT_72_UUR')).toBe('2027-03-29T00:30:00+02:00');
    expect(vervalt('NAZORG_CONTACT_3_DAGEN')).toBe('2027-03-29T00:00:00+02:00');
    expect(plan.uitkomst.strengsteContact).toBe('NAZORG_CONTACT_3_DAGEN');
    expect(plan.redenen[0]?.tekst).toContain('"binnen drie dagen"');
  });
});

// The same terms in the calamity dossier (seed Bijlage 18, "De opvangprocedure" and "Contact met slachtoffer"):
// counted from the report, which the seed has made "onmiddellijk"; each ends when its step is done.
describe("aftercare terms in the calamity dossier's openTermijnen", () => {
  const gemeld = (soort: 'geweld' | 'overlijden', tijdstip: Tijdstip) => {
    const d = calamiteitenProcedure.nieuwDossier({ id: 'calamiteit-1', soort });
    const r = d.ok
      ? calamiteitenProcedure.verwerk(d.waarde, { type: 'gemeld', tijdstip, rol: 'medewerker' })
      : d;
    if (!r.ok) throw new Error('gemeld');
    return r.waarde;
  };

  it('violence reported Friday 18 December 2026 14:00: the four terms with roles, rules and Monday 21 December status', () => {
    const d = gemeld('geweld', '2026-12-18T14:00:00+01:00');
    const open = calamiteitenProcedure.openTermijnen(d, '2026-12-21T10:00:00+01:00');
    expect(open.map((t) => [t.code, t.rol, t.termijn?.vervaltOp, t.status?.fase])).toEqual([
      ['NAZORG_CONTACT_72_UUR', 'directeur', '2026-12-21T14:00:00+01:00', 'bijna-verlopen'],
      ['NAZORG_CONTACT_3_DAGEN', 'veiligheidscoordinator', '2026-12-22T00:00:00+01:00', 'bijna-verlopen'],
      ['NAZORG_VERVOLGGESPREK', 'directeur', '2027-01-09T00:00:00+01:00', 'lopend'],
      ['NAZORG_AFSLUITEND_GESPREK', 'directeur', '2027-02-19T00:00:00+01:00', 'lopend'],
    ]);
    expect(open.map((t) => [t.bron?.artikel, t.bron?.zekerheid])).toEqual([
      ['Bijlage 18 en 19', 'secundair'],
      ['Bijlage 18 en 19', 'interpretatie'],
      ['Bijlage 18 en 19', 'secundair'],
      ['Bijlage 18 en 19', 'secundair'],
    ]);
    expect(open[0]?.termijn?.spoor.length).toBeGreaterThan(0);
  });

  it('the directie contact ends the 72 hours and makes the follow-up talk the next step; Tuesday the 3 days are overdue', () => {
    const d = gemeld('geweld', '2026-12-18T14:00:00+01:00');
    const r = calamiteitenProcedure.verwerkAlle(d, [
      {
        type: 'stap-afgerond',
        tijdstip: '2026-12-18T14:05:00+01:00',
        stap: 'IN_VEILIGHEID_BRENGEN',
        rol: 'medewerker',
      },
      {
        type: 'stap-afgerond',
        tijdstip: '2026-12-18T14:10:00+01:00',
        stap: 'SCHOOLLEIDER_INFORMEREN',
        rol: 'medewerker',
      },
      {
        type: 'stap-afgerond',
        tijdstip: '2026-12-19T11:00:00+01:00',
        stap: 'NAZORG_CONTACT_DIRECTIE',
        rol: 'directeur',
      },
    ]);
    if (!r.ok) throw new Error('verwerk');
    const open = calamiteitenProcedure.openTermijnen(r.waarde, '2026-12-22T09:00:00+01:00');
    expect(open.map((t) => [t.code, t.status?.fase])).toEqual([
      ['NAZORG_CONTACT_3_DAGEN', 'verlopen'],
      ['NAZORG_VERVOLGGESPREK', 'lopend'],
      ['NAZORG_AFSLUITEND_GESPREK', 'lopend'],
    ]);
    const volgende = calamiteitenProcedure.volgendeStappen(r.waarde).map((s) => s.code);
    expect(volgende).toContain('NAZORG_VERVOLGGESPREK_GEVOERD');
    expect(volgende).not.toContain('NAZORG_AFSLUITEND_GESPREK_GEVOERD');
  });

  it('marked not needed (nobody harmed), the terms are gone; a death follows the grief protocol instead', () => {
    const d = gemeld('geweld', '2026-12-18T14:00:00+01:00');
    const stappen = [
      'IN_VEILIGHEID_BRENGEN',
      'SCHOOLLEIDER_INFORMEREN',
      'NAZORG_CONTACT_DIRECTIE',
      'NAZORG_CONTACT_VEILIGHEIDSCOORDINATOR',
      'NAZORG_VERVOLGGESPREK_GEVOERD',
      'NAZORG_AFSLUITEND_GESPREK_GEVOERD',
    ] as const;
    const r = calamiteitenProcedure.verwerkAlle(
      d,
      stappen.map((stap, i) => ({
        type: i < 2 ? ('stap-afgerond' as const) : ('stap-niet-nodig' as const),
        tijdstip: `2026-12-18T14:1${i}:00+01:00` as Tijdstip,
        stap,
        rol: i < 2 ? ('medewerker' as const) : ('directeur' as const),
      })),
    );
    if (!r.ok) throw new Error('verwerk');
    expect(calamiteitenProcedure.openTermijnen(r.waarde, '2026-12-18T15:00:00+01:00')).toEqual([]);
    const dood = gemeld('overlijden', '2026-12-18T14:00:00+01:00');
    expect(calamiteitenProcedure.openTermijnen(dood, '2026-12-18T15:00:00+01:00')).toEqual([]);
  });

  it('across the spring clock change the dossier says the same as nazorgPlan: the 3 days end before the 72 hours', () => {
    const d = gemeld('geweld', '2027-03-25T23:30:00+01:00');
    const open = calamiteitenProcedure.openTermijnen(d, '2027-03-26T09:00:00+01:00');
    expect(open.slice(0, 2).map((t) => [t.code, t.termijn?.vervaltOp])).toEqual([
      ['NAZORG_CONTACT_72_UUR', '2027-03-29T00:30:00+02:00'],
      ['NAZORG_CONTACT_3_DAGEN', '2027-03-29T00:00:00+02:00'],
    ]);
  });
});
