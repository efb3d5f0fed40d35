import { type Bron, bron } from '@schoolveiligheid/kern';

// The sources of this package, declared once each with kern's `bron(wet, vindplaats)`, so a law's title,
// identifier and link come from kern's WETTEN. WPO text read: BWBR0003420, consolidation 2026-08-01.

const WPO_VERSIE = '2026-08-01'; // geen-rechtsgetal: the consolidation read

const SEED_TOELICHTING =
  'Veiligheidsplan 2018 (seed): beleid van de school, geen wet. Overgenomen als protocol, niet als wettelijke plicht.';

/** A section of the 2018 seed safety plan. */
const seed = (artikel: string): Bron =>
  bron('seed-2018', { artikel, zekerheid: 'secundair', toelichting: SEED_TOELICHTING });

const HULP_GEPESTE = 'Pestprotocol, Hulp aan de gepeste leerling of zijn/haar ouder/verzorger';

/** The seed's own sentences on professional help for the bullied pupil (Hulp aan de gepeste leerling). */
const HULP_GEPESTE_ERNSTIG =
  'Bij ernstige gevolgen van pesten probeert de leerkracht, samen met de ouders/verzorgers, de gepeste leerling zijn of haar gevoel voor eigenwaarde terug te laten vinden. Zo nodig wordt hierbij, met toestemming van de ouders/verzorgers, hulp van professionele instellingen ingeschakeld.';

/**
 * Every source this package rests on, by name: the WPO articles (read in the consolidation of 2026-08-01), the
 * Besluit bekostiging WPO, the sections of the 2018 seed veiligheidsplan, the PROO schoolgids page and the
 * sector guidance of Stichting School & Veiligheid on the WPO 4c tasks.
 *
 * @example
 * ```ts
 * import { PESTPROTOCOL_BRONNEN } from '@schoolveiligheid/pestprotocol';
 * PESTPROTOCOL_BRONNEN.WPO_4C_LID_1_C.artikel; //=> 'art. 4c lid 1 onder c'
 * PESTPROTOCOL_BRONNEN.WPO_4C_LID_1_C.zekerheid; //=> 'wettekst'
 * ```
 */
