import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentArb, verergeringArb } from '../incident/arbitraries.js';
import { beveiligingsincidentSchema } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import { beoordeelIncident, vergelijkMetWet, vergelijkRisico } from './beoordeling.js';

const bomen = [
  ['AVG', {}],
  ['seed (Wbp)', { beleid: SEED_2018_BELEID }],
] as const;

describe('properties of beoordeelIncident', () => {
  it('the generated incidents are valid registrations', () => {
    fc.assert(fc.property(incidentArb, (inc) => beveiligingsincidentSchema.safeParse(inc).success));
  });

  for (const [naam, opties] of bomen) {
    it(`${naam}: adding a risk factor never lowers the risk, the AP duty or the duty to inform`, () => {
      fc.assert(
        fc.property(incidentArb, verergeringArb, (inc, erger) => {
          const voor = beoordeelIncident(inc, opties).uitkomst;
          const na = beoordeelIncident(erger(inc), opties).uitkomst;
          expect(vergelijkRisico(na.risico, voor.risico)).toBeGreaterThanOrEqual(0);
          if (voor.isDatalek) expect(na.isDatalek).toBe(true);
          if (voor.meldplichtAP) expect(na.meldplichtAP).toBe(true);
          if (voor.betrokkenenInformeren) expect(na.betrokkenenInformeren).toBe(true);
        }),
      );
    });
  }

  it('AVG 34(3)(a): state-of-the-art encryption with the key safe and no availability loss never informs data subjects', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const veilig = {
          ...inc,
          versleuteling: 'stand-der-techniek' as const,
          sleutelGecompromitteerd: 'nee' as const,
          inbreuk: inc.inbreuk.filter((s) => s !== 'beschikbaarheid'),
        };
        const { uitkomst } = beoordeelIncident(veilig);
        expect(uitkomst.betrokkenenInformeren).toBe(false);
        // AP "datalek wel of niet melden": not even an AP report when there is also a recent backup
        if (veilig.backupAanwezig) expect(uitkomst.meldplichtAP).toBe(false);
      }),
    );
  });

  it('AVG: the AP duty is exactly "risk is not unlikely", informing needs a high risk', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const { uitkomst } = beoordeelIncident(inc);
        expect(uitkomst.meldplichtAP).toBe(uitkomst.risico !== 'geen');
        if (uitkomst.betrokkenenInformeren) expect(uitkomst.risico).toBe('hoog');
        if (uitkomst.openbareMededeling) expect(uitkomst.betrokkenenInformeren).toBe(true);
        if (!uitkomst.isDatalek) expect(uitkomst.risico).toBe('geen');
      }),
    );
  });

  it('no incident with personal data "nee" is a datalek', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        for (const [, opties] of bomen) {
          expect(beoordeelIncident({ ...inc, persoonsgegevens: 'nee' }, opties).uitkomst.isDatalek).toBe(
            false,
          );
        }
      }),
    );
  });

  it('the seed under-reports exactly when the law asks for something the seed does not', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const { uitkomst } = vergelijkMetWet(inc, SEED_2018_BELEID);
        const mist = (['isDatalek', 'meldplichtAP', 'betrokkenenInformeren'] as const).some(
          (a) => uitkomst.wet[a] && !uitkomst.beleid[a],
        );
        expect(uitkomst.onderrapportage).toBe(mist);
      }),
    );
  });

  it('no reason ever repeats the free text of the incident', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const tekst =
          JSON.stringify(beoordeelIncident(inc).redenen) +
          JSON.stringify(vergelijkMetWet(inc, SEED_2018_BELEID).redenen);
        expect(tekst).not.toContain(inc.omschrijving);
        for (const m of inc.maatregelen) expect(tekst).not.toContain(m);
      }),
    );
  });

  it('the decision is a pure function of the incident (JSON in, same decision out)', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        expect(beoordeelIncident(JSON.parse(JSON.stringify(inc)))).toEqual(beoordeelIncident(inc));
      }),
    );
  });
});
