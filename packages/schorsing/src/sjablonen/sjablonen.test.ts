// Worked cases of the letter templates: the seed's model letters (Bijlage 20: schorsing, voornemen tot
// verwijdering, besluit tot verwijdering) and schoolgids text (Bijlage 21), each rendered for an openbare and a
// bijzondere school with the remedy the statute asks: Awb 3:45 (openbaar: bezwaar within 6 weeks, Awb 6:7 and
// 6:8 lid 1, at the bevoegd gezag; then beroep at the rechtbank, Awb 8:1 and 8:6 lid 1), WPO 63 lid 2 and lid 3
// first sentence (bijzonder verwijdering: "binnen 6 weken na de mededeling"), WPO 43 lid 2 sub a (the
// Geschillencommissie for a verwijdering), the civil judge for a bijzondere school's schorsing.
import { describe, expect, it } from 'vitest';
import { PROBLEEM_CODES } from '../codes/codes.js';
import { briefSjabloon, SJABLOON_IDS, sjabloonVelden, vulSjabloonIn } from './sjablonen.js';
import { SJABLONEN, VELDEN } from './sjablonen.data.js';
import { alleVelden } from './testhulp.js';

const PEIL = '2026-03-02';
const render = (id: (typeof SJABLOON_IDS)[number], denominatie: 'openbaar' | 'bijzonder') =>
  vulSjabloonIn(id, { denominatie, peildatum: PEIL, velden: alleVelden(id) });

/** The remedy each template must cite, per denominatie: the clause kinds and the articles of their sources. */
const VERWACHT = {
  schorsingsbrief: {
    openbaar: {
      soorten: ['awb-bezwaar'],
      artikelen: ['art. 3:45 lid 1-2', 'art. 6:5 lid 1', 'art. 6:16', 'art. 8:1 en 8:6 lid 1'],
    },
    bijzonder: { soorten: ['civiele-rechter'], artikelen: ['art. 1:1, 1:3, 7:1 en 8:1'] },
  },
  'voornemen-verwijdering': {
    openbaar: { soorten: ['nog-geen-besluit'], artikelen: ['art. 40 lid 11'] },
    bijzonder: { soorten: ['nog-geen-besluit'], artikelen: ['art. 40 lid 11'] },
  },
  'besluit-verwijdering': {
    openbaar: {
      soorten: ['awb-bezwaar'],
      artikelen: [
        'art. 3:45 lid 1-2',
        'art. 6:5 lid 1',
        'art. 6:16',
        'art. 8:1 en 8:6 lid 1',
        'art. 43 lid 2',
      ],
    },
    bijzonder: {
      soorten: ['wpo63-bezwaar'],
      artikelen: ['art. 63 lid 2', 'art. 63 lid 3', 'art. 43 lid 2', 'art. 1 en 55'],
    },
  },
  'schoolgids-schorsing-verwijdering': {
    openbaar: {
      soorten: ['awb-bezwaar', 'awb-bezwaar'],
      artikelen: [
        'art. 3:45 lid 1-2',
        'art. 6:5 lid 1',
        'art. 6:16',
        'art. 8:1 en 8:6 lid 1',
        'art. 3:45 lid 1-2',
        'art. 6:5 lid 1',
        'art. 6:16',
        'art. 8:1 en 8:6 lid 1',
        'art. 43 lid 2',
      ],
    },
    bijzonder: {
      soorten: ['civiele-rechter', 'wpo63-bezwaar'],
      artikelen: [
        'art. 1:1, 1:3, 7:1 en 8:1',
        'art. 63 lid 2',
        'art. 63 lid 3',
        'art. 43 lid 2',
        'art. 1 en 55',
      ],
    },
  },
} as const;

describe('every template renders for openbaar and bijzonder and cites its remedy (issue 11)', () => {
  for (const id of SJABLOON_IDS)
    for (const denominatie of ['openbaar', 'bijzonder'] as const)
      it(`${id}, ${denominatie}`, () => {
        const r = render(id, denominatie);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const verwacht = VERWACHT[id][denominatie];
        expect(r.waarde.rechtsmiddelen.map((x) => x.soort)).toEqual(verwacht.soorten);
        expect(r.waarde.rechtsmiddelen.flatMap((x) => x.bronnen.map((b) => b.artikel))).toEqual(
          verwacht.artikelen,
        );
        expect(r.waarde.tekst).not.toMatch(/\{\{|\}\}/);
        expect(r.waarde.bron.wet).toBe('seed-2018');
      });
});

