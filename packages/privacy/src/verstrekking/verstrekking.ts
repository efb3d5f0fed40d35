import { type Besluit, besluit, bevries, type Reden } from '@schoolveiligheid/kern';
import { AVG_6_1, AVG_9, SEED_BIJLAGE_14, WPO_42 } from '../bronnen/bronnen.js';
import type { PrivacyRedenCode } from '../codes/codes.js';
import { isObject, ongeldig, privacyVerantwoording, reden } from '../regels/verantwoording.js';
import {
  type Grondslag,
  type Ontvanger,
  type VerstrekkingsDoel,
  type Verstrekkingsregel,
  VERSTREKKINGEN_DATA,
} from './verstrekking.data.js';

export type { Grondslag, Ontvanger, VerstrekkingsDoel, Verstrekkingsregel } from './verstrekking.data.js';

/**
 * The register of recipients of Bijlage 14 (recipient, purpose, categories, basis, statutory or not). The TSO
 * row is flagged `onbevestigd`: the seed's table breaks off there. Frozen data.
 *
 * @example
 * ```ts
 * import { VERSTREKKINGSREGISTER } from '@schoolveiligheid/privacy';
 * VERSTREKKINGSREGISTER.filter((r) => r.wettelijk).map((r) => r.ontvanger); //=> ['duo', 'school', 'samenwerkingsverband']
 * ```
 */
export const VERSTREKKINGSREGISTER: readonly Verstrekkingsregel[] =
  /* @__PURE__ */ bevries(VERSTREKKINGEN_DATA);

/** How the data travel. */
export type Kanaal = 'beveiligde-koppeling' | 'beveiligde-upload' | 'e-mail' | 'online-bericht';

/** A provision of pupil data to another party, as {@link magVerstrekken} weighs it. */
export interface Verstrekking {
  /** Who receives. */
  readonly ontvanger: Ontvanger;
  /** For what. */
  readonly doel: VerstrekkingsDoel;
  /** The categories of Bijlage 13 (leerling) that go: `1a`, `1d`, … */
  readonly categorieen: readonly string[];
  /** How the data travel. */
  readonly kanaal: Kanaal;
  /** Parents were told beforehand what goes to whom (seed Informatieplicht; AVG 13). */
  readonly oudersVoorafGeinformeerd: boolean;
  /** The school has established a legal duty for this provision (it records which). */
  readonly wettelijkePlicht?: boolean;
  /** Valid consent stands (see `geldigeToestemming`). */
  readonly toestemming?: boolean;
  /** The data were anonymised (required for study, research and training). */
  readonly geanonimiseerd?: boolean;
}

const KANALEN: readonly Kanaal[] = ['beveiligde-koppeling', 'beveiligde-upload', 'e-mail', 'online-bericht'];
const ONVEILIG: readonly Kanaal[] = ['e-mail', 'online-bericht'];
const BIJZONDER: readonly string[] = ['1d', '1e'];
const CATEGORIE = /^1[a-i]$/;

/** One criterion of the decision: when it applies it refuses, with its reason. */
interface Criterium {
  readonly weigert: (v: Verstrekking) => boolean;
  readonly reden: PrivacyRedenCode;
}

/** The seed's rules that refuse whatever the basis (Delen leerlinggegevens, Informatieplicht). */
const WEIGERGRONDEN: readonly Criterium[] = [
  { weigert: (v) => ONVEILIG.includes(v.kanaal), reden: 'KANAAL_NIET_TOEGESTAAN' },
  {
    weigert: (v) => v.doel === 'studie-onderzoek' && v.geanonimiseerd !== true,
    reden: 'NIET_GEANONIMISEERD',
  },
  { weigert: (v) => !v.oudersVoorafGeinformeerd, reden: 'OUDERS_NIET_GEINFORMEERD' },
];

/** Bases that carry special-category data (AVG art. 9 lid 2: a legal duty of substantial public interest, consent). */
const BIJZONDER_TOEGESTAAN: readonly Grondslag[] = ['wettelijke-plicht', 'toestemming'];

