// Type tests: checked by `tsc --noEmit`. The keys typed on SCHOOLVAKANTIES are exactly those of the shipped
// JSON, so regenerating the data with a new school year, advice week or source fails here until the types
// in schoolvakanties.ts name it.
import type { IsoDatum } from '../datum/datum.js';
import { SCHOOLVAKANTIES } from './schoolvakanties.js';
import type vakanties from './schoolvakanties.json';

type Gelijk<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Sleutels<T> = keyof T & string;

export const schooljaren: Gelijk<
  Sleutels<typeof vakanties.schooljaren>,
  Sleutels<typeof SCHOOLVAKANTIES.schooljaren>
> = true;
export const onvolledigeSchooljaren: Gelijk<
  Sleutels<typeof vakanties.onvolledigeSchooljaren>,
  Sleutels<typeof SCHOOLVAKANTIES.onvolledigeSchooljaren>
> = true;
export const adviesweken: Gelijk<
  Sleutels<typeof vakanties.meivakantieAdviesweek>,
  Sleutels<typeof SCHOOLVAKANTIES.meivakantieAdviesweek>
> = true;
export const bronnen: Gelijk<
  Sleutels<typeof vakanties.bronnen>,
  Sleutels<typeof SCHOOLVAKANTIES.bronnen>
> = true;

// Every shipped school year reads directly, its dates as IsoDatum.
export const kerst: IsoDatum = SCHOOLVAKANTIES.schooljaren['2026-2027'].kerstvakantie.noord.van;
export const bron: string = SCHOOLVAKANTIES.bronnen.S26.url;
// @ts-expect-error a school year that is not shipped
export const onbekend = SCHOOLVAKANTIES.schooljaren['2040-2041'];
