import { type IsoDatum, plusDagen, schoolkalender, type Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenBezwaartermijnen } from '../bezwaar/bezwaar.js';
import { startdatumArb } from '../testhulp/arbitraries.js';
import { staat } from '../testhulp/dossier.js';
import { nieuwDossier, openTermijnen, type SchorsingDossier as Dossier, verwerk } from './dossier.js';

// Several schorsingen in one dossier (issue 11): a bezwaar is judged against the schorsing it names (Awb 6:7,
// 6:8, 6:9), and a bezwaar against one schorsing never takes away another's running bezwaartermijn.

const scenarioArb = fc.record({
  regio: fc.constantFrom('noord' as const, 'midden' as const, 'zuid' as const),
  start: startdatumArb,
  tussen: fc.integer({ min: 7, max: 40 }),
  brief: fc.integer({ min: 0, max: 3 }),
  nummer: fc.constantFrom(1, 2),
  ontvangen: fc.integer({ min: 0, max: 60 }),
});

function twee({
  regio,
  start,
  tussen,
  brief,
}: {
  regio: 'noord' | 'midden' | 'zuid';
  start: IsoDatum;
  tussen: number;
  brief: number;
}) {
  const kalender = schoolkalender({ regio });
  const d0 = nieuwDossier({
    id: 'dossier-p2',
    leerling: 'leerling-1',
    denominatie: 'openbaar',
    kalender: { regio },
  });
  if (!d0.ok) throw new Error('dossier');
  let d: Dossier = d0.waarde;
  const bekendmakingen: IsoDatum[] = [];
  let besluit = start;
  for (let i = 0; i < 2; i++) {
    const ingang = kalender.volgende(besluit);
    const r = verwerk(d, {
      type: 'schorsing-besloten',
      datum: besluit,
      ingangsdatum: ingang,
      duur: { aantal: 1, eenheid: 'schooldagen' },
    });
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    const b = plusDagen(besluit, brief);
    const s = verwerk(r.waarde, { type: 'schorsingsbrief-verzonden', datum: b });
    if (!s.ok) throw new Error(s.problemen.map((p) => p.code).join());
    d = s.waarde;
    bekendmakingen.push(b);
    // the next decision after this schorsing's (single) day, also across a holiday
    const volgende = plusDagen(b, tussen);
    besluit = ingang;
    if (volgende > ingang) besluit = volgende;
  }
  return { d, bekendmakingen, laatste: besluit };
}

describe('several schorsingen in one dossier: properties', () => {
  it('a bezwaar is timely exactly when it is timely against the schorsing it names (not the latest)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { d, bekendmakingen } = twee(s);
        const bekendmaking = bekendmakingen[s.nummer - 1] as IsoDatum;
        const datum = plusDagen(bekendmakingen[1] as IsoDatum, s.ontvangen);
        const r = verwerk(d, {
          type: 'bezwaar-ingediend',
          datum,
          tegen: 'schorsing',
          schorsingNummer: s.nummer,
        });
        if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
        const los = berekenBezwaartermijnen({
          denominatie: 'openbaar',
          tegen: 'schorsing',
          bekendmaking,
          bezwaarOntvangen: datum,
        });
        if (!los.ok) throw new Error('termijn');
        expect(staat(r.waarde).bezwaren[0]?.tijdig?.uitkomst).toBe(los.waarde.bezwaarTijdig?.uitkomst);
      }),
    );
  });

  it('monotonic: a bezwaar against one schorsing never removes the running bezwaartermijn of the other', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { d, bekendmakingen } = twee(s);
        const datum = plusDagen(bekendmakingen[1] as IsoDatum, Math.min(s.ontvangen, 20));
        const nu: Tijdstip = `${datum}T12:00:00+01:00`;
        const ander = s.nummer === 1 ? 2 : 1;
        const tekst = `Bezwaartermijn van de ouders tegen de schorsing ${ander}`;
        const voor = openTermijnen(d, nu).some((t) => t.tekst === tekst);
        const r = verwerk(d, {
          type: 'bezwaar-ingediend',
          datum,
          tegen: 'schorsing',
          schorsingNummer: s.nummer,
        });
        if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
        expect(openTermijnen(r.waarde, nu).some((t) => t.tekst === tekst)).toBe(voor);
        // and the first schorsing's term is listed while it runs, also after the second letter
        const eerste = berekenBezwaartermijnen({
          denominatie: 'openbaar',
          tegen: 'schorsing',
          bekendmaking: bekendmakingen[0] as IsoDatum,
        });
        if (!eerste.ok || !eerste.waarde.bezwaartermijn) throw new Error('termijn');
        const loopt = openTermijnen(d, nu).some(
          (t) => t.tekst === 'Bezwaartermijn van de ouders tegen de schorsing 1',
        );
        expect(loopt).toBe(datum <= eerste.waarde.bezwaartermijn.laatsteDag);
      }),
    );
  });
});
