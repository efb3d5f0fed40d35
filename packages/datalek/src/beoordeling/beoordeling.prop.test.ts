import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentArb, meerBetrokkenenArb, onbekendArb, verergeringArb } from '../incident/arbitraries.js';
import { beveiligingsincidentSchema } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import type { Beoordeling } from './beoordeling.js';
import { beoordeelIncident, vergelijkMetWet, vergelijkRisico } from './beoordeling.js';
import { ernstVolgensEnisa } from './ernst.js';

/** `na` is at least `voor` on every outcome that must not go down: risk, AP duty, duty to inform. */
function nietLager(voor: Beoordeling, na: Beoordeling): void {
  expect(vergelijkRisico(na.risico, voor.risico)).toBeGreaterThanOrEqual(0);
  if (voor.isDatalek) expect(na.isDatalek).toBe(true);
  if (voor.meldplichtAP) expect(na.meldplichtAP).toBe(true);
  if (voor.betrokkenenInformeren) expect(na.betrokkenenInformeren).toBe(true);
}

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
          nietLager(beoordeelIncident(inc, opties).uitkomst, beoordeelIncident(erger(inc), opties).uitkomst);
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
          inbreuk: inc.inbreuk.filter((s) => s !== 'beschikbaarheid' && s !== 'onbekend'),
        };
        const { uitkomst } = beoordeelIncident(veilig);
        expect(uitkomst.betrokkenenInformeren).toBe(false);
        // AP "datalek wel of niet melden": not even an AP report when the data are also intact with a backup
        if (veilig.backupAanwezig && veilig.gegevensIntact !== false)
          expect(uitkomst.meldplichtAP).toBe(false);
      }),
    );
  });

  it('raising the number of data subjects never lowers the risk, the AP duty or the duty to inform (AVG, seed)', () => {
    fc.assert(
      fc.property(incidentArb, meerBetrokkenenArb, (inc, meer) => {
        for (const [, opties] of bomen)
          nietLager(beoordeelIncident(inc, opties).uitkomst, beoordeelIncident(meer(inc), opties).uitkomst);
      }),
    );
  });

  it('AVG: replacing a known value with onbekend never lowers the risk, the AP duty or the duty to inform', () => {
    fc.assert(
      fc.property(incidentArb, onbekendArb, (inc, onbekend) => {
        nietLager(beoordeelIncident(inc).uitkomst, beoordeelIncident(onbekend(inc)).uitkomst);
      }),
    );
  });

  it('ENISA is an explanation only: the AVG outcome is the same whatever the ENISA level, and it is always cited', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const b = beoordeelIncident(inc);
        const ernst = ernstVolgensEnisa(inc);
        expect(ernst.ernst).toBe(ernst.dpc * ernst.ei + ernst.cb);
        expect(['laag', 'gemiddeld', 'hoog', 'zeer-hoog']).toContain(ernst.niveau);
        const enisa = b.redenen.filter((r) => r.code === 'ERNST_ENISA');
        if (b.uitkomst.isDatalek && b.uitkomst.beslisboom === 'avg-2018') {
          expect(enisa).toHaveLength(1);
          expect(enisa[0]?.parameters?.niveau).toBe(ernst.niveau);
        }
        // the AVG duty stays "risk is not unlikely", whatever ENISA says
        expect(b.uitkomst.meldplichtAP).toBe(b.uitkomst.risico !== 'geen');
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
