import type { SearchRecord } from '../../lib/search';

/**
 * Reads the search records back from the server-rendered list, so the page ships each code's
 * name and legacy names once (in the HTML) instead of again as island props. Keywords come
 * later from `/search-index.json`.
 */
export function readRecords(list: ParentNode): SearchRecord[] {
	return [...list.querySelectorAll<HTMLElement>('li[data-code]')].map((li) => ({
		code: Number(li.dataset.code),
		name: li.querySelector('[data-name]')?.textContent?.trim() ?? '',
		aliases: splitList(li.dataset.aliases),
		keywords: [],
		vendor: li.dataset.vendor,
	}));
}

function splitList(value: string | undefined): string[] {
	return value ? value.split('|') : [];
}
