import { CLASSES, type StatusClass } from '../../lib/site';

interface Props {
	selected: StatusClass[];
	counts: Record<StatusClass, number>;
	onToggle: (cls: StatusClass) => void;
	officialOnly: boolean;
	onOfficialOnly: () => void;
}

/**
 * Makes a link act as a toggle button: a plain click or Space toggles (a modified click, for a new
 * tab, is left to the browser), and Enter, which activates links, toggles too.
 */
const press = (run: () => void) => ({
	onClick(event: MouseEvent) {
		if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		run();
	},
	onKeyDown(event: KeyboardEvent) {
		if (event.key !== ' ') return;
		event.preventDefault();
		run();
	},
});

/**
 * The 1xx–5xx toggles, each with how many codes of its class match the query, and the "Official
 * only" toggle that hides vendor codes. They are links (`?class=5xx`) the island takes over, so a
 * press before hydration still works: it loads the filtered view.
 */
export function ClassChips({ selected, counts, onToggle, officialOnly, onOfficialOnly }: Props) {
	return (
		<div role="group" aria-label="Filters" class="chips">
			{CLASSES.map(({ id }) => (
				<a
					key={id}
					href={`?class=${id}`}
					role="button"
					aria-pressed={selected.includes(id)}
					{...press(() => onToggle(id))}
					class={`chip tone-${id}`}
				>
					{id} <span class="font-sans">{counts[id]}</span>
				</a>
			))}
			<a href="?official=1" role="button" aria-pressed={officialOnly} {...press(onOfficialOnly)} class="chip tone-official">
				Official only
			</a>
		</div>
	);
}
