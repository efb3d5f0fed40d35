// The notices a schorsing calls for (WPO 40c lid 3; the leerplicht notice a policy asks for), each a decision
// with its reasons and, when required, the SDK's signal term.
import {
  type Beleid,
  type Besluit,
  duurTekst,
  type IsoDatum,
  type Reden,
  type TermijnUitkomst,
  type Verantwoording,
  waardeOp,
  waardeVoor,
} from '@schoolveiligheid/kern';
import type { SchorsingRedenCode } from '../codes/codes.js';
import { WPO_40C_LID_3 } from '../regels/bronnen.js';
import {
  meldingInspectieBoven,
  meldingInspectieOnverwijld,
  meldingLeerplichtambtenaar,
  signaaltermijnMelding,
} from '../regels/regels.js';
import { termijnVolgens } from '../regels/termijn.js';

/** A notification duty with, when it applies, the SDK's signal term and its trace. */
export interface Melding extends Besluit<boolean, SchorsingRedenCode> {
  /** Signal term (one working day after the decision) when the notification is required. */
  readonly termijn?: TermijnUitkomst;
}

/** What the notices of one schorsing depend on. */
export interface MeldingInvoer {
  /** Length of the schorsing in days (weeks counted as calendar days), for "langer dan één dag". */
  readonly dagen: number;
  readonly besluitdatum: IsoDatum;
  readonly peildatum: IsoDatum;
  readonly beleid: Beleid | undefined;
  readonly verantwoording: Verantwoording;
}

/**
 * The written notice to the inspectie (WPO 40c lid 3: a schorsing longer than one day, or the policy's own
 * threshold) and the notice to the leerplichtambtenaar (policy; no statutory duty confirmed). A required notice
 * carries the signal term: one working day after the decision ("onverwijld" has no number).
 */
export function meldingenVan(m: MeldingInvoer): {
  readonly meldingInspectie: Melding;
  readonly meldingLeerplichtambtenaar: Melding;
} {
  const { besluitdatum, peildatum, beleid, verantwoording } = m;
  const melding = (redenen: Reden<SchorsingRedenCode>[], verplicht: boolean): Melding =>
    verplicht
      ? {
          uitkomst: true,
          redenen,
          verantwoording,
          termijn: termijnVolgens(signaaltermijnMelding, besluitdatum, peildatum, 'regeling'),
        }
      : { uitkomst: false, redenen, verantwoording };

  const drempel = waardeVoor(meldingInspectieBoven, peildatum, beleid);
  const drempelTekst = drempel.waarde === 1 ? 'één dag' : `${drempel.waarde} dagen`;
  const drempelBron = drempel.herkomst === 'beleid' ? drempel.bron : WPO_40C_LID_3;
  const onverwijld = waardeVoor(meldingInspectieOnverwijld, peildatum);
  const signaal = waardeOp(signaaltermijnMelding, peildatum);
  const meldingInspectie =
    m.dagen > drempel.waarde
      ? melding(
          [
            {
              code: 'INSPECTIE_MELDEN',
              tekst: `De schorsing duurt langer dan ${drempelTekst}: meld haar schriftelijk en met redenen aan de inspectie${onverwijld.waarde ? ', onverwijld' : ''}, en bewaar het registratienummer van de ontvangstbevestiging.`,
              bron: drempelBron,
              parameters: { drempelDagen: drempel.waarde, onverwijld: onverwijld.waarde },
            },
            {
              code: 'INSPECTIE_SIGNAALTERMIJN',
              tekst: `De SDK signaleert de melding uiterlijk ${duurTekst(signaal.waarde)} na het besluit ("onverwijld" kent geen aantal dagen).`,
              bron: signaal.bron,
              parameters: { aantal: signaal.waarde.aantal, eenheid: signaal.waarde.eenheid, besluitdatum },
            },
          ],
          true,
        )
      : melding(
          [
            {
              code: 'INSPECTIE_NIET_MELDEN',
              tekst: `De schorsing duurt niet langer dan ${drempelTekst}: een melding aan de inspectie is niet verplicht.`,
              bron: drempelBron,
              parameters: { drempelDagen: drempel.waarde },
            },
          ],
          false,
        );

  const leerplicht = waardeVoor(meldingLeerplichtambtenaar, peildatum, beleid);
  const leerplichtMelding = melding(
    [
      leerplicht.waarde
        ? {
            code: 'LEERPLICHT_MELDEN_BELEID',
            tekst:
              'Het schoolbeleid schrijft voor de leerplichtambtenaar te informeren met een kopie van de brief aan de ouders.',
            bron: leerplicht.bron,
          }
        : {
            code: 'LEERPLICHT_GEEN_WETTELIJKE_PLICHT',
            tekst:
              'Er is geen wettelijke plicht gevonden om de leerplichtambtenaar te informeren (niet bevestigd); het is wel gebruikelijk.',
            bron: leerplicht.bron,
          },
    ],
    leerplicht.waarde,
  );
  return { meldingInspectie, meldingLeerplichtambtenaar: leerplichtMelding };
}
