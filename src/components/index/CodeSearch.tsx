import { Component, createRef } from 'preact';
import {
	createSearcher,
	countByClass,
	filterClasses,
	MAX_QUERY_LENGTH,
	type SearchRecord,
	type Searcher,
} from '../../lib/search';
import { readState, writeState } from '../../lib/url-state';
import type { StatusClass } from '../../lib/site';
import { codePath, withBase } from '../../lib/paths';
import { ClassChips } from './ClassChips';
import { ResultItem } from './ResultItem';
import { fromDataset } from '../../lib/search-records';
import { handlePageKey, isComposing, moveFocus } from './keyboard';

interface Props {
	/** id of the server-rendered list this island reads its records from and stands in for. */
	listId: string;
	/** Codes per class, for the chips until the records are read. */
	totals: Record<StatusClass, number>;
}

interface State {
	records: SearchRecord[];
	query: string;
	classes: StatusClass[];
	officialOnly: boolean;
}

/**
 * Search box, class chips and ranked results for the index page: the site's only island.
 * A class component rather than hooks: `preact/hooks` would add a kilobyte to the page.
 */
export default class CodeSearch extends Component<Props, State> {
	state: State = { records: [], query: '', classes: [], officialOnly: false };
	input = createRef<HTMLInputElement>();
	searcher: Searcher = createSearcher([]);
	onPageKey = (event: KeyboardEvent) => handlePageKey(event, this.input.current);
	keywordsRequested = false;

	componentDidMount() {
		const list = document.getElementById(this.props.listId);
		const records = list ? [...list.querySelectorAll<HTMLElement>('li[data-code]')].map(fromDataset) : [];
		this.searcher = createSearcher(records);
		const { q, classes, officialOnly } = readState(location.search);
		// Keep what was typed before hydration; otherwise restore the bookmarked view.
		this.setState({ records, query: this.input.current?.value || q, classes, officialOnly });
		document.addEventListener('keydown', this.onPageKey);
		this.focusOnFreshVisit();
	}

	/**
	 * Focuses the box on a fresh visit with a mouse or keyboard, so typing starts at once. Not after
	 * Back (the browser restores the reader's scroll position, which focusing would undo), not once
	 * the reader has scrolled or focused something, and never on touch screens, where focus would
	 * raise the keyboard over the list. No HTML autofocus, which would do all of that before hydration.
	 */
	focusOnFreshVisit() {
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		const fresh = !navigation || navigation.type === 'navigate' || navigation.type === 'reload';
		const idle = document.activeElement === document.body && scrollY === 0;
		if (fresh && idle && !matchMedia('(pointer: coarse)').matches) this.input.current?.focus({ preventScroll: true });
	}

	componentWillUnmount() {
		document.removeEventListener('keydown', this.onPageKey);
	}

	componentDidUpdate() {
		const { records, query, classes, officialOnly } = this.state;
		if (!records.length) return;
		if (query.trim()) this.loadKeywords();
		document.getElementById(this.props.listId)?.toggleAttribute('hidden', this.isActive());
		const search = writeState(location.search, { q: query, classes, officialOnly });
		if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
	}

	/** Fetches the keywords once, on the first query; until then names and legacy names are searched. */
	loadKeywords() {
		if (this.keywordsRequested) return;
		this.keywordsRequested = true;
		fetch(withBase('search-index.json'))
			.then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
			.then((keywords: Record<string, string[]>) => {
				const records = this.state.records.map((r) => ({ ...r, keywords: keywords[r.code] ?? [] }));
				this.searcher = createSearcher(records);
				this.setState({ records });
			})
			.catch(() => {
				// Offline without a cached copy: searching by number, class and name still works.
			});
	}

	isActive() {
		const { query, classes, officialOnly } = this.state;
		return query.trim() !== '' || classes.length > 0 || officialOnly;
	}

	toggle = (cls: StatusClass) =>
		this.setState(({ classes }) => ({
			classes: classes.includes(cls) ? classes.filter((c) => c !== cls) : [...classes, cls],
		}));

	toggleOfficial = () => this.setState(({ officialOnly }) => ({ officialOnly: !officialOnly }));

	reset = () => {
		this.setState({ query: '', classes: [], officialOnly: false });
		this.input.current?.focus();
	};

	onInputKey = (event: KeyboardEvent, top?: SearchRecord) => {
		// While an IME composes (Chinese, Japanese, Korean), Enter commits the text, Esc cancels the
		// composition and arrows pick candidates: none of them is meant for the search.
		if (isComposing(event)) return;
		if (event.key === 'Enter' && top) location.assign(codePath(top.code));
		else if (event.key === 'Escape') this.setState({ query: '' });
		else if (event.key === 'ArrowDown') moveFocus(1);
		else return;
		event.preventDefault();
	};

	render(_: Props, { records, query, classes, officialOnly }: State) {
		const active = this.isActive();
		const ready = records.length > 0;
		// Results show only while searching: the server-rendered list stands in for a blank query.
		const showing = active && ready;
		const matches = filterClasses(this.searcher.search(query), new Set(), officialOnly);
		const results = filterClasses(matches, new Set(classes));
		const counts = ready ? countByClass(matches) : this.props.totals;
		const count = results.length === 1 ? '1 code' : `${results.length} codes`;
		return (
			<div class="mb-6">
				<div role="search" class="mb-3">
					{/* The label and the key hint are static HTML in index.astro, outside the island. */}
					<input
						ref={this.input}
						id="code-search"
						type="search"
						value={query}
						maxLength={MAX_QUERY_LENGTH}
						onInput={(e) => this.setState({ query: e.currentTarget.value })}
						onKeyDown={(e) => this.onInputKey(e, active ? results[0] : undefined)}
						autoComplete="off"
						spellcheck={false}
						enterkeyhint="go"
						placeholder="404, 5xx, rate limit, teapot…"
						aria-describedby="search-hint"
						aria-controls="search-results"
						class="search-input"
					/>
				</div>
				<ClassChips
					selected={classes}
					counts={counts}
					onToggle={this.toggle}
					officialOnly={officialOnly}
					onOfficialOnly={this.toggleOfficial}
				/>
				<p id="results" tabIndex={-1} role="status" aria-live="polite" class="search-status">
					{showing ? (results.length ? count : 'No codes match') : ''}
				</p>
				<div id="search-results" hidden={!showing}>
					{!showing ? null : results.length > 0 ? (
						<ol aria-label="Search results" class="code-grid">
							{results.map((record) => (
								<ResultItem key={record.code} record={record} />
							))}
						</ol>
					) : (
						<p class="no-match">
							No codes match.{' '}
							<button type="button" onClick={this.reset} class="underline">
								Clear search and filters
							</button>
						</p>
					)}
				</div>
			</div>
		);
	}
}