describe('the remedy wording (Awb 3:45, WPO 63 lid 3, WPO 43)', () => {
  it('openbaar, schorsing: by whom, within which term, at which body (Awb 3:45 lid 2; 6 weeks, Awb 6:7; from the day after the bekendmaking, 6:8 lid 1)', () => {
    const r = render('schorsingsbrief', 'openbaar');
    const tekst = r.ok ? r.waarde.tekst : '';
    expect(tekst).toContain(
      'Bent u het niet eens met het besluit tot schorsing, dan kunt u binnen 6 weken na de dag waarop het besluit aan u is bekendgemaakt schriftelijk bezwaar maken bij [naamBevoegdGezag], het bevoegd gezag van de school (artikel 3:45, 6:7 en 6:8 Algemene wet bestuursrecht).',
    );
    expect(tekst).toContain(
      'beroep instellen bij de rechtbank (artikel 8:1 en 8:6 Algemene wet bestuursrecht)',
    );
    // the seed's wrong "na dagtekening" is gone
    expect(tekst).not.toContain('dagtekening');
  });

  it('bijzonder, schorsing: no statutory bezwaar, the civil judge (Bijlage 21: "voorleggen aan de rechter")', () => {
    const r = render('schorsingsbrief', 'bijzonder');
    const tekst = r.ok ? r.waarde.tekst : '';
    expect(tekst).toContain('staat geen wettelijke bezwaarprocedure open');
    expect(tekst).toContain('burgerlijke rechter, bij spoed in kort geding');
    expect(tekst).not.toContain('Algemene wet bestuursrecht');
  });

  it('bijzonder, verwijdering: WPO 63 lid 3 first sentence, "binnen 6 weken na de mededeling", 4 weeks to decide, then the GPO and the civil route', () => {
    const r = render('besluit-verwijdering', 'bijzonder');
    const tekst = r.ok ? r.waarde.tekst : '';
    expect(tekst).toContain(
      'Binnen 6 weken na de mededeling van de beslissing tot verwijdering kunt u bij [naamBevoegdGezag], het bevoegd gezag van de school, schriftelijk uw bezwaren kenbaar maken tegen die beslissing (artikel 63, derde lid, eerste volzin, Wet op het primair onderwijs).',
    );
    expect(tekst).toContain('beslist binnen 4 weken na ontvangst van uw bezwaren');
    expect(tekst).toContain('Geschillencommissie passend onderwijs (artikel 43, tweede lid');
    expect(tekst).toContain('binnen 10 weken een oordeel');
    expect(tekst.indexOf('Geschillencommissie')).toBeLessThan(tekst.indexOf('burgerlijke rechter'));
    expect(tekst).not.toContain('Algemene wet bestuursrecht');
  });

  it('openbaar, verwijdering: bezwaar does not suspend, the date of verwijdering stands (Awb 6:16; the seed: "blijft de datum van verwijdering ongewijzigd")', () => {
    const r = render('besluit-verwijdering', 'openbaar');
    expect(r.ok && r.waarde.tekst).toContain('de datum van verwijdering blijft gelden (artikel 6:16');
  });

  it('voornemen: not yet a decision; the remedy lies against the definitive decision', () => {
    for (const denominatie of ['openbaar', 'bijzonder'] as const) {
      const r = render('voornemen-verwijdering', denominatie);
      expect(r.ok && r.waarde.tekst).toContain('Dit is een voornemen en nog geen besluit.');
    }
  });

  it('the numbers come from the rule registry at the peildatum (Awb 6:7 since 1994)', () => {
    const r = vulSjabloonIn('schoolgids-schorsing-verwijdering', {
      denominatie: 'openbaar',
      peildatum: '2015-01-05',
      velden: { naamBevoegdGezag: '[bestuur]' },
    });
    expect(r.ok && r.waarde.tekst).toContain(
      'binnen 6 weken na de dag waarop het besluit aan u is bekendgemaakt',
    );
  });
});

