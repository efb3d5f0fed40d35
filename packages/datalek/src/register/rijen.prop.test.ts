// Issue 10 item 3: the CSV of the register reads back to its JSON rows, whatever the school typed (commas,
// quotes, line breaks, leading "=" or "-"), and the rows of a stored dossier equal those of the live one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gebeurtenissenVan, scenarioArb } from '../dossier/arbitraries.js';
import { analyseer, nieuwDossier, verwerkJson } from '../dossier/dossier.js';
import type { DatalekDossier } from '../dossier/procedure.js';
import { leesCsvCellen, leesRegisterCsv } from './csv.js';
import { REGISTER_KOLOMMEN, registerCsv, registerRegels } from './rijen.js';

/** Free text as a school types or pastes it: formula starts, quotes, separators, line breaks, any code point. */
const vrijeTekst = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", '"', ',', '\r\n', ';', '[', ' '),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', '"', ',', '\n', '\r\n', "'"),
  )
  .map(([a, b, c]) => `${a}${b}${c}`);

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;

function speel(
  incident: Parameters<typeof gebeurtenissenVan>[0],
  stappen: Parameters<typeof gebeurtenissenVan>[1],
  teksten: readonly string[],
  motivering: string,
): DatalekDossier {
  const leeg = nieuwDossier({ id: 'dl-prop' });
  if (!leeg.ok) throw new Error('kop');
  let d = leeg.waarde;
  for (const g of gebeurtenissenVan(incident, stappen)) {
    const r = verwerkJson(d, g);
    if (r.ok) d = r.waarde;
  }
  const laatste = () => Date.parse(d.gebeurtenissen.at(-1)?.tijdstip ?? incident.ontdektOp);
  const tijd = (ms: number) => new Date(ms).toISOString() as `${number}-${number}-${number}T${string}`;
  for (const [i, omschrijving] of teksten.entries()) {
    const r = verwerkJson(d, {
      type: i % 2 ? 'preventieve-maatregel' : 'herstelmaatregel',
      tijdstip: tijd(laatste() + 60_000),
      door: { rol: 'directeur', id: 'directeur' },
      omschrijving,
    });
    if (r.ok) d = r.waarde;
  }
  if (d.gebeurtenissen.length > 0) {
    const r = analyseer(d, {
      tijdstip: tijd(laatste() + 60_000),
      door: pf,
      besluit: { meldplichtAP: false, betrokkenenInformeren: false },
      motivering,
    });
    if (r.ok) d = r.waarde;
  }
  return d;
}

describe('properties of the register export (issue 10 item 3)', () => {
  it('CSV round trip: parsing the CSV back gives exactly the JSON rows', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        vrijeTekst,
        fc.array(vrijeTekst, { maxLength: 4 }),
        vrijeTekst,
        ({ incident, stappen }, omschrijving, teksten, motivering) => {
          const d = speel({ ...incident, omschrijving }, stappen, teksten, motivering);
          const rijen = [...registerRegels([d])];
          const csv = registerCsv([d]);
          const { kop, rijen: terug } = leesRegisterCsv(csv);
          expect(kop).toEqual(REGISTER_KOLOMMEN.map((k) => k.naam));
          expect(terug).toEqual(JSON.parse(JSON.stringify(rijen)));
          // no cell a spreadsheet would run as a formula
          for (const cellen of leesCsvCellen(csv))
            for (const cel of cellen) expect(cel).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });

  it('a stored dossier (JSON text or value) gives the same rows as the live one', () => {
    fc.assert(
      fc.property(scenarioArb, vrijeTekst, ({ incident, stappen }, motivering) => {
        const d = speel(incident, stappen, [], motivering);
        const live = [...registerRegels([d])];
        expect([...registerRegels([JSON.stringify(d) as never])]).toEqual(live);
        expect([...registerRegels([JSON.parse(JSON.stringify(d))])]).toEqual(live);
      }),
    );
  });
});
