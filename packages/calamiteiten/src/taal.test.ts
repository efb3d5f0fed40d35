// The `{ taal: 'en' }` option of the validators (house guide §7: "a Dutch melding (English available)"): the same
// codes, paths and parameters in both languages, the melding from the package catalogue (CALAMITEITEN_PROBLEEM_CODES)
// or from kern's validation texts; Dutch by default and for any other value.
import { describe, expect, it } from 'vitest';
import {
  CALAMITEITEN_PROBLEEM_CODES,
  controleerBhvBezetting,
  evaluatiemomenten,
  valideerCrisisteam,
  valideerSocialeKaart,
  vulBriefIn,
} from './index.js';

const beide = <T extends { ok: boolean }>(f: (opties?: { taal?: 'nl' | 'en' }) => T) => ({
  nl: f(),
  en: f({ taal: 'en' }),
});

const problemen = (r: unknown) => {
  const x = r as {
    ok: boolean;
    problemen?: readonly { code: string; pad: unknown; parameters?: unknown; melding: string }[];
  };
  if (x.ok || !x.problemen) throw new Error('verwacht problemen');
  return x.problemen;
};

describe('vulBriefIn (seed Bijlage 29, rouwadvertentie bij het overlijden van een leerling)', () => {
  const { nl, en } = beide((o) =>
    vulBriefIn('advertentie-leerling', { naamLeerling: '[naam]', plaatsSchool: '' }, o),
  );

  it('names every unfilled field in Dutch by default and in English on request, with the same codes and paths', () => {
    expect(problemen(nl).map((p) => p.melding)).toEqual([
      'Het veld naamSchool is niet ingevuld.',
      'Het veld plaatsSchool is niet ingevuld.',
    ]);
    expect(problemen(en).map((p) => p.melding)).toEqual([
      'The field naamSchool is not filled in.',
      'The field plaatsSchool is not filled in.',
    ]);
    const zonderMelding = (r: unknown) =>
      problemen(r).map(({ code, pad, parameters }) => [code, pad, parameters]);
    expect(zonderMelding(en)).toEqual(zonderMelding(nl));
  });

  it('gives the unknown template and unknown field in both languages, and Dutch for any other taal', () => {
    const onbekend = vulBriefIn('bestaat-niet' as never, {}, { taal: 'en' });
    expect(problemen(onbekend).map((p) => p.melding)).toEqual([
      CALAMITEITEN_PROBLEEM_CODES.SJABLOON_ONBEKEND.en,
    ]);
    const extra = { naamLeerling: 'a', naamSchool: 'b', plaatsSchool: 'c', geheim: 'd' };
    expect(problemen(vulBriefIn('advertentie-leerling', extra, { taal: 'en' }))[0]?.melding).toBe(
      'This template has no such field.',
    );
    expect(problemen(vulBriefIn('advertentie-leerling', extra))[0]?.melding).toBe(
      'Dit sjabloon kent dit veld niet.',
    );
    expect(problemen(vulBriefIn('advertentie-leerling', extra, { taal: 'fr' } as never))[0]?.melding).toBe(
      'Dit sjabloon kent dit veld niet.',
    );
  });

  it('renders the same letter whatever the language of the messages', () => {
    const velden = { naamLeerling: '[naam]', naamSchool: 'De Linde', plaatsSchool: 'Gouda' };
    expect(vulBriefIn('advertentie-leerling', velden, { taal: 'en' })).toEqual(
      vulBriefIn('advertentie-leerling', velden),
    );
  });
});

describe('valideerCrisisteam (seed Taken en functies: het crisisteam)', () => {
  const leden = [
    'directeur',
    'bevoegd-gezag',
    'intern-begeleider',
    'leerkracht',
    'vertrouwensarts',
    'interne-contactpersoon',
    'directeur-andere-school',
  ];
  const { nl, en } = beide((o) =>
    valideerCrisisteam({ soort: 'personeelslid', leden, peildatum: '2026-12-02' }, undefined, o),
  );

  it('refuses a seventh member and names the missing HRM member in both languages, the role label in the language', () => {
    const code = (r: unknown) => problemen(r).map((p) => [p.code, p.pad, p.parameters]);
    expect(code(en)).toEqual(code(nl));
    const melding = (r: unknown, c: string) => problemen(r).find((p) => p.code === c)?.melding;
    expect(melding(nl, 'CRISISTEAM_TE_GROOT')).toBe('Het crisisteam heeft ten hoogste 6 leden.');
    expect(melding(en, 'CRISISTEAM_TE_GROOT')).toBe('The crisis team has at most 6 members.');
    expect(melding(nl, 'CRISISTEAM_VERPLICHT_LID_ONTBREEKT')).toBe(
      'Bij deze crisis neemt in ieder geval HRM-beleidsmedewerker deel.',
    );
    expect(melding(en, 'CRISISTEAM_VERPLICHT_LID_ONTBREEKT')).toBe(
      'In this crisis HR policy officer takes part in any case.',
    );
  });

  it('gives schema problems in English too', () => {
    const r = valideerCrisisteam({ soort: 'personeelslid', leden: [] }, undefined, { taal: 'en' });
    const n = valideerCrisisteam({ soort: 'personeelslid', leden: [] });
    expect(problemen(r).map((p) => p.code)).toEqual(problemen(n).map((p) => p.code));
    expect(problemen(r)[0]?.melding).not.toBe(problemen(n)[0]?.melding);
  });
});

describe('the other validators (seed Bijlage 9; Bedrijfshulpverlener; F.2 Sociale kaart)', () => {
  it('evaluatiemomenten, controleerBhvBezetting and valideerSocialeKaart: same codes, English messages on request', () => {
    const gevallen: ((o?: { taal?: 'nl' | 'en' }) => { ok: boolean })[] = [
      (o?: { taal?: 'nl' | 'en' }) =>
        evaluatiemomenten({ id: 'afspraak-1', handeling: 'levensreddend' }, 'zuid', undefined, o),
      (o?: { taal?: 'nl' | 'en' }) =>
        controleerBhvBezetting({ peildatum: '2026-12-02', bhvers: [] }, undefined, o),
      (o?: { taal?: 'nl' | 'en' }) => valideerSocialeKaart([{ soort: 'ggz' }], o),
    ];
    for (const f of gevallen) {
      const { nl, en } = beide(f);
      expect(problemen(en).map((p) => [p.code, p.pad])).toEqual(problemen(nl).map((p) => [p.code, p.pad]));
      expect(problemen(en).map((p) => p.melding)).not.toEqual(problemen(nl).map((p) => p.melding));
    }
  });
});
