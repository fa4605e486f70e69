// The language segment of a page's path (`/en/`): any reader language but the root's, which has no segment.
import type { ParamMatcher } from '@sveltejs/kit';
import { LANGS, ROOT_LANG } from '$lib/i18n/langs';

export const match: ParamMatcher = (param) => param !== ROOT_LANG && (LANGS as readonly string[]).includes(param);
