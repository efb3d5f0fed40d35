// The state of a datalek dossier, derived from its events. Kept apart from the zod event schemas so that the
// register export and other readers do not pull in zod.
import type { Tijdstip } from '@schoolveiligheid/kern';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import type { Gebeurtenis } from './dossier.js';

/** A datalek dossier: an id and its events, in order. Plain JSON; the state is derived ({@link toestand}). */
export interface DatalekDossier {
  readonly id: string;
  readonly gebeurtenissen: readonly Gebeurtenis[];
}

/** The state of a dossier, derived from its events. */
export interface DossierToestand {
  readonly fase: 'gemeld' | 'geanalyseerd' | 'gemeld-bij-ap' | 'gesloten';
  readonly incident: Beveiligingsincident;
  /** The internal report (seed "melding"). */
  readonly gemeldOp: Tijdstip;
  /** When the school became aware: the discovery (`incident.ontdektOp`). */
  readonly bewustOp: Tijdstip;
  readonly beoordeling?: Beoordeling;
  readonly cvbToestemmingOp?: Tijdstip;
  readonly apGemeldOp?: Tijdstip;
  /** The AP report is complete (no phased report still open). */
  readonly apMeldingVolledig: boolean;
  readonly betrokkenenGeinformeerdOp?: Tijdstip;
  readonly herstelmaatregelen: number;
  readonly preventieveMaatregelen: number;
  readonly geslotenOp?: Tijdstip;
}

/**
 * An empty dossier.
 *
 * @example
 * ```ts
 * import { nieuwDossier } from '@schoolveiligheid/datalek';
 * nieuwDossier('dl-2026-001').gebeurtenissen.length; //=> 0
 * ```
 */
export function nieuwDossier(id: string): DatalekDossier {
  return { id, gebeurtenissen: [] };
}

type Concept = {
  -readonly [K in keyof DossierToestand]: DossierToestand[K];
};

function pas(t: Concept, g: Gebeurtenis): void {
  switch (g.type) {
    case 'gemeld':
      return;
    case 'geanalyseerd':
      t.beoordeling = g.uitkomst;
      if (g.incident) {
        t.incident = g.incident;
        t.bewustOp = g.incident.ontdektOp;
      }
      if (t.fase === 'gemeld') t.fase = 'geanalyseerd';
      return;
    case 'cvb-toestemming':
      t.cvbToestemmingOp = g.tijdstip;
      return;
    case 'ap-gemeld':
      t.apGemeldOp = g.tijdstip;
      t.apMeldingVolledig = g.volledig;
      t.fase = 'gemeld-bij-ap';
      return;
    case 'vervolgmelding':
      t.apMeldingVolledig = g.volledig || g.ingetrokken === true;
      return;
    case 'betrokkenen-geinformeerd':
      t.betrokkenenGeinformeerdOp ??= g.tijdstip;
      return;
    case 'herstelmaatregel':
      t.herstelmaatregelen++;
      return;
    case 'preventieve-maatregel':
      t.preventieveMaatregelen++;
      return;
    case 'gesloten':
      t.geslotenOp = g.tijdstip;
      t.fase = 'gesloten';
      return;
  }
}

/**
 * The state of a dossier, replayed from its events; `undefined` for an empty dossier.
 *
 * @example
 * ```ts
 * import { nieuwDossier, toestand } from '@schoolveiligheid/datalek';
 * toestand(nieuwDossier('dl-1')); //=> undefined
 * ```
 */
export function toestand(dossier: DatalekDossier): DossierToestand | undefined {
  const [eerste, ...rest] = dossier.gebeurtenissen;
  if (eerste?.type !== 'gemeld') return undefined;
  const t: Concept = {
    fase: 'gemeld',
    incident: eerste.incident,
    gemeldOp: eerste.tijdstip,
    bewustOp: eerste.incident.ontdektOp,
    apMeldingVolledig: false,
    herstelmaatregelen: 0,
    preventieveMaatregelen: 0,
  };
  for (const g of rest) pas(t, g);
  return t;
}