describe('the seed letters as templates (Bijlage 20 and 21)', () => {
  it('Bijlage 20, schorsing: start, duration in school days and "tot en met", reasons (WPO 40c lid 1), copy to the inspectie (40c lid 3)', () => {
    const r = vulSjabloonIn('schorsingsbrief', {
      denominatie: 'openbaar',
      velden: {
        ...alleVelden('schorsingsbrief'),
        datumBrief: '2026-03-02',
        ingangsdatum: '2026-03-03',
        aantalSchooldagen: 3,
        laatsteDag: '2026-03-05',
      },
    });
    const tekst = r.ok ? r.waarde.tekst : '';
    expect(tekst).toContain(
      'met ingang van dinsdag 3 maart 2026 voor de duur van 3 schooldagen (tot en met donderdag 5 maart 2026) de toegang tot [naamSchool] te ontzeggen',
    );
    expect(tekst).toContain('- de inspectie van het onderwijs');
    expect(tekst).toContain('[beschrijvingGedrag]');
    expect(briefSjabloon('schorsingsbrief').bron.artikel).toBe(
      'Bijlage 20: Model brieven in verband met schorsing of verwijdering',
    );
  });

  it('Bijlage 20, besluit tot verwijdering: the school willing to admit the pupil (WPO 40 lid 11) and the date', () => {
    const r = vulSjabloonIn('besluit-verwijdering', {
      denominatie: 'bijzonder',
      velden: { ...alleVelden('besluit-verwijdering'), verwijderingsdatum: '2026-04-01' },
    });
    const tekst = r.ok ? r.waarde.tekst : '';
    expect(tekst).toContain('per woensdag 1 april 2026 van [naamSchool] te verwijderen');
    expect(tekst).toContain('[naamOntvangendeSchool] is bereid uw kind per die datum toe te laten');
    expect(tekst).toContain('Betreft: besluit tot verwijdering');
  });

  it('Bijlage 21, schoolgids: both remedies, the one-week maximum (WPO 40c lid 1) and the GPO advice not binding', () => {
    const r = render('schoolgids-schorsing-verwijdering', 'openbaar');
    const tekst = r.ok ? r.waarde.tekst : '';
    expect(tekst).toContain('voor ten hoogste één week schorsen (artikel 40c');
    expect(tekst).toContain('bezwaar maken bij [naamBevoegdGezag]');
    expect(tekst).toContain('niet bindend');
    // the seed's "slechts ... voorleggen aan de rechter" is not the openbare school's remedy
    expect(tekst).not.toContain('slechts bezwaar');
  });

  it('every template lists where it departs from the seed', () => {
    for (const id of SJABLOON_IDS) expect(briefSjabloon(id).afwijkingen.length).toBeGreaterThan(0);
  });
});

describe('merge fields as data for a vendor form', () => {
  it('every field a template uses is catalogued with kind and meaning, and every catalogued field is used', () => {
    const gebruikt = new Set(SJABLOON_IDS.flatMap((id) => briefSjabloon(id).velden.map((v) => v.naam)));
    expect([...gebruikt].sort()).toEqual(Object.keys(VELDEN).sort());
    for (const v of sjabloonVelden()) {
      expect(v.omschrijving.trim()).not.toBe('');
      expect(v.description).not.toBe(v.omschrijving);
    }
  });

  it('the remedy clause counts its field: naamBevoegdGezag is a field of every template', () => {
    for (const id of SJABLOON_IDS)
      expect(briefSjabloon(id).velden.map((v) => v.naam)).toContain('naamBevoegdGezag');
  });

  it('no personal data in the templates: no e-mail, phone number or the seed board name (GUIDE section 10)', () => {
    const tekst = JSON.stringify({ SJABLONEN, VELDEN });
    expect(tekst).not.toMatch(/@|\b0\d{2}-?\d{7}\b|Groeiling|postbus|onderwijsgeschillen\.nl/i);
    for (const id of SJABLOON_IDS)
      for (const deel of SJABLONEN[id].delen)
        if (typeof deel === 'string') expect(deel).not.toMatch(/…|\.\.\.\./);
  });
});

