// The performance marks the map sets on its way to the first view (the bench and the tests read them too): when
// MapLibre's code was asked for and arrived, the base style loaded, and the first view was drawn (first idle).
export const MAP_MARKS = {
  /** The page has hydrated (its controls answer); set by the page, not the map, and read with the map's. */
  started: 'atlas:started',
  import: 'atlas:map-import',
  create: 'atlas:map-create',
  load: 'atlas:map-load',
  idle: 'atlas:map-idle'
} as const;
