import { isoDatumSchema } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';

// The header and event schemas of a klokkenluider dossier. People appear only as ids from the vendor's
// system (`medewerker-12`), never as names; the reporter's id is the identity the package protects.

const persoonId = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100)
  .meta({
    description:
      "A person's id in the vendor's system: lower-case letters, digits and hyphens; never a name.",
  });

/** The public interests a misstand can touch (Wbk art. 1 `misstand`; seed regeling art. 1 onder g). */
export const BELANGEN = [
  'schending-unierecht',
  'schending-wettelijk-voorschrift',
  'gevaar-volksgezondheid',
  'gevaar-veiligheid',
  'gevaar-milieu',
  'goed-functioneren-organisatie',
  'achterhouden-informatie',
] as const;

/** The kinds of detriment the Wbk lists (art. 17da lid 1 onder a-l, lid 2). */
export const BENADELINGEN = [
  'ontslag-of-schorsing',
  'boete',
  'demotie',
  'onthouden-bevordering',
  'negatieve-beoordeling',
  'schriftelijke-berisping',
  'overplaatsing',
  'discriminatie',
  'intimidatie-pesterijen-uitsluiting',
  'smaad-of-laster',
  'voortijdige-beeindiging-overeenkomst',
  'intrekking-vergunning',
  'dreiging-of-poging',
  'anders',
] as const;

/** The competent authorities of Wbk art. 2c, plus the Inspectie van het Onderwijs (designation unverified). */
export const AUTORITEIT_IDS = [
  'acm',
  'afm',
  'autoriteit-persoonsgegevens',
  'dnb',
  'huis-voor-klokkenluiders',
  'igj',
  'nza',
  'anvs',
  'inspectie-van-het-onderwijs',
] as const;

/**
 * Schema of the dossier header: the dossier id, the reporter (an id and the relation to the employer; both
 * identifying, both hidden by {@link afgeschermdDossier}), the suspicion (which public interests, whether the
 * grounds are reasonable) and whether the bevoegd gezag itself is suspected to be involved.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { klokkenluiderKopSchema } from '@schoolveiligheid/klokkenluider';
 * const kop = { id: 'kl-1', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *   vermoeden: { belangen: ['schending-wettelijk-voorschrift'], redelijkeGronden: true }, bevoegdGezagBetrokken: false };
 * valideer(klokkenluiderKopSchema, kop).ok; //=> true
 * ```
 */
export const klokkenluiderKopSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\d][a-z\d-]*$/)
      .max(100)
      .meta({ description: "The dossier's id in the vendor's system; never a name or a BSN." }),
    melder: /* @__PURE__ */ z
      .object({
        id: /* @__PURE__ */ persoonId
          .optional()
          .meta({ description: "The reporter's person id; absent for an anonymous report." }),
        relatie: /* @__PURE__ */ z
          .enum([
            'werknemer',
            'uitzendkracht',
            'oud-werknemer',
            'vrijwilliger',
            'stagiair',
            'sollicitant',
            'zelfstandige',
            'bestuurder-of-toezichthouder',
          ])
          .meta({ description: 'How the reporter is related to the employer (Wbk art. 1).' }),
      })
      .meta({ description: 'The reporter: identifying data, confidential (Wbk art. 1a lid 3).' }),
    vermoeden: /* @__PURE__ */ z
      .object({
        belangen: /* @__PURE__ */ z
          .array(/* @__PURE__ */ z.enum(BELANGEN))
          .min(1)
          .max(BELANGEN.length)
          .meta({ description: 'The public interests at stake (Wbk art. 1 misstand).' }),
        redelijkeGronden: /* @__PURE__ */ z.boolean().meta({
          description:
            'The reporter has reasonable grounds to believe the information is true (Wbk art. 17e).',
        }),
      })
      .meta({ description: 'The suspicion of a misstand.' }),
    bevoegdGezagBetrokken: /* @__PURE__ */ z.boolean().meta({
      description:
        'The bevoegd gezag itself is suspected to be involved: the toezichthouder handles the report.',
    }),
  })
  .meta({ description: 'Header of a klokkenluider dossier: the reporter, the suspicion, who handles it.' });

const datum = isoDatumSchema;

const ev = <T extends string, S extends z.ZodRawShape>(type: T, velden: S, beschrijving: string) =>
  z.object({ type: z.literal(type), datum, ...velden }).meta({ description: beschrijving });

/**
 * Schema of the events of a klokkenluider dossier, discriminated on `type`. Each event carries the date it
 * happened (the order key); people appear only as ids, never as free text.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { klokkenluiderGebeurtenisSchema } from '@schoolveiligheid/klokkenluider';
 * valideer(klokkenluiderGebeurtenisSchema, { type: 'ontvangst-bevestigd', datum: '2026-11-30' }).ok; //=> true
 * ```
 */