function leesVerstrekking(v: unknown): Verstrekking {
  if (
    !isObject(v) ||
    typeof v.ontvanger !== 'string' ||
    typeof v.doel !== 'string' ||
    !Array.isArray(v.categorieen) ||
    v.categorieen.length > 20 || // geen-rechtsgetal: an input bound (there are fewer categories)
    !v.categorieen.every((c) => typeof c === 'string' && CATEGORIE.test(c)) ||
    !KANALEN.includes(v.kanaal as Kanaal) ||
    typeof v.oudersVoorafGeinformeerd !== 'boolean'
  )
    ongeldig('Geef ontvanger, doel, categorieën (1a-1i), kanaal en of de ouders vooraf zijn geïnformeerd.');
  return v as unknown as Verstrekking;
}

/**
 * Whether pupil data may go to another party, with the reasons: never by e-mail or other online messaging,
 * research and training data only anonymised, parents informed beforehand (seed); then a basis of AVG art. 6:
 * a legal duty, valid consent, or the basis the register of Bijlage 14 gives for this recipient and purpose
 * (public task, contract, legitimate interest), within the categories it lists; special-category data only on a
 * legal duty or consent (art. 9). Throws `ONGELDIGE_INVOER` for a bad shape.
 *
 * @example
 * ```ts
 * import { magVerstrekken } from '@schoolveiligheid/privacy';
 * const ggd = { ontvanger: 'ggd', doel: 'jeugdgezondheidszorg', categorieen: ['1a'], kanaal: 'beveiligde-koppeling', oudersVoorafGeinformeerd: true } as const;
 * magVerstrekken({ ...ggd, wettelijkePlicht: true }).uitkomst; //=> true
 * magVerstrekken(ggd).redenen.map((r) => r.code); //=> ['GEEN_GRONDSLAG']
 * ```
 */
export function magVerstrekken(verstrekking: Verstrekking): Besluit<boolean, PrivacyRedenCode> {
  const v = leesVerstrekking(verstrekking);
  const redenen: Reden<PrivacyRedenCode>[] = [];
  for (const c of WEIGERGRONDEN) if (c.weigert(v)) redenen.push(reden(c.reden));
  const rij = VERSTREKKINGEN_DATA.find((r) => r.ontvanger === v.ontvanger && r.doel === v.doel);
  let grondslag: Grondslag | undefined;
  if (v.doel === 'studie-onderzoek' && v.geanonimiseerd === true) grondslag = undefined;
  else if (v.wettelijkePlicht === true) {
    grondslag = 'wettelijke-plicht';
    redenen.push(
      reden('WETTELIJKE_PLICHT', undefined, v.doel === 'overdracht-leerlingdossier' ? WPO_42 : AVG_6_1),
    );
  } else if (rij && rij.grondslag !== 'toestemming') {
    grondslag = rij.grondslag;
    redenen.push(reden('GRONDSLAG_UIT_REGISTER', { grondslag }, SEED_BIJLAGE_14));
  } else if (v.toestemming === true) {
    grondslag = 'toestemming';
    redenen.push(reden('TOESTEMMING_GELDIG'));
  } else redenen.push(reden(rij ? 'GEEN_GELDIGE_TOESTEMMING' : 'GEEN_GRONDSLAG'));
  const geanonimiseerdOnderzoek = v.doel === 'studie-onderzoek' && v.geanonimiseerd === true;
  if (rij && grondslag === rij.grondslag)
    for (const c of v.categorieen)
      if (!rij.categorieen.includes(c)) redenen.push(reden('CATEGORIE_NIET_IN_REGISTER', { categorie: c }));
  if (grondslag && !BIJZONDER_TOEGESTAAN.includes(grondslag))
    for (const c of v.categorieen)
      if (BIJZONDER.includes(c)) redenen.push(reden('BIJZONDER_PERSOONSGEGEVEN', { veld: c }, AVG_9));
  const weigering = redenen.some((r) =>
    (
      [
        'KANAAL_NIET_TOEGESTAAN',
        'NIET_GEANONIMISEERD',
        'OUDERS_NIET_GEINFORMEERD',
        'GEEN_GRONDSLAG',
        'GEEN_GELDIGE_TOESTEMMING',
        'CATEGORIE_NIET_IN_REGISTER',
        'BIJZONDER_PERSOONSGEGEVEN',
      ] as readonly PrivacyRedenCode[]
    ).includes(r.code),
  );
  return besluit(
    !weigering && (grondslag !== undefined || geanonimiseerdOnderzoek),
    redenen,
    privacyVerantwoording(),
  );
}
