import { bronSchema } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { JsonSchema } from './schema.js';

// The JSON Schemas of the answers (the `waarde` of `{ ok: true, waarde }`), per command, for the OpenAPI document
// of the sidecar: what a Java, C# or PHP back end can generate its types from. They name the fields every answer
// has and their types; a field a later release adds is allowed (additional properties stay open), so a client
// generated today keeps reading tomorrow's answers. `antwoorden.test.ts` validates every worked case's answer
// against them with Ajv.

const ref = (naam: string) => ({ $ref: `#/components/schemas/${naam}` });
const tekst = (description: string): JsonSchema => ({ type: 'string', description });
const datum = (description: string): JsonSchema => ({
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description,
});
const tijdstip = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const lijst = (items: JsonSchema, description: string): JsonSchema => ({ type: 'array', items, description });
const object = (
  description: string,
  properties: Record<string, JsonSchema>,
  required: readonly string[] = Object.keys(properties),
): JsonSchema => ({ type: 'object', description, required: [...required], properties });

/** The Bron of kern (its zod schema as JSON Schema): title, article, BWB id, version, url, certainty. */
function bron(): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(bronSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }) as JsonSchema;
  return schema;
}

/** The component schemas the answers refer to, by name. */
export function antwoordComponenten(): Record<string, JsonSchema> {
  return {
    Bron: bron(),
    Verantwoording: object('The receipt of an answer: the package, its release and the rule data it used.', {
      pakket: tekst('The npm package that answered.'),
      versie: tekst('Its release.'),
      gegevens: tekst('The version of the rule data.'),
    }),
    Reden: object(
      'One reason of a decision: a stable code, its Dutch sentence, the source and the values in the sentence.',
      {
        code: tekst("A code of the package's reason catalogue."),
        tekst: tekst('The sentence for people (Dutch).'),
        bron: ref('Bron'),
        parameters: { type: 'object', description: 'The values in the sentence.' },
      },
      ['code', 'tekst'],
    ),
    Besluit: object('A decision: its outcome, every reason with its source, and the receipt.', {
      uitkomst: { description: 'The outcome (an object or a boolean, per command).' },
      redenen: lijst(ref('Reden'), 'Every reason, in order.'),
      verantwoording: ref('Verantwoording'),
    }),
    Spoorstap: object(
      'One step of a deadline trace: a code, its sentence, and the day and source where one applies.',
      {
        code: tekst('The step (START, EENHEID, NOMINAAL_EINDE, ATW_ART_1, ...).'),
        tekst: tekst('The sentence for people (Dutch).'),
        datum: datum('The day the step is about.'),
        bron: ref('Bron'),
      },
      ['code', 'tekst'],
    ),
    Termijn: object(
      "A deadline of kern's engine: the event, the duration, the last day and the moment it expires, and the trace.",
      {
        gebeurtenis: {
          anyOf: [datum('The day of the event.'), tijdstip('The moment of the event (terms in hours).')],
          description: 'The day or moment of the event the term counts from.',
        },
        duur: object('The duration.', { aantal: { type: 'number' }, eenheid: { type: 'string' } }),
        grondslag: tekst('How it is counted (nl-wet, eu-verordening, ...).'),
        richting: { enum: ['vooruit', 'terug'], description: 'Forward from the event or back from it.' },
        nominaleLaatsteDag: datum('The last day before any extension.'),
        laatsteDag: datum('The last day of the term.'),
        vervaltOp: tijdstip('The moment the term expires (Europe/Amsterdam).'),
        verlengdDoorAtw: { type: 'boolean', description: 'Extended by the Algemene termijnenwet.' },
        spoor: lijst(ref('Spoorstap'), 'Every step of the computation.'),
      },
    ),
    OpenTermijn: object(
      'A term open in a dossier: what must happen, by whom, the term and its state at nu.',
      {
        code: tekst("A code of the package's term catalogue."),
        rol: tekst('The role that must act.'),
        tekst: tekst('The sentence for people (Dutch).'),
        bron: ref('Bron'),
        termijn: ref('Termijn'),
        status: { type: 'object', description: 'Running or overdue at nu, with the time left.' },
      },
      ['code', 'rol', 'tekst'],
    ),
    Stap: object(
      'A next step of a dossier: a code, the role that takes it and its sentence.',
      {
        code: tekst("A code of the package's step catalogue."),
        rol: tekst('The role that takes the step.'),
        tekst: tekst('The sentence for people (Dutch).'),
      },
      ['code', 'rol', 'tekst'],
    ),
  };
}

/**
 * The schema of each command's `waarde`, by command name. The OpenAPI document uses it for the `200` answer;
 * a command without an entry fails the test that checks the table.
 */
export const UITVOER_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  termijn: {
    allOf: [ref('Termijn')],
    properties: { status: { type: 'object', description: 'The state at nu, when nu was given.' } },
    description: "kern's Termijn (berekenTermijn), with its status at nu when nu is given.",
  },
  kalender: object("The open and closed days between van and tot of kern's schoolkalender or werkkalender.", {
    van: datum('The first day.'),
    tot: datum('The last day.'),
    gesloten: lijst(
      object('A closed day and why.', { datum: datum('The day.'), sluiting: { type: 'object' } }),
      'Every closed day.',
    ),
  }),
  datalek: {
    allOf: [ref('Besluit')],
    properties: {
      uitkomst: object('The datalek decision.', {
        isDatalek: { type: 'boolean' },
        risico: { enum: ['geen', 'risico', 'hoog'] },
        meldplichtAP: { type: 'boolean' },
        betrokkenenInformeren: { type: 'boolean' },
      }),
    },
    description: "datalek's Besluit<Beoordeling> (beoordeelIncident).",
  },
  schorsing: object(
    "schorsing's Schorsing (berekenSchorsing): the days, the maximum and the notices, with reasons.",
    {
      ingangsdatum: datum('The first day.'),
      laatsteDag: datum('The last school day of the schorsing.'),
      terugOp: datum('The day the pupil is back.'),
      schooldagen: lijst(datum('A school day.'), 'The school days covered.'),
      meldingInspectie: ref('Besluit'),
      redenen: lijst(ref('Reden'), 'Every reason, in order.'),
      verantwoording: ref('Verantwoording'),
    },
  ),
  bezwaartermijnen: object(
    "schorsing's Bezwaartermijnen (berekenBezwaartermijnen): the remedy, its term and whether a bezwaar is on time.",
    {
      rechtsmiddel: ref('Besluit'),
      bezwaartermijn: ref('Termijn'),
    },
    ['rechtsmiddel'],
  ),
  verwijdering: {
    allOf: [ref('Besluit')],
    properties: { uitkomst: { type: 'boolean', description: 'May the pupil be removed.' } },
    description: "schorsing's Besluit<boolean> (beoordeelVerwijdering).",
  },
  dossier: object(
    'A stored dossier read: its state, the open terms at nu, the next steps, and the new dossier when events were appended.',
    {
      procedure: tekst('The procedure.'),
      id: tekst("The dossier's id."),
      nu: tijdstip('The instant the open terms are computed at.'),
      toestand: { type: 'object', description: 'The state derived from the events (per procedure).' },
      openTermijnen: lijst(ref('OpenTermijn'), 'The terms running or overdue at nu.'),
      volgendeStappen: lijst(ref('Stap'), 'What must happen next.'),
      dossier: { type: 'object', description: 'The dossier to store, when events were appended.' },
    },
    ['procedure', 'id', 'nu', 'toestand', 'openTermijnen', 'volgendeStappen'],
  ),
};
