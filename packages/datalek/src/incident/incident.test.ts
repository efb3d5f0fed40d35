import type { IsoDatum } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { GEVOELIGE_CATEGORIEEN } from './begrippen.js';
import { GEVALLEN, geval, ONSCHULDIG } from './gevallen.js';
import { type Beveiligingsincident, valideerIncident } from './incident.js';

/** The harmless incident of the worked cases, as stored JSON (not yet validated). */
const basis = geval(ONSCHULDIG).invoer.incident;

describe('valideerIncident (seed C.6 Deel B Stap 2)', () => {
  it.each(GEVALLEN.map((g) => [g.naam, g.invoer.incident] as const))(
    'accepts the registration of the worked case "%s" (fixtures/gevallen.json)',
    (_naam, incident) => {
      expect(valideerIncident(incident)).toEqual({ ok: true, waarde: incident });
    },
  );

  it('rejects a registration where the breach happened after its discovery', () => {
    const r = valideerIncident({ ...basis, voorgevallenOp: '2026-11-21T10:00:00+01:00' });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['VOORGEVALLEN_NA_ONTDEKKING']);
  });

  it('requires an instant with offset for the discovery (an hour term needs a Tijdstip)', () => {
    const r = valideerIncident({ ...basis, ontdektOp: '2026-11-20' });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.join('.')])).toEqual([
      ['ONGELDIG_TIJDSTIP', 'ontdektOp'],
    ]);
  });

  it('never echoes input in a problem', () => {
    const r = valideerIncident({
      ...basis,
      melder: { rol: 'Juf Jansen', id: 'x' },
      betrokkenen: 'BSN 123456782',
    });
    const tekst = JSON.stringify(r);
    expect(r.ok).toBe(false);
    expect(tekst).not.toContain('Jansen');
    expect(tekst).not.toContain('123456782');
  });

  it('the seed list of "gegevens van gevoelige aard" (Deel C Stap 3) is what makes a breach sensitive', () => {
    expect([...GEVOELIGE_CATEGORIEEN].sort()).toEqual(
      [
        'bijzonder',
        'bsn',
        'financieel',
        'gezondheid-zorg',
        'inloggegevens',
        'leerresultaten-gedrag',
        'stigmatiserend-overig',
        'strafrechtelijk',
      ].sort(),
    );
  });

  it('types: the discovery is a Tijdstip; an IsoDatum does not compile (GUIDE 1: two kinds of time)', () => {
    const gelezen = valideerIncident(basis);
    if (!gelezen.ok) throw new Error('basis ongeldig');
    const datum: IsoDatum = '2026-11-20';
    // @ts-expect-error the 72 hours need an instant with offset, not a date
    const inc: Beveiligingsincident = { ...gelezen.waarde, ontdektOp: datum };
    expect(valideerIncident(inc).ok).toBe(false);
  });
});
