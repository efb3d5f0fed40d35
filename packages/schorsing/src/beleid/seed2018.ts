import { type Beleid, type BeleidsWaarde, bevries, type RegelWaardeType } from '@schoolveiligheid/kern';
import { SEED_2018, seedBron } from '../regels/bronnen.js';

/** One value of the seed plan: the value, the section of the plan it is in, and what the plan says. */
function uitPlan(waarde: RegelWaardeType, sectie: string, toelichting: string): BeleidsWaarde {
  return { waarde, bron: seedBron(sectie), toelichting };
}

/**
 * The seed veiligheidsplan of 2018 (section E.2, Bijlagen 20 and 21) as a {@link Beleid} preset: its own
 * terms for schorsing and verwijdering, in kern's policy shape: only its own values, keyed by rule id, so it is
 * always checked against the law as shipped today. {@link controleerBeleid}`(SEED_2018_BELEID, peildatum)`
 * lists where it deviates from the statute: "5 schooldagen" vs one week, the civil judge as the only remedy
 * against a schorsing (wrong for an openbare school), the bezwaartermijn counted from the letter's date, and
 * no "onverwijld" for the inspectie notice. Its conditions for a definitive verwijdering beyond WPO 40 lid 11
 * (the pupil heard, a research-based file, a voornemen first, written confirmation from the receiving school)
 * are policy values here, reported as stricter than the law. Frozen.
 *
 * @example
 * ```ts
 * import { SEED_2018_BELEID, controleerBeleid } from '@schoolveiligheid/schorsing';
 * SEED_2018_BELEID.waarden['schorsing.schorsing.maxDuur']?.waarde; //=> { aantal: 5, eenheid: 'schooldagen' }
 * const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
 * controle.conform; //=> false
 * controle.bevindingen.find((b) => b.regelId === 'schorsing.schorsing.maxDuur')?.oordeel; //=> 'afwijkend'
 * controle.bevindingen.find((b) => b.regelId === 'schorsing.verwijdering.leerlingHoren')?.oordeel; //=> 'strenger'
 * ```
 */
export const SEED_2018_BELEID: Beleid = /* @__PURE__ */ (() =>
  bevries({
    id: 'seed-2018',
    naam: 'Veiligheidsplan 2018: schorsing en verwijdering',
    bron: SEED_2018,
    waarden: {
      'schorsing.schorsing.maxDuur': uitPlan(
        { aantal: 5, eenheid: 'schooldagen' },
        'E.2 Schorsing; Bijlage 21',
        '"ten hoogste 1 week (5 schooldagen)", geteld op de kalender van de school.',
      ),
      'schorsing.schorsing.meldingInspectieBoven': uitPlan(
        1,
        'E.2 Schorsing',
        'Melding aan de inspectie bij een schorsing van langer dan 1 dag.',
      ),
      'schorsing.schorsing.meldingInspectieOnverwijld': uitPlan(
        false,
        'E.2 Schorsing, stap 3',
        'Het plan noemt geen termijn voor de melding aan de inspectie (de wettekst van 2018 ook niet).',
      ),
      'schorsing.schorsing.meldingLeerplichtambtenaar': uitPlan(
        true,
        'E.2 Schorsing, stap 3',
        'De schooldirectie informeert de leerplichtambtenaar en stuurt een kopie van de brief.',
      ),
      'schorsing.schorsing.rechtsmiddelOpenbaar': uitPlan(
        'civiele-rechter',
        'E.2 Schorsing, stap 6; Bijlage 21',
        '"Ouders kunnen slechts bezwaar maken tegen een schorsing door het besluit voor te leggen aan de rechter."',
      ),
      'schorsing.bezwaar.start': uitPlan(
        'dag-na-dagtekening',
        'Bijlage 20, brief besluit tot verwijdering',
        '"binnen 6 weken na dagtekening van deze brief".',
      ),
      'schorsing.verwijdering.beslistermijnBijzonder': uitPlan(
        { aantal: 4, eenheid: 'weken' },
        'E.2 Verwijdering, stap 9',
        'Binnen 4 weken na indiening van het bezwaar, na de ouders opnieuw te hebben gehoord.',
      ),
      'schorsing.verwijdering.gpoIndieningstermijn': uitPlan(
        { aantal: 6, eenheid: 'weken' },
        'E.2 Verwijdering, stap 5',
        '6 weken; vakanties schuiven de termijn niet op.',
      ),
      'schorsing.verwijdering.leerlingHoren': uitPlan(
        true,
        'E.2 Verwijdering, stap 2',
        'Vóór het besluit worden de leerling, de ouders en de groepsleerkracht gehoord.',
      ),
      'schorsing.verwijdering.onderzoeksdossier': uitPlan(
        true,
        'E.2 Verwijdering',
        'Een deugdelijk, op onderzoek gebaseerd dossier (bijvoorbeeld een groeidocument) waaruit blijkt dat de school geen begeleidingsmogelijkheden meer heeft.',
      ),
      'schorsing.verwijdering.voornemenVooraf': uitPlan(
        true,
        'E.2 Verwijdering, stap 2',
        'Eerst het voornemen tot verwijdering, schriftelijk en met redenen aan de ouders; daarna het definitieve besluit.',
      ),
      'schorsing.verwijdering.schriftelijkeBevestiging': uitPlan(
        true,
        'E.2 Verwijdering, stap 3',
        'Het definitieve besluit volgt pas "als een passende school voor het kind is gevonden", en de brief vermeldt "welke school bereid is het kind toe te laten"; het plan vraagt daarmee een toezegging die het bestuur schriftelijk kan tonen (lezing van de SDK).',
      ),
      'schorsing.verwijdering.andereSchool': uitPlan(
        'resultaatverplichting',
        'E.2 Verwijdering',
        'Verwijderen kan alleen als het bestuur ervoor heeft gezorgd dat een andere school de leerling wil toelaten.',
      ),
    },
  }))();
