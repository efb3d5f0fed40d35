// The questions of the AP notification form as the seed's Bijlage 15 numbers them (the AP's form before 2021):
// data of the form, not law.
import type { ApMelding2018 } from './seed2018.js';

/**
 * The question number (seed Bijlage 15) and Dutch label of every field of the seed's 2018 form
 * (`formulier: 'seed-2018'`), for messages and UIs. The AP's form since 2021 is {@link AP_FORMULIER_2021}.
 *
 * @example
 * ```ts
 * import { AP_FORMULIER_VRAGEN } from '@schoolveiligheid/datalek';
 * AP_FORMULIER_VRAGEN.aantalBetrokkenen.vraag; //=> 26
 * ```
 */
export const AP_FORMULIER_VRAGEN: Readonly<
  Record<keyof ApMelding2018, { readonly vraag: number; readonly label: string }>
> = {
  vervolgOp: { vraag: 1, label: 'nummer van de oorspronkelijke melding' },
  strekkingVervolgmelding: { vraag: 12, label: 'strekking van de vervolgmelding' },
  wettelijkeGrondslag: { vraag: 13, label: 'wettelijke bepaling' },
  organisatie: { vraag: 14, label: 'gegevens van de organisatie' },
  melder: { vraag: 19, label: 'gegevens van de persoon die meldt' },
  sector: { vraag: 24, label: 'sector' },
  samenvatting: { vraag: 25, label: 'samenvatting van het incident' },
  aantalBetrokkenen: { vraag: 26, label: 'aantal betrokken personen' },
  groepBetrokkenen: { vraag: 27, label: 'groep betrokken personen' },
  tijdstipInbreuk: { vraag: 28, label: 'wanneer de inbreuk plaatsvond' },
  aardInbreuk: { vraag: 29, label: 'aard van de inbreuk' },
  soortGegevens: { vraag: 30, label: 'soort persoonsgegevens' },
  gevolgen: { vraag: 31, label: 'mogelijke gevolgen' },
  maatregelen: { vraag: 32, label: 'genomen maatregelen' },
  betrokkenenGeinformeerd: { vraag: 33, label: 'melding aan betrokkenen' },
  tijdstipInformeren: { vraag: 34, label: 'wanneer betrokkenen worden geïnformeerd' },
  inhoudMededeling: { vraag: 35, label: 'inhoud van de melding aan betrokkenen' },
  aantalGeinformeerd: { vraag: 36, label: 'aantal geïnformeerde betrokkenen' },
  communicatiemiddelen: { vraag: 37, label: 'communicatiemiddelen' },
  redenNietInformeren: { vraag: 38, label: 'reden om betrokkenen niet te informeren' },
  versleuteld: { vraag: 39, label: 'versleuteling' },
  wijzeVersleuteling: { vraag: 40, label: 'wijze van versleutelen' },
  andereEuLanden: { vraag: 42, label: 'personen in andere EU-landen' },
  gemeldAndereToezichthouders: { vraag: 43, label: 'melding bij andere toezichthouders' },
  volledig: { vraag: 44, label: 'volledigheid van de melding' },
  redenVertraging: { vraag: 0, label: 'reden voor de vertraging (AVG art. 33 lid 1)' },
};