describe('coded problems, never an empty string', () => {
  it('a missing field: SJABLOON_VELD_ONTBREEKT with its path, for each missing field in order', () => {
    const { naamLeerling: _a, laatsteDag: _b, ...rest } = alleVelden('schorsingsbrief');
    const r = vulSjabloonIn('schorsingsbrief', { denominatie: 'openbaar', velden: rest });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['SJABLOON_VELD_ONTBREEKT', ['velden', 'naamLeerling']],
      ['SJABLOON_VELD_ONTBREEKT', ['velden', 'laatsteDag']],
    ]);
  });

  it('an empty or blank value is missing, not rendered empty', () => {
    const r = vulSjabloonIn('schoolgids-schorsing-verwijdering', {
      denominatie: 'openbaar',
      peildatum: PEIL,
      velden: { naamBevoegdGezag: '   ' },
    });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['SJABLOON_VELD_ONTBREEKT']);
  });

  it('an unknown field: one SJABLOON_VELD_ONBEKEND that does not repeat the key', () => {
    const r = vulSjabloonIn('schoolgids-schorsing-verwijdering', {
      denominatie: 'openbaar',
      peildatum: PEIL,
      velden: { naamBevoegdGezag: '[bestuur]', 'Jan Jansen': 'x' },
    });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['SJABLOON_VELD_ONBEKEND', ['velden']],
    ]);
    expect(JSON.stringify(r)).not.toContain('Jan');
  });

  it('a wrong value for the kind: SJABLOON_VELD_ONGELDIG (a date that is not JJJJ-MM-DD, two lines in a one-line field, 0 school days)', () => {
    const r = vulSjabloonIn('schorsingsbrief', {
      denominatie: 'openbaar',
      velden: {
        ...alleVelden('schorsingsbrief'),
        laatsteDag: '5 maart',
        naamSchool: 'De\nLinde',
        aantalSchooldagen: 0,
      },
    });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad[1], p.parameters?.verwacht])).toEqual([
      ['SJABLOON_VELD_ONGELDIG', 'aantalSchooldagen', 'een geheel aantal van 1 of meer'],
      ['SJABLOON_VELD_ONGELDIG', 'laatsteDag', 'een datum JJJJ-MM-DD'],
      ['SJABLOON_VELD_ONGELDIG', 'naamSchool', 'één regel tekst'],
    ]);
  });

  it('a template without a date field needs a peildatum; an unknown template or denominatie is coded', () => {
    const zonder = vulSjabloonIn('schoolgids-schorsing-verwijdering', {
      denominatie: 'openbaar',
      velden: { naamBevoegdGezag: '[bestuur]' },
    });
    expect(zonder.ok ? [] : zonder.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['VERPLICHT', ['peildatum']],
    ]);
    const onbekend = vulSjabloonIn('brief' as never, { denominatie: 'openbaar', velden: {} });
    expect(onbekend.ok ? [] : onbekend.problemen.map((p) => p.code)).toEqual(['SJABLOON_ONBEKEND']);
    const den = vulSjabloonIn('schoolgids-schorsing-verwijdering', {
      denominatie: 'particulier' as never,
      peildatum: PEIL,
      velden: { naamBevoegdGezag: '[bestuur]' },
    });
    expect(den.ok ? [] : den.problemen.map((p) => p.code)).toEqual(['ONGELDIGE_KEUZE']);
    expect(() => briefSjabloon('brief' as never)).toThrow(PROBLEEM_CODES.SJABLOON_ONBEKEND.nl);
  });

  it('the date on the letter is the peildatum when none is given', () => {
    const r = vulSjabloonIn('schorsingsbrief', {
      denominatie: 'openbaar',
      velden: { ...alleVelden('schorsingsbrief'), datumBrief: ' 2026-03-02 ' },
    });
    expect(r.ok).toBe(true);
  });
});

describe('HTML', () => {
  it('escapes every merge value and keeps line breaks of an alinea as <br>', () => {
    const r = vulSjabloonIn('schorsingsbrief', {
      denominatie: 'openbaar',
      velden: {
        ...alleVelden('schorsingsbrief'),
        beschrijvingGedrag: '<script>alert("x")</script>\nen & \'meer\'',
        naamBevoegdGezag: '{{naamLeerling}}',
      },
    });
    const html = r.ok ? r.waarde.html : '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>en &amp; &#39;meer&#39;');
    // a value that looks like a merge field is never filled in again
    expect(html).toContain('{{naamLeerling}}');
    expect(r.ok && r.waarde.tekst).toContain('bezwaar maken bij {{naamLeerling}}, het bevoegd gezag');
  });
});
