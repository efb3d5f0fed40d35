import { describe, expect, it } from 'vitest';
import { bron } from '../bron/wetten.js';
import type { CodeCatalogus } from '../code/catalogus.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { stapUitCatalogus } from './termijnen.js';

// A catalogue as a package writes one: one code with a source, one without.
const AWB_4_13 = bron('awb', { artikel: '4:13', zekerheid: 'wettekst' });
const codes: CodeCatalogus<'BESLUIT_NEMEN' | 'REGISTREREN'> = {
  BESLUIT_NEMEN: { nl: 'Neem een besluit.', en: 'Take a decision.', bron: AWB_4_13 },
  REGISTREREN: { nl: 'Registreer de aanvraag.', en: 'Register the request.' },
};

describe('stapUitCatalogus', () => {
  it("takes the step's text and source from the code's entry and links its term", () => {
    expect(stapUitCatalogus(codes, 'BESLUIT_NEMEN', 'bevoegd-gezag', 'BESLISSEN')).toEqual({
      code: 'BESLUIT_NEMEN',
      rol: 'bevoegd-gezag',
      tekst: 'Neem een besluit.',
      bron: AWB_4_13,
      termijnCode: 'BESLISSEN',
    });
  });

  it('leaves out a source the entry lacks and a term the step does not meet (no undefined keys in JSON)', () => {
    const stap = stapUitCatalogus(codes, 'REGISTREREN', 'directeur');
    expect(stap).toEqual({ code: 'REGISTREREN', rol: 'directeur', tekst: 'Registreer de aanvraag.' });
    expect(Object.keys(stap)).toEqual(['code', 'rol', 'tekst']);
  });

  it('refuses a code the catalogue does not hold with ONGELDIGE_INVOER', () => {
    const onbekend = () => stapUitCatalogus(codes, 'ONBEKEND' as 'REGISTREREN', 'directeur');
    expect(onbekend).toThrow(SchoolveiligheidFout);
    expect(onbekend).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
  });
});