export const klokkenluiderGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ ev(
      'melding-ontvangen',
      {
        kanaal: z.enum(['leidinggevende', 'toezichthouder', 'functionaris']),
        viaVertrouwenspersoon: z.boolean(),
        vertrouwenspersoon: persoonId.optional(),
        vorm: z.enum(['schriftelijk', 'mondeling', 'gesprek']),
        ontvanger: persoonId,
      },
      'The internal report was received on datum by ontvanger, through kanaal, in vorm; registered with its date.',
    ),
    /* @__PURE__ */ ev(
      'ontvangst-bevestigd',
      {},
      'The acknowledgement of receipt was sent on datum (Wbk art. 2 lid 2 onder h).',
    ),
    /* @__PURE__ */ ev(
      'verslag-ondertekend',
      {},
      'The reporter checked, corrected and signed the record of the oral report (Wbk art. 2b lid 3).',
    ),
    /* @__PURE__ */ ev(
      'identiteit-toestemming',
      {
        vorm: z.enum(['schriftelijk', 'mondeling']),
        voor: z.array(persoonId).min(1).max(50),
      },
      'The reporter consented on datum to revealing their identity to the persons voor (Wbk art. 1a lid 3).',
    ),
    /* @__PURE__ */ ev(
      'geen-onderzoek',
      { reden: z.enum(['geen-redelijke-gronden', 'geen-misstand']) },
      'The board decided not to investigate and told the reporter in writing with reasons (seed art. 6 lid 1-2).',
    ),
    /* @__PURE__ */ ev(
      'onderzoek-opgedragen',
      { onderzoekers: z.array(persoonId).min(1).max(10), onafhankelijk: z.boolean() },
      'The board ordered an investigation from independent investigators and told the reporter (seed art. 6 lid 3).',
    ),
    /* @__PURE__ */ ev(
      'melder-gehoord',
      {},
      'The reporter was heard; the record was signed (seed art. 6 lid 3).',
    ),
    /* @__PURE__ */ ev(
      'conceptverslag-voorgelegd',
      {},
      'The draft report went to the reporter for comments (seed art. 6 lid 6).',
    ),
    /* @__PURE__ */ ev(
      'onderzoeksverslag',
      {},
      'The investigator delivered the report; the reporter got a copy (seed art. 6 lid 7).',
    ),
    /* @__PURE__ */ ev(
      'terugkoppeling',
      {},
      'The reporter was informed about the assessment and follow-up (Wbk art. 2 lid 2 onder i).',
    ),
    /* @__PURE__ */ ev(
      'standpunt',
      {},
      'The board gave its substantive standpoint in writing (seed art. 7 lid 1).',
    ),
    /* @__PURE__ */ ev(
      'standpunt-uitgesteld',
      { tot: datum },
      'The board told the reporter with reasons that the standpoint comes by tot (seed art. 7 lid 2).',
    ),
    /* @__PURE__ */ ev(
      'reactie-melder',
      { aanvullendOnderzoekGevraagd: z.boolean() },
      'The reporter responded to the report and standpoint (seed art. 8 lid 1-2).',
    ),
    /* @__PURE__ */ ev(
      'aanvullend-onderzoek',
      {},
      'An additional investigation was ordered (seed art. 8 lid 2-3).',
    ),
    /* @__PURE__ */ ev(
      'extern-gemeld',
      { autoriteit: z.enum(AUTORITEIT_IDS) },
      'The reporter reported to a competent authority on datum (Wbk art. 2c, 17e).',
    ),
    /* @__PURE__ */ ev(
      'openbaar-gemaakt',
      {},
      'The reporter made the suspicion public on datum (Wbk art. 17ea).',
    ),
    /* @__PURE__ */ ev(
      'maatregel-genomen',
      {
        soort: z.enum(BENADELINGEN),
        betreft: z.enum(['melder', 'bijstaander', 'betrokken-derde', 'functionaris']),
        motiveringLosVanMelding: z.boolean(),
      },
      'A measure was taken against a protected person; motiveringLosVanMelding: the employer recorded why it is unrelated to the report (Wbk art. 17da, 17eb).',
    ),
    /* @__PURE__ */ ev('afgesloten', {}, 'The dossier was closed on datum.'),
  ])
  .meta({ description: 'An event of a klokkenluider dossier, discriminated on type.' });

/** The header of a klokkenluider dossier. */
export type KlokkenluiderKop = z.infer<typeof klokkenluiderKopSchema>;

/** An event of a klokkenluider dossier. */
export type KlokkenluiderGebeurtenis = z.infer<typeof klokkenluiderGebeurtenisSchema>;
