/** The URL scheme MapLibre hands to the basemap archive's protocol (archive-protocol.ts). */
export const PMTILES_SCHEME = 'pmtiles';
