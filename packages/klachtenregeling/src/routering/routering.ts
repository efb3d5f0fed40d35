import {
  type Besluit,
  besluit,
  type IsoDatum,
  isoDatumSchema,
  type Reden,
  type RolId,
  SchoolveiligheidFout,
  type TermijnUitkomst,
  valideer,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { KlachtenregelingRedenCode } from '../codes/codes.js';
import { beleidUitOpties, reden, termijnParameters, termijnVan } from '../gedeeld/gedeeld.js';
import { eigenAfhandelingTermijn, regelVerantwoording } from '../regels/regels.js';

/** Where a complaint can arrive: the two bodies of seed art. 5 lid 1, and the others it reaches in practice. */
export const ONTVANGERS = [
  'bevoegd-gezag',
  'klachtencommissie',
  'directeur',
  'interne-contactpersoon',
  'vertrouwenspersoon',
  'anders',
] as const;

/**
 * Schema of the input of {@link routeerKlacht}: where the complaint arrived, whom it is about and what the
 * board judges (simple, mediator, consent).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { routeringSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(routeringSchema, { ingediendBij: 'directeur', aangeklaagde: 'personeelslid' }).ok; //=> true
 * ```
 */
export const routeringSchema = /* @__PURE__ */ z
  .object({
    ingediendBij: /* @__PURE__ */ z.enum(ONTVANGERS).meta({ description: 'Who received the complaint.' }),
    aangeklaagde: /* @__PURE__ */ z
      .enum(['bevoegd-gezag', 'directie', 'personeelslid', 'vrijwilliger', 'ouder', 'leerling', 'anders'])
      .meta({ description: 'Whom the complaint is about.' }),
    ingediendOp: isoDatumSchema.optional(),
    eenvoudig: /* @__PURE__ */ z
      .boolean()
      .optional()
      .meta({ description: 'The board judges the complaint simple.' }),
    mediatorGewenst: /* @__PURE__ */ z.boolean().optional(),
    klagerStemtIn: /* @__PURE__ */ z
      .boolean()
      .optional()
      .meta({ description: 'The klager consents to a mediator.' }),
    internOordeelGegeven: /* @__PURE__ */ z
      .boolean()
      .optional()
      .meta({ description: 'An internal commission already gave its oordeel (the LKC is no appeal body).' }),
  })
  .meta({ description: 'Where a complaint arrived and what the board judges, for routing.' });

/** Input of {@link routeerKlacht}. */
export type Routering = z.infer<typeof routeringSchema>;

/** The route a complaint takes. */
export type RouteCode =
  | 'doorsturen-naar-bevoegd-gezag'
  | 'niet-ontvankelijk-bij-lkc'
  | 'klachtencommissie'
  | 'eigen-afhandeling'
  | 'naar-klachtencommissie';

/** Outcome of {@link routeerKlacht}. */
export interface Route {
  readonly route: RouteCode;
  /** Who acts next. */
  readonly behandelaar: RolId;
  /** With a mediator (only with the klager's consent). */
  readonly mediator: boolean;
  /** Always: the complaint is handled in confidence (WPO art. 14 lid 8). */
  readonly vertrouwelijk: true;
  /** The board's own handling term of the policy, when it sets one and `ingediendOp` is given. */
  readonly eigenAfhandelingTot?: TermijnUitkomst;
}

/** One row of the routing table: when it applies, the route, who acts and the reasons it gives. */
interface Rij {
  readonly route: RouteCode;
  readonly behandelaar: RolId;
  readonly geldt: (r: Routering) => boolean;
  readonly redenen: (r: Routering) => readonly KlachtenregelingRedenCode[];
}

const BIJ_BEVOEGD_GEZAG = (r: Routering) => r.ingediendBij === 'bevoegd-gezag';
const OVER_DIRECTIE = (r: Routering): readonly KlachtenregelingRedenCode[] =>
  r.aangeklaagde === 'directie' ? ['KLACHT_OVER_DIRECTIE'] : [];

/** The routing table (seed art. 5 lid 1, 5, 6, 7; WPO art. 14 lid 8; LKC): the first row that applies decides. */
const ROUTES: readonly Rij[] = [
  {
    route: 'doorsturen-naar-bevoegd-gezag',
    behandelaar: 'bevoegd-gezag',
    geldt: (r) => r.ingediendBij !== 'bevoegd-gezag' && r.ingediendBij !== 'klachtencommissie',
    redenen: (r) => [
      'ANDER_ORGAAN_DOORSTUREN',
      ...(r.ingediendBij === 'directeur' ? (['DIRECTEUR_IS_NIET_BEVOEGD_GEZAG'] as const) : []),
      ...OVER_DIRECTIE(r),
      'GEHEIMHOUDING',
    ],
  },
  {
    route: 'niet-ontvankelijk-bij-lkc',
    behandelaar: 'klachtencommissie',
    geldt: (r) => r.ingediendBij === 'klachtencommissie' && r.internOordeelGegeven === true,
    redenen: () => ['INGEDIEND_BIJ_COMMISSIE', 'LKC_GEEN_BEROEP'],
  },
  {
    route: 'klachtencommissie',
    behandelaar: 'klachtencommissie',
    geldt: (r) => r.ingediendBij === 'klachtencommissie',
    redenen: () => ['INGEDIEND_BIJ_COMMISSIE', 'GEHEIMHOUDING'],
  },
  {
    route: 'eigen-afhandeling',
    behandelaar: 'bevoegd-gezag',
    geldt: (r) => BIJ_BEVOEGD_GEZAG(r) && r.eenvoudig === true,
    redenen: (r) => [
      'INGEDIEND_BIJ_BEVOEGD_GEZAG',
      ...OVER_DIRECTIE(r),
      'EENVOUDIGE_KLACHT',
      ...(r.mediatorGewenst
        ? ([r.klagerStemtIn ? 'MEDIATOR_MET_INSTEMMING' : 'MEDIATOR_ZONDER_INSTEMMING'] as const)
        : []),
    ],
  },
  {
    route: 'naar-klachtencommissie',
    behandelaar: 'klachtencommissie',
    geldt: BIJ_BEVOEGD_GEZAG,
    redenen: (r) => ['INGEDIEND_BIJ_BEVOEGD_GEZAG', ...OVER_DIRECTIE(r), 'NAAR_COMMISSIE', 'GEHEIMHOUDING'],
  },
];

/**
 * Routes a complaint, as a decision with reasons: filed with the board or the commission (seed art. 5 lid 1);
 * filed elsewhere (the director, the contact person, a vertrouwenspersoon) it is forwarded at once and in
 * confidence (art. 5 lid 7; telling only the director is not filing with the board); the board handles a
 * simple complaint itself or with a mediator (only with the klager's consent) and refers it to the
 * commission when that does not satisfy within the policy's term (the seed: 4 weeks; the statute sets none);
 * a complaint about the directie goes to the board; the LKC is not an appeal body. Throws `ONGELDIGE_INVOER`
 * on input that does not fit {@link routeringSchema}, `BELEID_ONGELDIG` on a bad policy.
 *
 * @example
 * ```ts
 * import { routeerKlacht } from '@schoolveiligheid/klachtenregeling';
 * const b = routeerKlacht({ ingediendBij: 'directeur', aangeklaagde: 'personeelslid' });
 * b.uitkomst.route; //=> 'doorsturen-naar-bevoegd-gezag'
 * b.redenen.map((r) => r.code); //=> ['ANDER_ORGAAN_DOORSTUREN', 'DIRECTEUR_IS_NIET_BEVOEGD_GEZAG', 'GEHEIMHOUDING']
 * ```
 */
export function routeerKlacht(
  invoer: unknown,
  opties?: { readonly beleid?: unknown },
): Besluit<Route, KlachtenregelingRedenCode> {
  const gelezen = valideer(routeringSchema, invoer);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'De routering heeft niet de verwachte vorm.', {
      problemen: gelezen.problemen.length,
    });
  const beleid = beleidUitOpties(opties);
  const r = gelezen.waarde;
  const rij = ROUTES.find((x) => x.geldt(r)) as Rij; // the last row covers the board; the first the rest
  const redenen: Reden<KlachtenregelingRedenCode>[] = rij.redenen(r).map((c) => reden(c));
  let eigenAfhandelingTot: TermijnUitkomst | undefined;
  if (rij.route === 'eigen-afhandeling') {
    const start: IsoDatum | undefined = r.ingediendOp;
    const regel = start ? zoekWaardeVoor(eigenAfhandelingTermijn, start, beleid) : undefined;
    eigenAfhandelingTot =
      start && regel ? termijnVan(start, regel.waarde, 'regeling', regel.bron) : undefined;
    redenen.push(
      regel && eigenAfhandelingTot
        ? reden('EIGEN_AFHANDELING_TERMIJN', termijnParameters(regel.waarde, eigenAfhandelingTot), regel.bron)
        : reden('GEEN_EIGEN_AFHANDELING_TERMIJN'),
    );
  }
  return besluit(
    {
      route: rij.route,
      behandelaar: rij.behandelaar,
      mediator: rij.route === 'eigen-afhandeling' && r.mediatorGewenst === true && r.klagerStemtIn === true,
      vertrouwelijk: true,
      ...(eigenAfhandelingTot ? { eigenAfhandelingTot } : {}),
    },
    redenen,
    regelVerantwoording(),
  );
}
