import type { Bron, CodeCatalogus, RolId } from '@schoolveiligheid/kern';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';

// The methods of the seed ("Pesten bestrijden", "Pesten voorkomen") and of the PROO schoolgids as ordered steps
// for a teacher's checklist, and the roles in bullying (seed "Definiëring").

/** A method of the protocol. */
export type Methode = 'niet-confronterend' | 'confronterend' | 'zelf-oplossen' | 'preventief';

/** One step of a method, in order. */
export interface MethodeStap {
  /** Stable code of the step. */
  readonly code: string;
  /** Position in the checklist, from 1. */
  readonly volgorde: number;
  /** Who takes the step (kern's role vocabulary). */
  readonly rol: RolId;
  /** Dutch text for the teacher. */
  readonly nl: string;
  /** English text. */
  readonly en: string;
  /** An optional step (the seed says "kan"). */
  readonly optioneel?: true;
  /** Where the step comes from. */
  readonly bron: Bron;
}

/**
 * The ordered steps of each method, as data for a teacher's checklist.
 *
 * @example
 * ```ts
 * import { METHODE_STAPPEN } from '@schoolveiligheid/pestprotocol';
 * METHODE_STAPPEN.confronterend.map((s) => s.code); //=> ['STELLING_NEMEN', 'KLASSENGESPREK', 'MIDDENGROEP_ACTIVEREN', 'ANTI_PESTREGELS', 'THEMA_BEHANDELEN']
 * ```
 */
export const METHODE_STAPPEN: Readonly<Record<Methode, readonly MethodeStap[]>> = /* @__PURE__ */ (() =>
  Object.freeze({
    'niet-confronterend': Object.freeze<MethodeStap[]>([
      {
        code: 'COLLEGAS_INSCHAKELEN',
        volgorde: 1,
        rol: 'medewerker',
        nl: "Deel uw vermoeden met collega's, om het te versterken of af te zwakken.",
        en: 'Share your suspicion with colleagues, to strengthen or weaken it.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'ALGEMEEN_AAN_DE_ORDE',
        volgorde: 2,
        rol: 'leerkracht',
        nl: 'Stel pesten, buitensluiting of machtsmisbruik in de klas op een algemene manier aan de orde, als eerste signaal.',
        en: 'Raise bullying, exclusion or abuse of power in class in a general way, as a first signal.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'LEERLINGEN_LATEN_OPLETTEN',
        volgorde: 3,
        rol: 'leerkracht',
        nl: 'Vraag de pester(s) en/of enkele niet-pesters op te letten of er in de klas gepest wordt.',
        en: 'Ask the bully or bullies and/or some other pupils to watch whether there is bullying in class.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'VERSLAG_LATEN_UITBRENGEN',
        volgorde: 4,
        rol: 'leerkracht',
        nl: 'Laat hen na enkele dagen verslag uitbrengen van hun observaties.',
        en: 'After a few days, let them report what they observed.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'WAARNEMEN_EN_STELLING_NEMEN',
        volgorde: 5,
        rol: 'leerkracht',
        nl: 'Ziet u of een collega het pesten zelf, neem dan duidelijk stelling: ga over op de confronterende methode.',
        en: 'When you or a colleague sees the bullying, take a clear stand: move to the confronting method.',
        bron: B.SEED_BESTRIJDEN,
      },
    ]),
    confronterend: Object.freeze<MethodeStap[]>([
      {
        code: 'STELLING_NEMEN',
        volgorde: 1,
        rol: 'medewerker',
        nl: 'Neem eerst duidelijk stelling tegen het pesten.',
        en: 'First take a clear stand against the bullying.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'KLASSENGESPREK',
        volgorde: 2,
        rol: 'leerkracht',
        nl: 'Voer met de klas een gesprek over pesten in het algemeen en stimuleer leerlingen stelling te nemen.',
        en: 'Talk with the class about bullying in general and encourage pupils to take a stand.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'MIDDENGROEP_ACTIVEREN',
        volgorde: 3,
        rol: 'leerkracht',
        nl: 'Stimuleer leerlingen de gepeste leerling te steunen en de pester te laten stoppen, zodat er geen zwijgende middengroep ontstaat.',
        en: 'Encourage pupils to support the bullied pupil and stop the bully, so that no silent majority forms.',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'ANTI_PESTREGELS',
        volgorde: 4,
        rol: 'leerkracht',
        nl: 'Maak nadere afspraken: stel samen met de leerlingen anti-pestregels op (zie het anti-pestcontract).',
        en: 'Make further agreements: draw up anti-bullying rules with the pupils (see the anti-bullying contract).',
        bron: B.SEED_BESTRIJDEN,
      },
      {
        code: 'THEMA_BEHANDELEN',
        volgorde: 5,
        rol: 'leerkracht',
        nl: 'Behandel het thema eventueel met een boek of film en bespreek de gevoelens van een gepeste leerling en de motieven van een pester.',
        en: 'Optionally treat the theme with a book or film and discuss the feelings of a bullied pupil and the motives of a bully.',
        optioneel: true,
        bron: B.SEED_BESTRIJDEN,
      },
    ]),
    'zelf-oplossen': Object.freeze<MethodeStap[]>([
      {
        code: 'ZELF_OPLOSSEN',
        volgorde: 1,
        rol: 'leerling',
        nl: 'De leerlingen proberen het conflict eerst zelf op te lossen.',
        en: 'The pupils first try to solve the conflict themselves.',
        bron: B.PROO_SCHOOLGIDS,
      },
      {
        code: 'LEERKRACHT_BETREKKEN',
        volgorde: 2,
        rol: 'leerkracht',
        nl: 'Lukt dat niet, dan wordt de leerkracht bij de situatie betrokken.',
        en: 'If that fails, the teacher becomes involved.',
        bron: B.PROO_SCHOOLGIDS,
      },
      {
        code: 'AANSPREEKPUNT_INSCHAKELEN',
        volgorde: 3,
        rol: 'interne-vertrouwenspersoon',
        nl: 'Komen leerling en leerkracht er niet uit, dan kan de leerling terecht bij de intern begeleider, de directeur of de interne vertrouwenspersoon (aanspreekpunt pesten).',
        en: 'If pupil and teacher cannot solve it, the pupil can go to the internal counsellor, the head or the internal confidential adviser (contact point for bullying).',
        bron: B.PROO_SCHOOLGIDS,
      },
    ]),
    preventief: Object.freeze<MethodeStap[]>([
      {
        code: 'BLIJVEN_SIGNALEREN',
        volgorde: 1,
        rol: 'medewerker',
        nl: 'Blijf signalen van pesten opmerken: personeel heeft de inspanningsverplichting pesten te signaleren.',
        en: 'Keep noticing signs of bullying: staff must make an effort to notice bullying.',
        bron: B.SEED_VOORKOMEN,
      },
      {
        code: 'PLAGEN_EN_PESTEN_BESPREKEN',
        volgorde: 2,
        rol: 'leerkracht',
        nl: 'Besteed aandacht aan het verschil tussen plagen en pesten, bijvoorbeeld in de lessen sociaal-emotionele ontwikkeling (zoals de Kanjertraining).',
        en: 'Pay attention to the difference between teasing and bullying, for example in social-emotional lessons (such as Kanjertraining).',
        bron: B.PROO_SCHOOLGIDS,
      },
      {
        code: 'SIGNALEN_DOORGEVEN',
        volgorde: 3,
        rol: 'leerkracht',
        nl: 'Maak leerlingen duidelijk dat zij signalen van pesten doorgeven aan een leerkracht, en dat dit geen klikken is.',
        en: 'Make clear to pupils that they pass on signs of bullying to a teacher, and that this is not telling tales.',
        bron: B.SEED_VOORKOMEN,
      },
    ]),
  }))();

