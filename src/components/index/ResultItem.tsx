import type { SearchRecord } from '../../lib/search';
import { classOf, vendorBadge } from '../../lib/site';
import { codePath } from '../../lib/paths';

/** One search result: link to the code page (with any legacy names) and an `<hsc-copy>` button. */
export function ResultItem({ record }: { record: SearchRecord }) {
	return (
		<li class="code-row">
			<a href={codePath(record.code)} data-result class="code-link flex-wrap">
				<span class={`font-mono font-bold num tone-${classOf(record.code) ?? 'none'}`}>{record.code}</span>{' '}
				<span>{record.name}</span>
				{record.vendor && <span class="vendor">{vendorBadge(record.vendor)}</span>}
				{record.aliases.length > 0 && (
					<span class="muted">{` (${record.aliases.join(', ')})`}</span>
				)}
			</a>
			<hsc-copy data-label={record.label} class="copy" />
		</li>
	);
}
