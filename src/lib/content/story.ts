// The story data (chapters with their quotes' translations, timeline, journey, headline figures) as the page and
// the boot script read it: bundled into the app's code, not serialised into each prerendered page, so that the
// page's HTML holds the story's markup once and the browser caches the data across the language pages. (The
// file is a geo output the site does not ship: DATA_FILES.story.)
import storyText from '../../../geo/output/data/story.json?raw';
import { parseBuilt } from '$lib/data/built';

export const STORY = parseBuilt('story', storyText);
