import { type Bron, bevries } from '@schoolveiligheid/kern';
import { JEUGDWET_7_1_4_5_LID_2, SEED_2018 } from '../bronnen/bronnen.js';

/** A sentence for the talk with a pupil or parent: the seed's wording to avoid and to use (Bijlage 31). */
export interface Formulering {
  readonly zin: string;
  readonly advies: 'vermijden' | 'gebruiken';
}

/** A passage of the schoolgids text with, where it no longer matches the statute, a note and the source. */
export interface Passage {
  readonly kop: string;
  readonly tekst: string;
  readonly letOp?: { readonly tekst: string; readonly bron: Bron };
}

/** The texts of the seed's Bijlagen 30 and 31 as data for vendors' screens. */
export interface VerwijsindexTeksten {
  readonly schoolgids: readonly Passage[];
  readonly formuleringen: readonly Formulering[];
  readonly feiten: readonly string[];
  readonly bron: Bron;
}

/**
 * The phrasing help of the seed's Bijlage 31 ("Hoe spreek ik over de Verwijsindex met een leerling?") and the
 * schoolgids text of Bijlage 30 (regional names left out), as data a vendor can show. Where the 2018 text no
 * longer matches the statute (signals "verlengen"; "na maximaal 7 jaar") a note says so with the source.
 *
 * @example
 * ```ts
 * import { VERWIJSINDEX_TEKSTEN } from '@schoolveiligheid/meldcode';
 * VERWIJSINDEX_TEKSTEN.formuleringen.filter((f) => f.advies === 'gebruiken').length; //=> 3
 * ```
 */
export const VERWIJSINDEX_TEKSTEN: VerwijsindexTeksten = /* @__PURE__ */ bevries({
  bron: SEED_2018,
  formuleringen: [
    { zin: 'Ik ga jou melden in de verwijsindex omdat ik denk dat je risico’s loopt.', advies: 'vermijden' },
    { zin: 'Ik ga jou registreren in de verwijsindex want ik maak me zorgen om je.', advies: 'vermijden' },
    { zin: 'Ik geef een signaal over jou af zodat andere professionals weten dat ik ook bij jou betrokken ben.', advies: 'gebruiken' },
    {
      zin: 'Ik koppel mijn contactgegevens aan jou in de verwijsindex zodat andere betrokkenen mij makkelijk kunnen vinden als ze willen samenwerken.',
      advies: 'gebruiken',
    },
    { zin: 'Ik laat weten dat ik open sta voor samenwerking als er nog andere zorgverleners bij jou betrokken zijn.', advies: 'gebruiken' },
  ],
  feiten: [
    'De verwijsindex is een hulpmiddel voor professionals om elkaar sneller te vinden en samen te werken.',
    'In de verwijsindex staat niet waarom er een signaal is afgegeven: niets over de aard van de problemen of de hulp.',
    'De professional informeert de ouders als de jeugdige jonger is dan 12, de jeugdige én de ouders van 12 tot 16, en de jeugdige vanaf 16.',
    'Als meerdere professionals een signaal afgeven over dezelfde jeugdige of een gezinslid, krijgen zij elkaars contactgegevens (een match).',
    'Alleen professionals die zelf een signaal hebben afgegeven zien of er andere signalen zijn; niemand kan zomaar een jeugdige opzoeken.',
    'Een signaal is ten hoogste twee jaar actief en gaat daarna, of als het risico weg is, vijf jaar naar het historisch archief; het wordt gewist als de jeugdige 23 wordt of overlijdt.',
  ],
  schoolgids: [
    {
      kop: 'Meldcode huiselijk geweld en kindermishandeling & de verwijsindex',
      tekst:
        'Het onderwijs werkt volgens de Meldcode huiselijk geweld en kindermishandeling. Wie met kinderen en ouders werkt leert signalen van zorg tijdig herkennen. Door snel met ouders rond de tafel te gaan zitten, kunnen lichte zorgen besproken en opgelost worden.',
    },
    {
      kop: 'Wat is de verwijsindex?',
      tekst:
        'De verwijsindex is een soort adresboek waarin professionals, zoals leerkrachten, hulpverleners en begeleiders, kunnen aangeven dat zij vanuit zorg betrokken zijn bij een jeugdige tussen 0 en 23 jaar. U wordt over het afgeven van het signaal geïnformeerd. Er staat geen inhoudelijke informatie in de verwijsindex.',
    },
    {
      kop: 'Recht op privacy',
      tekst:
        'Zodra het weer goed gaat met het kind wordt het signaal inactief gemaakt. Buitenstaanders kunnen het systeem niet inzien.',
      letOp: {
        tekst:
          'Het veiligheidsplan 2018 schrijft "na maximaal 7 jaar verdwijnt het signaal" en dat een signaal kan worden verlengd. De wet: een melding is ten hoogste twee jaar actief (niet verlengbaar; een nieuwe melding mag), daarna hooguit vijf jaar in het archief, en gewist op de 23e verjaardag.',
        bron: JEUGDWET_7_1_4_5_LID_2,
      },
    },
    {
      kop: 'Wat als de zorg kindermishandeling of huiselijk geweld betreft?',
      tekst:
        'Meestal kan tijdelijke ondersteuning in het gezin of aan uw kind ervoor zorgen dat het beter gaat. Soms is er sprake van kindermishandeling of huiselijk geweld. Dan is de school verplicht actie te ondernemen, bijvoorbeeld een melding bij Veilig Thuis.',
    },
  ],
});
