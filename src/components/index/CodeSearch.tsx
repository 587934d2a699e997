import { Component, createRef } from 'preact';
import {
	createSearcher,
	countByClass,
	filterClasses,
	MAX_QUERY_LENGTH,
	type FuseClass,
	type SearchRecord,
	type Searcher,
} from '../../lib/search';
import { readState, writeState } from '../../lib/url-state';
import type { StatusClass } from '../../lib/site';
import { withBase } from '../../lib/paths';
import { ClassChips } from './ClassChips';
import { fromDataset, rowHtml, type SearchIndex } from '../../lib/search-records';
import { handlePageKey, isComposing, moveFocus } from './keyboard';
import { placeRows } from '../../lib/place-rows';

/** The lowest a result row can be (44 px link, 12 px padding): how many fit a window is counted with it. */
const ROW_MIN_HEIGHT = 56;

/** Runs `run` when the page is idle (soon after, where requestIdleCallback is missing). */
const whenIdle = (run: () => void) => (window.requestIdleCallback ?? ((next: () => void) => setTimeout(next, 200)))(run);

/** Runs `run` once the next frame has been painted; returns its cancel. */
function afterPaint(run: () => void): () => void {
	let timer = 0;
	const frame = requestAnimationFrame(() => (timer = window.setTimeout(run)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** The page's path, safe to write back: `//?q=` would read as another origin and throw. */
const here = () => location.pathname.replace(/^\/{2,}/, '/');

interface Props {
	/** id of the server-rendered lists this island reads its records from and hides while searching. */
	listId: string;
	/** id of an element after the last code row: once it is parsed, so are all the rows. */
	afterRowsId: string;
	/** id of the empty, server-rendered `<ol>` the results are put in. */
	resultsId: string;
	/** Codes per class, for the chips until the records are read. */
	totals: Record<StatusClass, number>;
}

interface State {
	query: string;
	classes: StatusClass[];
	officialOnly: boolean;
	/** The rows have been read: searching works from here on. */
	ready: boolean;
	/** Keywords and platform entries, fetched at idle or on the first query. */
	extras: 'none' | 'loading' | 'done' | 'failed';
}

/**
 * Search box, class chips and the count for the index page: the site's only island. It renders
 * no rows: results are the index's own rows (one layout, src/lib/search-records.ts rowHtml), put
 * in order into a static list, so a keystroke costs one ranking and moves only the rows that changed.
 * A class component rather than hooks: `preact/hooks` would add a kilobyte to the page.
 */
export default class CodeSearch extends Component<Props, State> {
	state: State = { query: '', classes: [], officialOnly: false, ready: false, extras: 'none' };
	input = createRef<HTMLInputElement>();
	codes: SearchRecord[] = [];
	entries: SearchRecord[] = [];
	fuse?: FuseClass;
	/** Built on the first query, and again when keywords, entries or fuse.js arrive. */
	searcher?: Searcher;
	/** Result rows by record key, built on first use and reused, so a keystroke creates no elements. */
	rows = new Map<string, Element>();
	shown = '';
	urlTimer = 0;
	/** Cancels the rows still waiting for the next paint. */
	cancelRest = () => {};
	/** How far the window reaches below the results list's top (see room), forgotten on scroll and resize. */
	below?: number;
	twoColumns?: MediaQueryList;
	/** The ranked, filtered results of the last render: what componentDidUpdate shows and Enter opens. */
	current: SearchRecord[] = [];
	onPageKey = (event: KeyboardEvent) => handlePageKey(event, this.input.current);

	componentDidMount() {
		this.whenRowsParsed(() => {
			this.readRows();
			// Focusing reads layout (is the box focusable, has the reader scrolled): once searching
			// works and a frame is painted, not mid-parse, where it forced a layout of the page so far.
			afterPaint(() => this.focusOnFreshVisit());
		});
		document.addEventListener('keydown', this.onPageKey);
		// Back from a result must come back to this view, so the address is written before leaving.
		document.getElementById(this.props.resultsId)?.addEventListener('click', this.writeUrl, { capture: true });
		const forget = () => (this.below = undefined);
		addEventListener('resize', forget, { passive: true });
		addEventListener('scroll', forget, { passive: true });
		// The rest of the search data is not needed to show the page: fetch it once the page is idle.
		whenIdle(() => this.loadExtras());
	}

	/**
	 * Runs `read` once the last code row is in the document. The island's scripts are preloaded,
	 * so it can hydrate while the list below it is still arriving; reading then would find half
	 * the codes. The element named by `afterRowsId` comes after the last row, so once it exists
	 * every row does, and searching need not wait for the catalogue below or for the whole page.
	 */
	whenRowsParsed(read: () => void) {
		const parsed = () => document.readyState !== 'loading' || document.getElementById(this.props.afterRowsId) !== null;
		if (parsed()) return read();
		const observer = new MutationObserver(() => parsed() && done());
		const done = () => {
			observer.disconnect();
			document.removeEventListener('DOMContentLoaded', done);
			read();
		};
		observer.observe(document.getElementById(this.props.listId) ?? document, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', done);
	}

	/** Reads the records from the list's rows, and restores the view: searching works from here on. */
	readRows() {
		const list = document.getElementById(this.props.listId);
		this.codes = [...(list?.querySelectorAll<HTMLElement>('li[data-code]') ?? [])].map(fromDataset);
		const { q, classes, officialOnly } = readState(location.search);
		// Keep what was typed before hydration; otherwise restore the bookmarked view.
		this.setState({ ready: true, query: this.input.current?.value || q, classes, officialOnly });
	}

	/**
	 * Focuses the box on a fresh visit with a mouse or keyboard, so typing starts at once, and when
	 * another page sent the reader here with `/` or Ctrl/⌘+K (`#search`). Not after Back (the
	 * browser restores the reader's scroll position, which focusing would undo), not once the
	 * reader has scrolled or focused something, and never on touch screens, where focus would raise
	 * the keyboard over the list. No HTML autofocus, which would do all of that before hydration.
	 */
	focusOnFreshVisit() {
		const input = this.input.current;
		if (location.hash === '#search') {
			history.replaceState(history.state, '', here() + location.search);
			input?.focus();
			return;
		}
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		const fresh = !navigation || navigation.type === 'navigate' || navigation.type === 'reload';
		const idle = document.activeElement === document.body && scrollY === 0;
		if (fresh && idle && !matchMedia('(pointer: coarse)').matches) input?.focus({ preventScroll: true });
	}

	componentWillUnmount() {
		document.removeEventListener('keydown', this.onPageKey);
	}

	/** Fetches the keywords and the platform entries, and loads fuse.js for typos; each once. */
	loadExtras() {
		if (this.state.extras !== 'none') return;
		this.setState({ extras: 'loading' });
		const index = fetch(withBase('search-index.json'))
			.then((response) => (response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(response.status)))
			.then(({ codes, entries }) => {
				this.codes = this.codes.map((r) => ({ ...r, keywords: codes[r.code] ?? [] }));
				this.entries = entries;
			});
		const fuse = import('fuse.js/basic').then((module) => {
			this.fuse = module.default;
		});
		// One rebuild once both have arrived (usually before anyone types), not one per arrival.
		// Offline without a cached copy: searching by number, class and name still works.
		Promise.allSettled([index, fuse]).then(([a]) => {
			const searcher = (this.searcher = createSearcher([...this.codes, ...this.entries], this.fuse));
			this.setState({ extras: a.status === 'fulfilled' ? 'done' : 'failed' });
			// The fuzzy word index in a task of its own, so the first typo does not wait for it.
			whenIdle(() => searcher.prepare());
		});
	}

	search(query: string): SearchRecord[] {
		this.searcher ??= createSearcher([...this.codes, ...this.entries], this.fuse);
		return this.searcher.search(query);
	}

	componentDidUpdate() {
		if (!this.state.ready) return;
		if (this.state.query.trim()) this.loadExtras();
		const active = this.isActive();
		// content-visibility: hidden, not display: none: the browser keeps the list's layout, so
		// clearing the box shows it again without laying out 400 rows.
		document.getElementById(this.props.listId)?.classList.toggle('list-off', active);
		const results = document.getElementById(this.props.resultsId);
		if (results) {
			const keys = this.current.map((r) => r.key).join(' ');
			if (keys !== this.shown) {
				this.shown = keys;
				this.showRows(results, this.current);
			}
			results.hidden = this.current.length === 0;
		}
		// The address follows the view, but not on every keystroke: history.replaceState costs a
		// round trip to the browser process, so it waits until typing pauses.
		clearTimeout(this.urlTimer);
		this.urlTimer = window.setTimeout(this.writeUrl, 250);
	}

	/** Writes the view to the address now: after a pause in typing, and before leaving for a result. */
	writeUrl = () => {
		clearTimeout(this.urlTimer);
		const { query, classes, officialOnly } = this.state;
		const search = writeState(location.search, { q: query, classes, officialOnly });
		if (search !== location.search) history.replaceState(history.state, '', here() + search + location.hash);
	};

	/**
	 * Puts the result rows in: a screenful at once, the rest once that has been painted, so a
	 * keystroke that matches 80 codes paints as soon as one that matches 8. A newer keystroke
	 * cancels rows still waiting. Rows already in place stay (placeRows), so a key that narrows
	 * the results lays out only what changed. Enter and the count use the full list either way.
	 */
	showRows(results: HTMLElement, records: SearchRecord[]) {
		this.cancelRest();
		// The rows the window can show below the list's top, a row pair more, in one or two columns
		// (sm:grid-cols-2). The room is the one measured after the last frame: reading it here (even
		// scrollY or innerHeight) would force a layout of the page mid-keystroke.
		const columns = (this.twoColumns ??= matchMedia('(min-width: 40rem)')).matches ? 2 : 1;
		const first = (Math.ceil(this.room(results) / ROW_MIN_HEIGHT) + 1) * columns;
		const rows = (list: SearchRecord[]) => list.map((record) => this.rowFor(record));
		if (records.length <= first) {
			placeRows<Element>(results, rows(records));
			return;
		}
		// Rows matching further down stay for now (off screen), and are put in order after the paint.
		const wanted = new Set(records.flatMap((record) => this.rows.get(record.key) ?? []));
		placeRows<Element>(results, rows(records.slice(0, first)), wanted);
		this.cancelRest = afterPaint(() => placeRows<Element>(results, rows(records)));
	}

	/**
	 * How many pixels of the window lie below the results list's top: measured after a frame has
	 * been painted (layout is clean then, so reading it costs nothing), again after a scroll or a
	 * resize; until then the screen's height, which only errs towards more rows at once.
	 */
	room(results: HTMLElement): number {
		if (this.below === undefined) {
			afterPaint(() => {
				if (!results.hidden) this.below = Math.max(0, innerHeight - results.getBoundingClientRect().top);
			});
		}
		return this.below ?? screen.height;
	}

	/** The result row of a record, written by the same rowHtml() as the index's rows; built once. */
	rowFor(record: SearchRecord): Element {
		let row = this.rows.get(record.key);
		if (!row) {
			const template = document.createElement('template');
			template.innerHTML = rowHtml(record);
			row = template.content.firstElementChild!;
			this.rows.set(record.key, row);
		}
		return row;
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

	onInputKey = (event: KeyboardEvent) => {
		// While an IME composes (Chinese, Japanese, Korean), Enter commits the text, Esc cancels the
		// composition and arrows pick candidates: none of them is meant for the search.
		if (isComposing(event)) return;
		const top = this.current[0];
		if (event.key === 'Enter' && top) {
			this.writeUrl();
			location.assign(top.href);
		}
		else if (event.key === 'Escape') this.setState({ query: '' });
		else if (event.key === 'ArrowDown') moveFocus(1);
		else return;
		event.preventDefault();
	};

	render(_: Props, { query, classes, officialOnly, ready, extras }: State) {
		const showing = ready && this.isActive();
		// Every match, ignoring the class chips (they show how many of each class matched), then the chips.
		const matches = showing ? filterClasses(this.search(query), new Set(), officialOnly) : [];
		const results = showing ? filterClasses(matches, new Set(classes)) : [];
		this.current = results;
		const counts = showing && query.trim() ? countByClass(matches) : this.props.totals;
		// Until the entries and keywords arrive, an empty list means "not yet", not "nothing".
		const waiting = extras === 'loading' || (extras === 'none' && query.trim() !== '');
		const status = !showing ? '' : results.length ? (results.length === 1 ? '1 result' : `${results.length} results`) : waiting ? 'Searching…' : 'No codes match';
		return (
			// A GET form, so what is typed or pressed before hydration still loads the right view.
			<form role="search" method="get" action={withBase('/')} onSubmit={(e) => e.preventDefault()} class="mb-4" data-ready={String(ready)}>
				<div class="mb-3">
					{/* The label and the key hint are static HTML in index.astro, outside the island. */}
					<input
						ref={this.input}
						id="code-search"
						name="q"
						type="search"
						value={query}
						maxLength={MAX_QUERY_LENGTH}
						onInput={(e) => this.setState({ query: e.currentTarget.value })}
						onKeyDown={this.onInputKey}
						autoComplete="off"
						spellcheck={false}
						enterkeyhint="go"
						placeholder="404, 5xx, rate limit, 500.19, H12…"
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
					{status}
				</p>
				{showing && !results.length && !waiting && (
					<p class="no-match">
						No codes match.{' '}
						<button type="button" onClick={this.reset} class="underline">
							Clear search and filters
						</button>
					</p>
				)}
			</form>
		);
	}
}
