import type { Resultaat, Tijdstip } from '@schoolveiligheid/kern';
import type * as z from 'zod/v4';

/**
 * One calculator the command line and the sidecar expose: `schoolveiligheid <naam>` and `POST /v1/<naam>`.
 * The table of them ({@link OPDRACHTEN}) is data: a package is added with one entry.
 */
export interface Opdracht {
  /** The command's name: `termijn`, `datalek`, ... (lower case, words joined by `-`). */
  readonly naam: string;
  /** What it answers, in English, with the Dutch legal term. */
  readonly omschrijving: string;
  /** The input, as a zod schema; its JSON Schema is in `lijst` and the OpenAPI document. */
  readonly invoerSchema: z.ZodType;
  /** What `waarde` holds on success: the library type and function that produce it. */
  readonly uitvoer: string;
  /**
   * `true` when the answer depends on the moment `nu`: a request without `nu` then gets the clock's
   * moment (the server's clock, or the machine's for the command line), and the answer says which `nu` it used.
   */
  readonly nuUitKlok?: boolean;
  /**
   * The calculation on input that passed `invoerSchema` (the input as sent, so the library answers exactly as
   * when called with it directly): a `Resultaat` (refusals are coded problems). It may
   * throw kern's `SchoolveiligheidFout`; the caller turns that into a coded problem.
   */
  readonly voerUit: (invoer: never) => Resultaat<unknown>;
}

/** The input of {@link Opdracht.voerUit} when the command takes `nu` from the clock. */
export interface MetNu {
  readonly nu: Tijdstip;
}

/** Declares a table entry, typed on its schema's output (the table itself stores it erased). */
export function opdracht<S extends z.ZodType>(definitie: {
  readonly naam: string;
  readonly omschrijving: string;
  readonly invoerSchema: S;
  readonly uitvoer: string;
  readonly nuUitKlok?: boolean;
  readonly voerUit: (invoer: z.output<S>) => Resultaat<unknown>;
}): Opdracht {
  return Object.freeze(definitie) as Opdracht;
}
