import {
  epochMs,
  isIsoDatum,
  isRolId,
  isTijdstip,
  KalenderBereikFout,
  naarAmsterdamsTijdstip,
  plusDagen,
  ROLLEN,
  schoolkalender,
  schoolkalenderInstellingenSchema,
  valideer,
} from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamOffsetMinuten,
  isoDatum,
  schoolkalenderBereik,
  schooljarenBereik,
  tijdstip,
  zomertijdWissels,
} from './datum.js';
import { schoolkalenderInstellingen } from './kalender.js';
import {
  alleTeksten,
  bevatPersoonsgegevens,
  isElfproef,
  metPersoonlijkeTekst,
  nepBsn,
  PERSOONLIJKE_MARKERS,
  persoonlijkeTekst,
} from './persoonlijk.js';
import { rolId } from './rol.js';

describe('isoDatum', () => {
  it('gives real dates within the range, both ends reachable', () => {
    const bereik = { van: '2028-02-27', tot: '2028-03-01' } as const;
    const gezien = new Set<string>();
    fc.assert(
      fc.property(isoDatum(bereik), (d) => {
        expect(isIsoDatum(d)).toBe(true);
        expect(d >= bereik.van && d <= bereik.tot).toBe(true);
        gezien.add(d);
      }),
    );
    expect([...gezien].sort()).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('defaults to the known school years from 1 August 2018 and refuses a bad range', () => {
    const { van, tot } = schooljarenBereik();
    expect(van).toBe('2018-08-01');
    expect(schooljarenBereik({ vanaf: '1990-01-01' }).van < van).toBe(true); // kern's data reaches further back
    fc.assert(fc.property(isoDatum(), (d) => d >= van && d <= tot));
    expect(() => isoDatum({ van: '2026-02-30', tot: '2026-03-01' })).toThrow(/not a date/);
    expect(() => isoDatum({ van: '2026-03-02', tot: '2026-03-01' })).toThrow(/Empty date range/);
  });
});

describe('tijdstip', () => {
  it('gives valid instants with varied offsets, within the range', () => {
    const { van, tot } = schooljarenBereik();
    const offsets = new Set<string>();
    fc.assert(
      fc.property(tijdstip(), (t) => {
        expect(isTijdstip(t), t).toBe(true);
        const ms = epochMs(t);
        expect(ms).toBeGreaterThanOrEqual(Date.parse(`${van}T00:00:00Z`));
        expect(ms).toBeLessThan(Date.parse(`${plusDagen(tot, 1)}T00:00:00Z`));
        offsets.add(t.slice(-6).replace(/^.*Z$/, 'Z'));
      }),
      { numRuns: 500 },
    );
    for (const o of ['Z', '+00:00', '+01:00', '+02:00']) expect(offsets).toContain(o);
    expect([...offsets].some((o) => o.startsWith('-'))).toBe(true);
  });

  it('writes Europe/Amsterdam local time as kern does, and reaches both sides of each clock change', () => {
    const kanten = new Set<string>();
    fc.assert(
      fc.property(tijdstip({ alleenAmsterdam: true }), (t) => {
        const ms = epochMs(t);
        expect(naarAmsterdamsTijdstip(ms - (ms % 1000))).toBe(t.replace(/\.\d{3}/, ''));
        for (const w of zomertijdWissels(new Date(ms).getUTCFullYear()))
          if (Math.abs(ms - w) < 3 * 3_600_000) kanten.add(`${w}:${ms < w ? 'voor' : 'na'}`);
      }),
      { numRuns: 1000 },
    );
    expect(kanten.size).toBeGreaterThan(10);
  });

  it('knows the clock changes of 2026 and the repeated hour of October', () => {
    expect(zomertijdWissels(2026)).toEqual([Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 9, 25, 0, 30))).toBe(120);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 9, 25, 1, 30))).toBe(60);
  });
});

