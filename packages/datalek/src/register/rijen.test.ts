// Issue 10 item 3: the register of every breach (AVG 33(5): "the facts relating to the personal data breach,
// its effects and the remedial action taken"), with the decision, its reasons and whether it departs from the
// assessment, as JSON rows and CSV (RFC 4180), formula-injection safe.
import { describe, expect, it } from 'vitest';
import { GESTOLEN_LAPTOP, incidentUit } from '../incident/gevallen.js';
import {
  analyseer,
  type DatalekDossier,
  type Gebeurtenis,
  nieuwDossier,
  REGISTER_KOLOMMEN,
  registerCsv,
  registerCsvRegels,
  registerExport,
  registerRegels,
  verwerk,
} from '../index.js';
import { leesRegisterCsv } from './csv.js';

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
const directeur = { rol: 'directeur', id: 'directeur' } as const;

// The stolen laptop (seed C.6; fixtures/gevallen.json), the board decides not to report it with a motivation;
// the registration's description starts with "=" as a pasted spreadsheet formula would.
const incident = incidentUit(GESTOLEN_LAPTOP, { omschrijving: '=HYPERLINK("x") laptop uit auto gestolen' });

function dossier(): DatalekDossier {
  const leeg = nieuwDossier({ id: 'dl-2026-001' });
  if (!leeg.ok) throw new Error('kop');
  let d = leeg.waarde;
  const stap = (g: Gebeurtenis) => {
    const r = verwerk(d, g);
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    d = r.waarde;
  };
  stap({
    type: 'gemeld',
    tijdstip: '2026-10-23T15:00:00+02:00',
    door: { rol: 'medewerker', id: 'm-1' },
    incident,
  });
  const a = analyseer(d, {
    tijdstip: '2026-10-23T19:00:00+02:00',
    door: pf,
    besluit: { meldplichtAP: false },
    motivering: 'Laptop binnen een uur teruggevonden, "niet geopend" volgens de politie.',
  });
  if (!a.ok) throw new Error('geweigerd');
  d = a.waarde;
  stap({
    type: 'herstelmaatregel',
    tijdstip: '2026-10-24T10:00:00+02:00',
    door: directeur,
    omschrijving: 'Wachtwoorden vervangen, sessies beëindigd.',
  });
  stap({
    type: 'preventieve-maatregel',
    tijdstip: '2026-10-30T10:00:00+01:00',
    door: directeur,
    omschrijving: 'Alle laptops versleuteld.',
  });
  return d;
}

const RIJ = {
  dossier: 'dl-2026-001',
  incident: 'inc-laptop',
  soort: 'diefstal',
  ontdektOp: '2026-10-23T14:30:00+02:00',
  gemeldOp: '2026-10-23T15:00:00+02:00',
  omschrijving: '=HYPERLINK("x") laptop uit auto gestolen',
  inbreuk: ['vertrouwelijkheid'],
  categorieen: ['identificerend', 'gezondheid-zorg'],
  groepen: ['leerlingen'],
  aantalBetrokkenen: 28,
  risico: 'hoog',
  ernstEnisa: 'zeer-hoog',
  herstelmaatregelen: ['Wachtwoorden vervangen, sessies beëindigd.'],
  preventieveMaatregelen: ['Alle laptops versleuteld.'],
  isDatalek: true,
  meldplichtAP: false,
  betrokkenenInformeren: true,
  openbareMededeling: false,
  redenen: [
    'BESLISBOOM_AVG',
    'DATALEK',
    'DOCUMENTEREN',
    'TOEGANG_NIET_UITGESLOTEN',
    'GEVOELIGE_GEGEVENS',
    'KWETSBAAR_EN_MISBRUIK',
    'MELDEN_AP',
    'BETROKKENEN_INFORMEREN',
    'ERNST_ENISA',
  ],
  motivering: 'Laptop binnen een uur teruggevonden, "niet geopend" volgens de politie.',
  beoordelingOpgeslagen: true,
  wijktAf: true,
  afwijkingen: ['meldplichtAP'],
  bewaarTot: '2031-10-23',
};

