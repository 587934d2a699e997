import { useMemo, useState } from 'preact/hooks';
import Fuse from 'fuse.js';

interface Item {
	code: number;
	name: string;
	summary: string;
}

/** The island a minimal reference ships: a box and a Fuse-ranked list, rendered by Preact. */
export default function Search({ items }: { items: Item[] }) {
	const [query, setQuery] = useState('');
	const fuse = useMemo(() => new Fuse(items, { keys: ['name', 'summary', { name: 'code', weight: 2 }], threshold: 0.4 }), [items]);
	const results = query.trim() ? fuse.search(query).map((r) => r.item) : items;
	return (
		<div>
			<label for="q">Search status codes</label>
			<input id="q" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
			<ul>
				{results.map((item) => (
					<li key={item.code}>
						<a href={`/${item.code}/`}>
							<b>{item.code}</b> {item.name}
						</a>
						<p>{item.summary}</p>
					</li>
				))}
			</ul>
		</div>
	);
}