describe('schoolkalenderInstellingen', () => {
  it('gives settings the schema accepts and a calendar can be built from, vrije dagen in the school years', () => {
    const { van, tot } = schooljarenBereik();
    fc.assert(
      fc.property(schoolkalenderInstellingen(), (instellingen) => {
        expect(valideer(schoolkalenderInstellingenSchema, instellingen).ok).toBe(true);
        const kalender = schoolkalender(instellingen);
        expect(kalender.regio).toBe(instellingen.regio);
        for (const v of instellingen.vrijeDagen ?? []) {
          expect(v.datum >= van && (v.tot ?? v.datum) <= tot).toBe(true);
          expect(Object.hasOwn(v, 'tot') ? v.tot! > v.datum : true).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('schoolkalenderBereik is exactly the range a school calendar computes in', () => {
    for (const regio of ['noord', 'midden', 'zuid'] as const) {
      const { van, tot } = schoolkalenderBereik(regio);
      const k = schoolkalender({ regio });
      expect(() => k.isSchooldag(van)).not.toThrow();
      expect(() => k.isSchooldag(tot)).not.toThrow();
      expect(() => k.isSchooldag(plusDagen(van, -1))).toThrow(KalenderBereikFout);
      expect(() => k.isSchooldag(plusDagen(tot, 1))).toThrow(KalenderBereikFout);
    }
  });
});

describe('rolId', () => {
  it("gives every role of kern's ROLLEN, and only those of one place when asked", () => {
    const gezien = new Set<string>();
    fc.assert(
      fc.property(rolId(), (r) => {
        expect(isRolId(r)).toBe(true);
        gezien.add(r);
      }),
      { numRuns: 2000 },
    );
    expect(gezien.size).toBe(Object.keys(ROLLEN).length);
    fc.assert(fc.property(rolId({ plaats: 'extern' }), (r) => ROLLEN[r].plaats === 'extern'));
  });
});

describe('personal text', () => {
  it('the elfproef', () => {
    expect(isElfproef('999990019')).toBe(true);
    expect(isElfproef('999990018')).toBe(false);
    expect(isElfproef('99999001')).toBe(false);
    expect(isElfproef('99999001a')).toBe(false);
  });

  it('fake BSNs pass the elfproef and lie in the test range', () => {
    fc.assert(fc.property(nepBsn(), (b) => isElfproef(b) && b.startsWith('99999')));
  });

  it('every bare BSN marker passes the elfproef, every marker is in some generated text', () => {
    for (const m of PERSOONLIJKE_MARKERS.filter((x) => /^\d{9}$/.test(x)))
      expect(isElfproef(m), m).toBe(true);
    const gezien = new Set<string>();
    fc.assert(
      fc.property(persoonlijkeTekst(), (t) => {
        const gevonden = PERSOONLIJKE_MARKERS.filter((m) => t.includes(m));
        expect(gevonden.length, t).toBeGreaterThan(0);
        for (const m of gevonden) gezien.add(m);
      }),
      { numRuns: 2000 },
    );
    expect([...gezien].sort()).toEqual([...PERSOONLIJKE_MARKERS].sort());
  });

  it('bevatPersoonsgegevens finds a marker in any case, and nothing in clean text', () => {
    expect(bevatPersoonsgegevens('Gesprek met SANNE DE BOER gepland')).toBe(true);
    expect(bevatPersoonsgegevens('Bel 06-12345678.', ['06-12345678'])).toBe(true);
    expect(bevatPersoonsgegevens('De schorsing duurt 5 schooldagen (WPO art. 40c).')).toBe(false);
  });

  it('metPersoonlijkeTekst injects into string fields of a copy and leaves the original alone', () => {
    const origineel = { type: 'gemeld', rol: 'leerkracht', details: [{ tekst: 'x' }], aantal: 3 };
    const kopie = structuredClone(origineel);
    fc.assert(
      fc.property(metPersoonlijkeTekst(origineel), (met) => {
        expect(alleTeksten(met).some(({ tekst }) => bevatPersoonsgegevens(tekst))).toBe(true);
        expect(met.aantal).toBe(3);
      }),
    );
    expect(origineel).toEqual(kopie);
    fc.assert(fc.property(metPersoonlijkeTekst(5), (w) => w === 5));
  });

  it('alleTeksten finds strings in values, keys and error messages', () => {
    const fout = Object.assign(new Error('melding'), { details: { a: 'b' } });
    expect(alleTeksten({ x: ['y'], fout }).map((t) => t.tekst)).toEqual(
      expect.arrayContaining(['x', 'y', 'melding', 'b', 'details']),
    );
  });
});
