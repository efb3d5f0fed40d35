// The shape of the delivered monitor (ZIEN!/ParnasSys, Vensters): three scales averaged per category, the
// bullying statements as a share per answer option, and the incident questions as a share of pupils.

/** The three scale categories the delivered monitor averages. */
export const SCHAALCATEGORIEEN = ['veiligheidsbeleving', 'welbevinden', 'pestbeleving'] as const;

/** The default answer scale of a scale question (a four-point scale); an option overrides it. */
export const STANDAARD_SCHAAL = { min: 1, max: 4 } as const;

/** The most answer options and statements a monitor can have (a data-shape limit, not law). */
export const MAX_OPTIES = 20;

/** The most distinct ids the id check remembers (a memory bound, not law). */
export const MAX_IDS = 1_000_000;
