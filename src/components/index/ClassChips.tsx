import { CLASSES, type StatusClass } from '../../lib/site';

interface Props {
	selected: StatusClass[];
	counts: Record<StatusClass, number>;
	onToggle: (cls: StatusClass) => void;
	officialOnly: boolean;
	onOfficialOnly: () => void;
}

/**
 * The 1xx–5xx toggle buttons, each with how many codes of its class match the query, and the
 * "Official only" toggle that hides vendor codes.
 */
export function ClassChips({ selected, counts, onToggle, officialOnly, onOfficialOnly }: Props) {
	return (
		<div role="group" aria-label="Filters" class="flex flex-wrap gap-2">
			{CLASSES.map(({ id }) => (
				<button
					key={id}
					type="button"
					aria-pressed={selected.includes(id)}
					onClick={() => onToggle(id)}
					class={`chip tone-${id}`}
				>
					{id} <span class="font-sans">{counts[id]}</span>
				</button>
			))}
			<button type="button" aria-pressed={officialOnly} onClick={onOfficialOnly} class="chip tone-official">
				Official only
			</button>
		</div>
	);
}
