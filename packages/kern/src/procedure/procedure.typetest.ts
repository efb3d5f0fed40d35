// Type tests: checked by `tsc --noEmit`. Each @ts-expect-error must be an error.
import * as z from 'zod/v4';
import { procedure } from './procedure.js';
import { type Gebeurtenis, voorbeeld } from './voorbeeldprocedure.js';

declare const d: Parameters<typeof voorbeeld.verwerk>[0];

// A misspelled event type is a compile error on the typed entry.
// @ts-expect-error 'gemeldt' is not an event type
voorbeeld.verwerk(d, { type: 'gemeldt', tijdstip: '2026-11-23T09:00:00Z', rol: 'leerkracht' });

// The raw-JSON entry takes anything: it validates at run time.
voorbeeld.verwerkJson(d, { type: 'gemeldt' });

export const goed: Gebeurtenis = { type: 'gemeld', tijdstip: '2026-11-23T09:00:00Z', rol: 'leerkracht' };

// A missing handler is a compile error.
procedure({
  naam: 'onvolledig',
  versie: 1,
  kop: z.object({ id: z.string() }),
  gebeurtenis: z.discriminatedUnion('type', [
    z.object({ type: z.literal('a') }),
    z.object({ type: z.literal('b') }),
  ]),
  begin: () => 0,
  // @ts-expect-error handler for 'b' is missing
  overgangen: { a: { pasToe: (t: number) => t + 1 } },
  openTermijnen: () => [],
  volgendeStappen: () => [],
});
