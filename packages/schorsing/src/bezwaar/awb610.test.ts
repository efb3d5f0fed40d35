import { describe, expect, it } from 'vitest';
import { nieuwDossier, openTermijnen, type SchorsingDossier, verwerk } from '../dossier/dossier.js';
import type { Gebeurtenis } from '../dossier/gebeurtenissen.js';
import { staat } from '../testhulp/dossier.js';
import { berekenBezwaartermijnen } from './bezwaar.js';

// Awb 6:10 lid 1 sub a: "Ten aanzien van een voor het begin van de termijn ingediend bezwaar- of beroepschrift
// blijft niet-ontvankelijkverklaring op grond daarvan achterwege indien het besluit ten tijde van de indiening
// wel reeds tot stand was gekomen". Worked case: a schorsing decided on Monday 2 March 2026, the parents object
// on Tuesday 3 March, the letter (bekendmaking) goes out on Wednesday 4 March.

describe('Awb 6:10: a bezwaar received before the bekendmaking', () => {
  const basis = {
    denominatie: 'openbaar',
    tegen: 'schorsing',
    bekendmaking: '2026-03-04',
    bezwaarOntvangen: '2026-03-03',
  } as const;

  it('is admissible when the decision already existed (lid 1 sub a): on time, with the article', () => {
    const r = berekenBezwaartermijnen({ ...basis, besluitdatum: '2026-03-02' });
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    expect(r.waarde.bezwaarTijdig?.uitkomst).toBe(true);
    expect(r.waarde.bezwaarTijdig?.redenen.map((x) => [x.code, x.bron?.artikel])).toEqual([
      ['BEZWAAR_VOOR_BEKENDMAKING', 'art. 6:10 lid 1'],
    ]);
    // the bezwaartermijn still runs from the day after the bekendmaking (Awb 6:8): 6 weeks end on 15 April, and
    // the board decides within 6 weeks after that (Awb 7:10 lid 1): Wednesday 27 May
    expect(r.waarde.bezwaartermijn?.laatsteDag).toBe('2026-04-15');
    expect(r.waarde.beslistermijn?.termijn.laatsteDag).toBe('2026-05-27');
  });

  it('without the day of the decision it stays a coded problem that asks for it; a bezwaar before the decision is for the board (sub b)', () => {
    const zonder = berekenBezwaartermijnen(basis);
    expect(!zonder.ok && zonder.problemen.map((p) => p.code)).toEqual(['DATUM_VOOR_BEKENDMAKING']);
    const voorBesluit = berekenBezwaartermijnen({ ...basis, besluitdatum: '2026-03-04' });
    expect(!voorBesluit.ok && voorBesluit.problemen.map((p) => p.code)).toEqual(['BEZWAAR_VOOR_BESLUIT']);
  });

  it('in a dossier: a bezwaar before the letter is judged when the letter is sent, and its decision term is listed', () => {
    const d0 = nieuwDossier({
      id: 'dossier-610',
      leerling: 'leerling-1',
      denominatie: 'openbaar',
      kalender: { regio: 'noord' },
    });
    if (!d0.ok) throw new Error('dossier');
    const gebeurtenissen: Gebeurtenis[] = [
      {
        type: 'schorsing-besloten',
        datum: '2026-03-02',
        ingangsdatum: '2026-03-03',
        duur: { aantal: 2, eenheid: 'schooldagen' },
      },
      { type: 'bezwaar-ingediend', datum: '2026-03-03', tegen: 'schorsing' },
      { type: 'schorsingsbrief-verzonden', datum: '2026-03-04' },
    ];
    const d = gebeurtenissen.reduce<SchorsingDossier>((acc, g) => {
      const r = verwerk(acc, g);
      if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
      return r.waarde;
    }, d0.waarde);
    const bezwaar = staat(d).bezwaren[0];
    expect(bezwaar?.tijdig?.uitkomst).toBe(true);
    expect(bezwaar?.tijdig?.redenen[0]?.code).toBe('BEZWAAR_VOOR_BEKENDMAKING');
    const termijn = openTermijnen(d, '2026-03-05T09:00:00+01:00').find(
      (t) => t.code === 'BESLISTERMIJN_BEZWAAR_SCHORSING',
    );
    expect(termijn?.termijn?.laatsteDag).toBe('2026-05-27');
  });
});
