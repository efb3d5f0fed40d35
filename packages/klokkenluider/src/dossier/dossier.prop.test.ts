// Properties of the klokkenluider dossier and its terms (issue 14): no view reveals the reporter's identity to
// someone not entitled to it; every running term has a responsible role; the deadline math of Wbk art. 2 lid 2
// (the conservative date never after the Atw date; 7 days after receipt; 3 months after the acknowledgement was
// sent, monotone in that date).
import { type IsoDatum, plusDagen, plusMaanden, type Tijdstip } from '@schoolveiligheid/kern';
import { isoDatum, tijdstip } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { KLOKKENLUIDER_ROLLEN } from '../rollen/rollen.js';
import { afgeschermdDossier, wieMagIdentiteitZien } from '../vertrouwelijkheid/identiteit.js';
import { anderePersoon, gebeurtenissenArb, kopArb, MELDER_ID } from './arbitraries.js';
import { openTermijnen } from './dossier.js';
import { type KlokkenluiderDossier, klokkenluiderProcedure } from './procedure.js';

/** A dossier built from generated events, keeping the ones the procedure accepts. */
function bouw(kop: unknown, gebeurtenissen: readonly unknown[]): KlokkenluiderDossier | undefined {
  const start = klokkenluiderProcedure.nieuwDossier(kop as never);
  if (!start.ok) return undefined;
  let d = start.waarde;
  for (const g of gebeurtenissen) {
    const r = klokkenluiderProcedure.verwerkJson(d, g);
    if (r.ok) d = r.waarde;
  }
  return d;
}

const bereik = { van: '2023-03-01' as IsoDatum, tot: '2030-06-30' as IsoDatum };

describe('confidentiality (Wbk art. 1a lid 3)', () => {
  it('no view reveals the reporter’s id to someone not entitled to it', () => {
    let afgeschermd = 0;
    fc.assert(
      fc.property(kopArb, gebeurtenissenArb, anderePersoon, fc.boolean(), (kop, gs, persoon, seed) => {
        const d = bouw(kop, gs);
        if (!d) return;
        const opties = seed ? { beleid: SEED_2018_BELEID } : {};
        const mag = wieMagIdentiteitZien(d, { id: persoon }, opties).uitkomst;
        const weergave = JSON.stringify(afgeschermdDossier(d, { id: persoon }, opties));
        if (!mag) {
          expect(weergave).not.toContain(MELDER_ID);
          expect(weergave).not.toContain(`"relatie"`);
          if (JSON.stringify(d).includes(MELDER_ID)) afgeschermd++;
        }
      }),
    );
    // the property is not vacuous: the generated dossiers hold the identity and it was hidden from someone
    expect(afgeschermd).toBeGreaterThan(0);
  });

  it('through the vertrouwenspersoon without any consent, only the vertrouwenspersoon and the reporter see it', () => {
    fc.assert(
      fc.property(kopArb, gebeurtenissenArb, anderePersoon, (kop, gs, persoon) => {
        const d = bouw(kop, gs);
        const t = d ? klokkenluiderProcedure.toestand(d) : undefined;
        if (!d || !t?.ok || !t.waarde.ontvangen?.viaVertrouwenspersoon) return;
        if (Object.keys(t.waarde.toestemmingen).length > 0) return;
        expect(wieMagIdentiteitZien(d, { id: persoon }).uitkomst).toBe(persoon === 'vp-1');
      }),
    );
  });

  it('consent in writing for a person gives that person access, under the law and the seed regeling', () => {
    fc.assert(
      fc.property(kopArb, gebeurtenissenArb, anderePersoon, (kop, gs, persoon) => {
        const d = bouw(kop, gs);
        if (!d) return;
        const laatste = d.gebeurtenissen.at(-1)?.datum ?? '2023-03-01';
        const r = klokkenluiderProcedure.verwerk(d, {
          type: 'identiteit-toestemming',
          datum: laatste,
          vorm: 'schriftelijk',
          voor: [persoon],
        });
        if (!r.ok) return;
        expect(wieMagIdentiteitZien(r.waarde, { id: persoon }).uitkomst).toBe(true);
        expect(wieMagIdentiteitZien(r.waarde, { id: persoon }, { beleid: SEED_2018_BELEID }).uitkomst).toBe(
          true,
        );
      }),
    );
  });
});