export const PESTPROTOCOL_BRONNEN = /* @__PURE__ */ (() =>
  Object.freeze({
    /** WPO 4c lid 1 onder a: the bevoegd gezag conducts a safety policy. */
    WPO_4C_LID_1_A: bron('wpo', {
      artikel: '4c',
      lid: 1,
      onder: 'a',
      versie: WPO_VERSIE,
      zekerheid: 'wettekst',
    }),
    /** WPO 4c lid 1 onder b: monitoring with an instrument that gives a representative and current picture. */
    WPO_4C_LID_1_B: bron('wpo', {
      artikel: '4c',
      lid: 1,
      onder: 'b',
      versie: WPO_VERSIE,
      zekerheid: 'wettekst',
    }),
    /** WPO 4c lid 1 onder c: "bij een persoon" at least the coordination task (1°) and the aanspreekpunt (2°). */
    WPO_4C_LID_1_C: bron('wpo', {
      artikel: '4c',
      lid: 1,
      onder: 'c',
      versie: WPO_VERSIE,
      zekerheid: 'wettekst',
    }),
    /** The literal reading of WPO 4c lid 1 onder c: both tasks with one and the same person. */
    WPO_4C_LEZING_EEN_PERSOON: bron('wpo', {
      artikel: '4c',
      lid: 1,
      onder: 'c',
      versie: WPO_VERSIE,
      zekerheid: 'interpretatie',
      toelichting:
        'Letterlijke lezing: "er zorg voor draagt dat bij een persoon ten minste de volgende taken zijn belegd" (1° coördineren van het beleid tegen pesten, 2° aanspreekpunt pesten): beide taken bij één en dezelfde persoon.',
    }),
    /** WPO 4c lid 4: the monitor results go to the inspectie without delay. */
    WPO_4C_LID_4: bron('wpo', { artikel: '4c', lid: 4, versie: WPO_VERSIE, zekerheid: 'wettekst' }),
    /** WPO 13 lid 1 onder n: the schoolgids names who holds the 4c lid 1 c tasks (2018 text; 2026 place unconfirmed). */
    WPO_13_SCHOOLGIDS: bron('wpo', {
      artikel: '13',
      lid: 1,
      onder: 'n',
      zekerheid: 'onbevestigd',
      toelichting:
        'Gelezen in de tekst van 2018; de plaats van deze plicht in de tekst van 2026 is niet bevestigd (legal-rules §7).',
    }),
    /** WPO 40c: a schorsing needs its own grounds; checked by the schorsing package, never here. */
    WPO_40C: bron('wpo', { artikel: '40c', versie: WPO_VERSIE, zekerheid: 'wettekst' }),
    /** Besluit bekostiging WPO 34.6a: the monitor at least once per schooljaar. */
    BESLUIT_34_6A: bron('besluit-bekostiging-wpo', { artikel: '34.6a', zekerheid: 'wettekst' }),
    /** Sector guidance: the tasks must be assigned; a separate anti-pestcoördinator is not required. */
    SECTOR_TAKEN_VERDEELD: Object.freeze({
      titel: 'Stichting School & Veiligheid, veelgestelde vraag "Is een anti-pestcoördinator verplicht?"',
      url: 'https://www.schoolenveiligheid.nl/veelgestelde-vragen/is-anti-pestcoordinator-verplicht/',
      zekerheid: 'secundair',
      toelichting:
        'Sectorlezing: de twee taken moeten belegd zijn; een aparte anti-pestcoördinator is niet verplicht en scholen verdelen de taken in de praktijk over personen (zoals het veiligheidsplan 2018 doet).',
    } satisfies Bron) as Bron,
    /** Seed: Definiëring (plagen and pesten, the three roles). */
    SEED_DEFINIERING: seed('Pestprotocol, Definiëring'),
    /** Seed: Pesten voorkomen. */
    SEED_VOORKOMEN: seed('Pestprotocol, Pesten voorkomen'),
    /** Seed: Pesten bestrijden (the non-confronting and the confronting method). */
    SEED_BESTRIJDEN: seed('Pestprotocol, Pesten bestrijden'),
    /** Seed: help for the bullied pupil and the parents. */
    SEED_HULP_GEPESTE: seed('Pestprotocol, Hulp aan de gepeste leerling of zijn/haar ouder/verzorger'),
    /**
     * Seed: Hulp aan de gepeste leerling, serious consequences: the teacher with the parents helps the pupil find
     * their self-esteem again and, if need be, professional help is called in with the parents' consent.
     */
    SEED_HULP_GEPESTE_ERNSTIG: bron('seed-2018', {
      artikel: HULP_GEPESTE,
      zekerheid: 'secundair',
      toelichting: `${SEED_TOELICHTING} Tekst: "${HULP_GEPESTE_ERNSTIG}"`,
    }),
    /**
     * Interpretation: the seed does not say what follows when the bullied pupil's parents refuse professional
     * help; the school's own support goes on, and there is no schorsing (that step is only the bully's).
     */
    HULP_GEPESTE_WEIGERING: bron('seed-2018', {
      artikel: HULP_GEPESTE,
      zekerheid: 'interpretatie',
      toelichting:
        'Het veiligheidsplan zegt niet wat er volgt als de ouders/verzorgers van de gepeste leerling geen toestemming geven voor hulp van professionele instellingen. Lezing: de steun van de school hangt niet van die toestemming af: de leerkracht helpt de leerling, met hulp en advies van de interne begeleider, de zorgcoördinator, collega\'s of schoolleider, en "samen met de ouders/verzorgers" (zelfde paragraaf); het aanspreekpunt pesten blijft beschikbaar (de interne contactpersoon in het veiligheidsplan, de interne vertrouwenspersoon in de schoolgids van PROO Leiden-Leiderdorp). Geen schorsing: die stap staat alleen in Hulp aan de pester, na weigering door de ouders/verzorgers van de pester.',
    }),
    /** Interpretation: the seed names no evaluation of the professional help; its aim is the pupil's self-esteem. */
    HULP_GEPESTE_EVALUATIE: bron('seed-2018', {
      artikel: HULP_GEPESTE,
      zekerheid: 'interpretatie',
      toelichting:
        'Het veiligheidsplan noemt geen evaluatie van de professionele hulp aan de gepeste leerling. Lezing: de school gaat na of het doel uit dezelfde paragraaf ("zijn of haar gevoel voor eigenwaarde terug te laten vinden") bereikt is, zoals het protocol ook de afspraken met de pester evalueert (Hulp aan de pester).',
    }),
    /** Seed: help for the bully and the parents (the ladder up to schorsing). */
    SEED_HULP_PESTER: seed('Pestprotocol, Hulp aan de pester of zijn/haar ouders/verzorgers'),
    /** Seed: talking about difficult subjects. */
    SEED_PRATEN: seed('Pestprotocol, Praten over moeilijke onderwerpen'),
    /** Seed: the gedragscode and its categories 1-4. */
    SEED_GEDRAGSCODE: seed('Gedragscode – Ongewenst gedrag'),
    /** Seed: Bijlage 1, the protocol for reporting aggression and violence. */
    SEED_BIJLAGE_1: seed('Bijlage 1: protocol melding (dreigen met) agressie en/of geweld'),
    /** Seed: Bijlage 1, Terugkeer op school (the check two weeks after return). */
    SEED_TERUGKEER: seed('Bijlage 1, Terugkeer op school'),
    /** Seed: Bijlage 2, the anti-pestcontract. */
    SEED_BIJLAGE_2: seed('Bijlage 2: Voorbeeld anti-pestcontract'),
    /** Seed: the tasks of the veiligheidscoördinator (protocol, rules, sanction policy). */
    SEED_VEILIGHEIDSCOORDINATOR: seed('De veiligheidscoördinator, Taken & verantwoordelijkheden'),
    /** Seed: the interne contactpersoon as aanspreekpunt pesten, not the veiligheidscoördinator. */
    SEED_INTERNE_CONTACTPERSOON: seed('Interne contactpersoon, Functieomschrijving'),
    /** Seed: Monitoren (at least yearly, groups 6-8). */
    SEED_MONITOREN: seed('Monitoren, Veiligheidsbeleving sociale veiligheid'),
    /** The PROO Leiden-Leiderdorp schoolgids page: pupils first solve a conflict themselves, Kanjertraining, the interne vertrouwenspersoon. */
    PROO_SCHOOLGIDS: Object.freeze({
      titel: 'Schoolgids PROO Leiden-Leiderdorp (seed), ondersteuning en sociale veiligheid',
      zekerheid: 'secundair',
      toelichting:
        'Beleid van een schoolbestuur: leerlingen lossen een conflict eerst zelf op, Kanjertraining, de interne vertrouwenspersoon is aanspreekpunt pesten.',
    } satisfies Bron) as Bron,
  }))();

/**
 * The 2018 seed veiligheidsplan, source of the {@link SEED_2018_BELEID} preset.
 *
 * @example
 * ```ts
 * import { SEED_2018 } from '@schoolveiligheid/pestprotocol';
 * SEED_2018.zekerheid; //=> 'secundair'
 * ```
 */
export const SEED_2018: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Pestprotocol',
  zekerheid: 'secundair',
  toelichting: SEED_TOELICHTING,
});
