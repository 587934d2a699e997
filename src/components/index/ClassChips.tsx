import { CLASSES, type StatusClass } from '../../lib/site';

interface Props {
	selected: StatusClass[];
	counts: Record<StatusClass, number>;
	onToggle: (cls: StatusClass) => void;
	officialOnly: boolean;
	onOfficialOnly: () => void;
}

/** A click the island handles itself, instead of the form submission it would be before hydration. */
const take = (run: () => void) => (event: MouseEvent) => {
	event.preventDefault();
	run();
};

/**
 * The 1xx–5xx toggles, each with how many codes of its class match the query, and the "Official
 * only" toggle that hides vendor codes. They are submit buttons of the search form (`?class=5xx`),
 * which the island takes over, so a press before hydration still works: it loads the filtered view.
 */
export function ClassChips({ selected, counts, onToggle, officialOnly, onOfficialOnly }: Props) {
	return (
		<div role="group" aria-label="Filters" class="chips">
			{CLASSES.map(({ id }) => (
				<button
					key={id}
					type="submit"
					name="class"
					value={id}
					aria-pressed={selected.includes(id)}
					onClick={take(() => onToggle(id))}
					class={`chip tone-${id}`}
				>
					{id} <span class="font-sans">{counts[id]}</span>
				</button>
			))}
			<button type="submit" name="official" value="1" aria-pressed={officialOnly} onClick={take(onOfficialOnly)} class="chip tone-official">
				Official only
			</button>
		</div>
	);
}
