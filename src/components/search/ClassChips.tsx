import { CLASSES, type StatusClass } from '../../lib/site';

interface Props {
	selected: StatusClass[];
	counts: Record<StatusClass, number>;
	onToggle: (cls: StatusClass) => void;
}

/** The 1xx–5xx toggle buttons; each shows how many codes of its class match the query. */
export function ClassChips({ selected, counts, onToggle }: Props) {
	return (
		<div role="group" aria-label="Filter by class" class="flex flex-wrap gap-2">
			{CLASSES.map(({ id }) => (
				<button
					key={id}
					type="button"
					aria-pressed={selected.includes(id)}
					onClick={() => onToggle(id)}
					class={`chip chip-${id}`}
				>
					{id} <span class="opacity-75">{counts[id]}</span>
				</button>
			))}
		</div>
	);
}