describe('the register of every breach (AVG 33(5))', () => {
  it('one row: the facts, the effects, the remedial action, the decision and its reasons, the deviation', () => {
    // the assessment: high risk, report and inform (AVG 33(1), 34(1)); the board did not report (AVG 5(2));
    // kept until 60 months after the internal report (rule bewaartermijnRegistratie, interpretation)
    expect([...registerRegels([dossier()])]).toEqual([RIJ]);
  });

  it('its CSV line: RFC 4180 quoting (commas, doubled quotes) and a leading apostrophe before "="', () => {
    const [kop, regel, ...rest] = [...registerCsvRegels([dossier()])];
    expect(kop).toBe(`${REGISTER_KOLOMMEN.map((k) => k.naam).join(',')}\r\n`);
    expect(regel).toBe(
      'dl-2026-001,inc-laptop,diefstal,2026-10-23T14:30:00+02:00,2026-10-23T15:00:00+02:00,' +
        `"'=HYPERLINK(""x"") laptop uit auto gestolen",vertrouwelijkheid,identificerend;gezondheid-zorg,leerlingen,` +
        '28,hoog,zeer-hoog,"[""Wachtwoorden vervangen, sessies beëindigd.""]","[""Alle laptops versleuteld.""]",' +
        'ja,nee,ja,nee,BESLISBOOM_AVG;DATALEK;DOCUMENTEREN;TOEGANG_NIET_UITGESLOTEN;GEVOELIGE_GEGEVENS;' +
        'KWETSBAAR_EN_MISBRUIK;MELDEN_AP;BETROKKENEN_INFORMEREN;ERNST_ENISA,' +
        '"Laptop binnen een uur teruggevonden, ""niet geopend"" volgens de politie.",ja,ja,meldplichtAP,,,,,2031-10-23\r\n',
    );
    expect(rest).toEqual([]);
    expect(registerCsv([dossier()])).toBe(`${kop}${regel}`);
  });

  it('reads back to the same row', () => {
    const { kop, rijen } = leesRegisterCsv(registerCsv([dossier()]));
    expect(kop).toEqual(REGISTER_KOLOMMEN.map((k) => k.naam));
    expect(rijen).toEqual([RIJ]);
  });

  it('every cell that starts with = + - @ (or a tab, a carriage return, an apostrophe) is guarded', () => {
    for (const begin of ['=', '+', '-', '@', '\t', "'"]) {
      const d = nieuwDossier({ id: 'dl-1' });
      if (!d.ok) throw new Error('kop');
      const r = verwerk(d.waarde, {
        type: 'gemeld',
        tijdstip: '2026-10-23T15:00:00+02:00',
        door: { rol: 'medewerker', id: 'm-1' },
        incident: { ...incident, omschrijving: `${begin}1+1` },
      });
      if (!r.ok) throw new Error('geweigerd');
      const cel = leesRegisterCsv(registerCsv([r.waarde]));
      expect(registerCsv([r.waarde])).toContain(`'${begin}1+1`);
      expect(cel.rijen[0]?.omschrijving).toBe(`${begin}1+1`);
    }
  });

  it('keeps the counts of registerExport, streams, and skips dossiers that do not replay', () => {
    const d = dossier();
    const leeg = nieuwDossier({ id: 'dl-leeg' });
    const alle = [d, JSON.stringify(d), JSON.parse(JSON.stringify(d)), leeg.ok ? leeg.waarde : d, 'kapot'];
    expect([...registerRegels(alle as DatalekDossier[])]).toEqual([RIJ, RIJ, RIJ]);
    const telling = registerExport(alle as DatalekDossier[]);
    expect([telling.aantalIncidenten, telling.nietGelezen, telling.perUitkomst.alleenGeregistreerd]).toEqual([
      3, 1, 3,
    ]);
    expect([...registerRegels([d], { van: '2026-10-24' })]).toEqual([]);
    expect(() => registerRegels('kapot' as never)).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
    expect(() => registerCsv([], { van: 'gisteren' } as never)).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_DATUM' }),
    );
  });

  it('the column list is stable data: every field of a row has one column, in a fixed order', () => {
    // pinned: a vendor's import reads these columns; new ones are only ever appended
    expect(REGISTER_KOLOMMEN.map((k) => k.naam)).toEqual([
      'dossier',
      'incident',
      'soort',
      'ontdektOp',
      'gemeldOp',
      'omschrijving',
      'inbreuk',
      'categorieen',
      'groepen',
      'aantalBetrokkenen',
      'risico',
      'ernstEnisa',
      'herstelmaatregelen',
      'preventieveMaatregelen',
      'isDatalek',
      'meldplichtAP',
      'betrokkenenInformeren',
      'openbareMededeling',
      'redenen',
      'motivering',
      'beoordelingOpgeslagen',
      'wijktAf',
      'afwijkingen',
      'gemeldBijAPOp',
      'meldnummer',
      'betrokkenenGeinformeerdOp',
      'geslotenOp',
      'bewaarTot',
    ]);
    for (const veld of Object.keys(RIJ)) expect(REGISTER_KOLOMMEN.some((k) => k.naam === veld)).toBe(true);
    expect(Object.isFrozen(REGISTER_KOLOMMEN)).toBe(true);
  });
});
