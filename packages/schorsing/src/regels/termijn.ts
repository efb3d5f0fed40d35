import {
  berekenTermijn,
  type Duur,
  type Grondslag,
  type IsoDatum,
  type Regel,
  type TermijnInvoer,
  type TermijnUitkomst,
  waardeOp,
} from '@schoolveiligheid/kern';

/**
 * The term a rule sets, counted from `gebeurtenis` with the rule's value and source at `peildatum` (kern's
 * `berekenTermijn`): `nl-wet` for a statutory term (the Atw applies), `regeling` for a signal term or a
 * commission's own rule (it does not).
 */
export function termijnVolgens(
  regel: Regel<Duur>,
  gebeurtenis: IsoDatum,
  peildatum: IsoDatum,
  grondslag: Grondslag = 'nl-wet',
  opschortingen: TermijnInvoer['opschortingen'] = [],
): TermijnUitkomst {
  const w = waardeOp(regel, peildatum);
  return berekenTermijn({ gebeurtenis, duur: w.waarde, grondslag, bron: w.bron, opschortingen });
}