describe('terms', () => {
  it('every running term has a responsible role from the vocabulary', () => {
    fc.assert(
      fc.property(kopArb, gebeurtenissenArb, tijdstip(), fc.boolean(), (kop, gs, nu, seed) => {
        const d = bouw(kop, gs);
        if (!d) return;
        for (const t of openTermijnen(d, nu as Tijdstip, seed ? { beleid: SEED_2018_BELEID } : {})) {
          expect(Object.hasOwn(KLOKKENLUIDER_ROLLEN, t.rol)).toBe(true);
          expect(t.bron).toBeDefined();
        }
      }),
    );
  });

  it('acknowledgement: conservative = receipt + 7 days; the Atw date is never earlier and at most a week later (28 April 2027: 5 May, Hemelvaart and the KB day 7 May 2027 push it to 10 May)', () => {
    fc.assert(
      fc.property(isoDatum(bereik), (ontvangen) => {
        const d = bouw(
          {
            id: 'kl-1',
            melder: { id: MELDER_ID, relatie: 'werknemer' },
            vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true },
            bevoegdGezagBetrokken: false,
          },
          [
            {
              type: 'melding-ontvangen',
              datum: ontvangen,
              kanaal: 'leidinggevende',
              viaVertrouwenspersoon: false,
              vorm: 'schriftelijk',
              ontvanger: 'directeur-1',
            },
          ],
        );
        const t = d && openTermijnen(d, `${ontvangen}T12:00:00+01:00` as Tijdstip)[0];
        expect(t?.code).toBe('ONTVANGSTBEVESTIGING');
        expect(t?.atw?.conservatief).toBe(plusDagen(ontvangen, 7));
        expect((t?.atw?.metAtw ?? '') >= (t?.atw?.conservatief ?? '')).toBe(true);
        expect((t?.atw?.metAtw ?? '') <= plusDagen(ontvangen, 14)).toBe(true);
      }),
    );
  });

  it('feedback: 3 months after the acknowledgement was sent, monotone in that date, Atw never earlier', () => {
    const termijnVan = (ontvangen: IsoDatum, bevestigd: IsoDatum) => {
      const d = bouw(
        {
          id: 'kl-1',
          melder: { relatie: 'werknemer' },
          vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true },
          bevoegdGezagBetrokken: false,
        },
        [
          {
            type: 'melding-ontvangen',
            datum: ontvangen,
            kanaal: 'leidinggevende',
            viaVertrouwenspersoon: false,
            vorm: 'schriftelijk',
            ontvanger: 'directeur-1',
          },
          { type: 'ontvangst-bevestigd', datum: bevestigd },
        ],
      );
      return (
        d &&
        openTermijnen(d, `${bevestigd}T12:00:00+01:00` as Tijdstip).find((t) => t.code === 'TERUGKOPPELING')
      );
    };
    fc.assert(
      fc.property(
        isoDatum(bereik),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (ontvangen, a, b) => {
          const [x, y] = a <= b ? [a, b] : [b, a];
          const eerder = termijnVan(ontvangen, plusDagen(ontvangen, x));
          const later = termijnVan(ontvangen, plusDagen(ontvangen, y));
          expect(eerder?.atw?.conservatief).toBe(plusMaanden(plusDagen(ontvangen, x), 3));
          expect((eerder?.atw?.conservatief ?? '') <= (later?.atw?.conservatief ?? '')).toBe(true);
          expect((eerder?.atw?.metAtw ?? '') >= (eerder?.atw?.conservatief ?? '')).toBe(true);
        },
      ),
    );
  });
});
