/**
 * The map's geography in one place: what the data covers, what the reader may pan to, and the frame the story
 * opens on. Shared by the geo build (clipping) and the app (camera), so the two can never disagree.
 */

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * Where the reader may pan, and what the country fills and borders cover: Madrid (-3.7°E) in the west to
 * Yiwu (120.1°E) and Manzhouli (117.4°E, 49.6°N), the rail termini, in the east, with room around them.
 * It is taller than the story needs because a phone held upright shows about 100° of latitude when the
 * six countries fit its width; a box any shorter would force the map to zoom in past them.
 */
export const DATA_EXTENT: Bounds = [-30, -12, 165, 80];

/**
 * Where the camera may go: the data's extent with room to the west and south, so that a frame can sit beside
 * the story column (Europe to China needs the Atlantic behind the column: down to 100°W for a tablet on its side,
 * 1024 px wide, where the column takes a third of the screen; 60°W left that frame's west end under the column
 * on any screen narrower than about 1280 px) or above a phone's story card (the 2013 journey needs the Indian
 * Ocean below it). Beyond the data the map shows open sea.
 */
export const PAN_EXTENT: Bounds = [-100, -40, 165, 80];

/**
 * What the Natural Earth layers copied from the shared folder cover (they were clipped to this box): lakes,
 * rivers and towns exist only inside it, so a river that reaches its edge is cut there and is left out.
 */
export const NATURAL_EARTH_CLIP: Bounds = [-12, 18, 135, 63];

/** Opening and "whole region" frame: Central Asia and western China, the Caspian to Xi'an. */
export const REGION_FRAME: Bounds = [46, 32.5, 111, 53];

/**
 * The same frame on a narrow (phone) screen: the five Central Asian countries and Xinjiang, leaving Xi'an just
 * off to the east, because fitting the full width would shrink the six countries to a strip mid-screen.
 */
export const REGION_FRAME_NARROW: Bounds = [51, 34, 90, 53];

/**
 * Where the 1:10m detail matters (the Fergana Valley enclaves, the Tianshan borders): kept at full detail in
 * the zoomed-in data, simplified hard elsewhere.
 */
export const DETAIL_REGION: Bounds = [45, 34, 96, 56];

export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = 10;

/** The zoom from which the detailed country and border data is loaded and drawn. */
export const DETAIL_MIN_ZOOM = 5;

export const FOCUS_COUNTRIES = ['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
export type FocusCountry = (typeof FOCUS_COUNTRIES)[number];

export function containsPoint([west, south, east, north]: Bounds, [lon, lat]: [number, number]): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