/** A role in bullying (seed, Definiëring). */
export type Pestrol = 'pester' | 'gepeste' | 'meeloper' | 'zwijgende-middengroep';

/**
 * The roles in bullying: the bully, the bullied pupil, the followers (meelopers) and the silent majority
 * (zwijgende middengroep) that, by not supporting the bullied pupil, lets the bully go on.
 *
 * @example
 * ```ts
 * import { PESTROLLEN } from '@schoolveiligheid/pestprotocol';
 * PESTROLLEN['zwijgende-middengroep'].en; //=> 'Silent majority: pupils not directly involved who, by looking on, let the bully go on.'
 * ```
 */
export const PESTROLLEN: CodeCatalogus<Pestrol> = /* @__PURE__ */ Object.freeze({
  pester: {
    nl: 'Pester: de leerling die een andere leerling pest.',
    en: 'Bully: the pupil who bullies another pupil.',
    bron: B.SEED_DEFINIERING,
  },
  gepeste: {
    nl: 'Gepeste: de leerling die gepest wordt.',
    en: 'Bullied pupil: the pupil who is bullied.',
    bron: B.SEED_DEFINIERING,
  },
  meeloper: {
    nl: 'Meeloper: een leerling uit het groepje dat meedoet met de pestkop.',
    en: 'Follower: a pupil of the group that joins in with the bully.',
    bron: B.SEED_DEFINIERING,
  },
  'zwijgende-middengroep': {
    nl: 'Zwijgende middengroep: leerlingen die niet direct betrokken zijn en, door toe te kijken, de pester zijn gang laten gaan.',
    en: 'Silent majority: pupils not directly involved who, by looking on, let the bully go on.',
    bron: B.SEED_DEFINIERING,
  },
});
