// The story data (chapters with their quotes' translations, timeline, journey, headline figures) as the page and
// the boot script read it: bundled into the app's code, not serialised into each prerendered page, so that the
// page's HTML holds the story's markup once and the browser caches the data across the language pages.
import storyText from '../../../static/data/story.json?raw';
import { parseBuilt } from '$lib/data/built';

export const STORY = parseBuilt('story', storyText);
