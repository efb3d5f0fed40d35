import { registerVerantwoording, schoolkalender } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { berekenBezwaartermijnen } from '../bezwaar/bezwaar.js';
import { PAKKET } from '../pakket.js';
import { schoolpleinverbodGeldt } from '../schoolpleinverbod/schoolpleinverbod.js';
import { berekenSchorsing } from '../schorsing/schorsing.js';
import { beoordeelVerwijdering } from '../verwijdering/verwijdering.js';
import { SCHORSING_REGELS } from './regels.js';

// Issue 7 item 13: every Besluit carries its receipt, so an auditor can reproduce an answer with the same release.
const bon = registerVerantwoording(PAKKET.naam, PAKKET.versie, SCHORSING_REGELS);

describe('verantwoording (the receipt on every answer)', () => {
  it('is on every Besluit of the package: the package, its version and the hash of its rule registry', () => {
    const kalender = schoolkalender({ regio: 'noord' });
    const s = berekenSchorsing({
      ingangsdatum: '2025-12-18',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      kalender,
    });
    const b = berekenBezwaartermijnen({
      denominatie: 'openbaar',
      tegen: 'verwijdering',
      bekendmaking: '2026-04-02',
      bezwaarOntvangen: '2026-05-11',
    });
    if (!s.ok || !b.ok) throw new Error('verwacht ok');
    const besluiten = [
      s.waarde.meldingInspectie,
      s.waarde.meldingLeerplichtambtenaar,
      b.waarde.rechtsmiddel,
      b.waarde.bezwaarTijdig,
      beoordeelVerwijdering({
        denominatie: 'openbaar',
        gehoord: { leerkracht: true, ouders: true, leerling: true },
        onderzoeksdossier: true,
        voornemenBekendgemaakt: true,
        ontvangendeSchool: true,
      }),
      schoolpleinverbodGeldt(
        {
          betrokkene: 'ouder-1',
          datum: '2026-03-02',
          reikwijdte: 'school',
          schriftelijk: true,
          reden: 'x',
          van: '2026-03-03',
          wijkagent: { geinformeerd: true, kopieBrief: true },
        },
        '2026-03-04',
      ),
    ];
    for (const besluit of besluiten) expect(besluit?.verantwoording).toEqual(bon);
    expect(bon.pakket).toBe('@schoolveiligheid/schorsing');
    expect(bon.gegevens).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('a schorsing counted on a calendar carries a hash of the rules and of that calendar', () => {
    const tel = (vrij: boolean) => {
      const kalender = schoolkalender({
        regio: 'noord',
        ...(vrij ? { vrijeDagen: [{ datum: '2026-03-11', soort: 'studiedag' as const }] } : {}),
      });
      const r = berekenSchorsing({
        ingangsdatum: '2026-03-09',
        duur: { aantal: 5, eenheid: 'schooldagen' },
        kalender,
      });
      if (!r.ok) throw new Error('verwacht ok');
      return r.waarde;
    };
    expect(tel(false).verantwoording).toEqual(tel(false).verantwoording);
    expect(tel(true).verantwoording.gegevens).not.toBe(tel(false).verantwoording.gegevens);
    expect(tel(true).verantwoording.pakket).toBe(PAKKET.naam);
  });
});
