/** @jsxImportSource ./jsx */
// This island's own JSX runtime (jsx/jsx-runtime.ts says why).
import { Component } from 'preact';
import { explainChunked } from '../../lib/explain/explain';
import { MAX_INPUT_BYTES, PROBLEMS, sniffBinary } from '../../lib/explain/detect';
import type { Report } from '../../lib/explain/types';
import { ExplainCard } from './ExplainCard';
import { ExplainSummary } from './ExplainSummary';
import { Lookup, type Catalogue } from './catalogue';

interface State {
	text: string;
	/** The dropped or chosen file, shown instead of its text. */
	file?: { name: string; size: number };
	busy: boolean;
	progress: number;
	report?: Report;
	/** A message for input that never reached the parser (a binary file) or an unexpected failure. */
	message?: string;
	dragging: boolean;
}

/** Typing pauses this long before the input is explained again. */
const DEBOUNCE_MS = 300;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The /explain/ island: a textarea, a file input and a drop zone, then a card per status. Everything
 * runs in this tab: no request is made, and secrets are masked before the parser reads anything.
 */
export default class Explain extends Component<Catalogue, State> {
	state: State = { text: '', busy: false, progress: 0, dragging: false };
	lookup = new Lookup(this.props);
	controller?: AbortController;
	timer?: ReturnType<typeof setTimeout>;

	componentDidUpdate(_: Catalogue, previous: State) {
		const { report } = this.state;
		if (!report || report === previous.report) return;
		// For the bench (tests/bench/explain.ts): from the input to the painted frame that shows the summary.
		requestAnimationFrame(() => setTimeout(() => performance.measure('explain', 'explain-start')));
	}

	componentWillUnmount() {
		this.controller?.abort();
		clearTimeout(this.timer);
	}

	/** Marks when an input arrived; the bench measures from here. */
	markStart() {
		performance.clearMarks('explain-start');
		performance.clearMeasures('explain');
		performance.mark('explain-start');
	}

	analyse(text: string, file?: State['file'], started = false) {
		this.controller?.abort();
		clearTimeout(this.timer);
		const controller = new AbortController();
		this.controller = controller;
		if (!started) this.markStart();
		this.setState({ busy: true, progress: 0, report: undefined, message: undefined, file });
		explainChunked(text, { signal: controller.signal, onProgress: (progress) => this.setState({ progress }) })
			.then((report) => controller.signal.aborted || this.setState({ report, busy: false }))
			.catch((error: Error) => {
				if (error.name !== 'AbortError') this.setState({ busy: false, message: `This input could not be read (${error.message}).` });
			});
	}

	async readFile(file: File) {
		this.markStart();
		this.setState({ text: '', file: { name: file.name, size: file.size } });
		if (file.size > MAX_INPUT_BYTES) return this.fail(PROBLEMS['too-large'], file);
		try {
			const binary = sniffBinary(new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
			if (binary) return this.fail(binary, file);
			this.analyse(await file.text(), { name: file.name, size: file.size }, true);
		} catch {
			this.fail('The file could not be read. Try opening it and pasting its text instead.', file);
		}
	}

	fail(message: string, file?: File) {
		this.controller?.abort();
		this.setState({ busy: false, report: undefined, message, file: file && { name: file.name, size: file.size } });
	}

	onInput = (event: Event) => {
		const text = (event.currentTarget as HTMLTextAreaElement).value;
		this.setState({ text, file: undefined });
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.analyse(text), DEBOUNCE_MS);
	};

	onSubmit = (event: Event) => {
		event.preventDefault();
		if (!this.state.file) this.analyse(this.state.text);
	};

	onDrop = (event: DragEvent) => {
		event.preventDefault();
		this.setState({ dragging: false });
		const file = event.dataTransfer?.files[0];
		if (file) return void this.readFile(file);
		const text = event.dataTransfer?.getData('text/plain');
		if (text) (this.setState({ text, file: undefined }), this.analyse(text));
	};

	onDragOver = (event: DragEvent) => {
		event.preventDefault();
		if (!this.state.dragging) this.setState({ dragging: true });
	};

	clear = () => {
		this.controller?.abort();
		clearTimeout(this.timer);
		this.setState({ text: '', file: undefined, report: undefined, message: undefined, busy: false });
	};

	render(_: Catalogue, { text, file, busy, progress, report, message, dragging }: State) {
		const problem = message ?? report?.problem?.message;
		const found = report && !report.problem ? report : undefined;
		return (
			<div onDragOver={this.onDragOver} onDragLeave={() => this.setState({ dragging: false })} onDrop={this.onDrop}>
				<form onSubmit={this.onSubmit} class={dragging ? 'explain-dragging' : undefined}>
					<label for="explain-input" class="explain-label">
						Paste a response, a log or a HAR file
					</label>
					<textarea
						id="explain-input"
						value={text}
						onInput={this.onInput}
						rows={10}
						spellcheck={false}
						autoComplete="off"
						aria-describedby="explain-privacy"
						placeholder={'HTTP/1.1 503 Service Unavailable\nserver: envoy\n…'}
						class="explain-input"
					/>
					<div class="explain-actions">
						<button type="submit" class="explain-button">
							Explain
						</button>
						<label class="explain-file">
							<span>Choose a file</span>
							<input
								type="file"
								accept=".har,.log,.txt,.json,text/plain,application/json"
								onChange={(e) => {
									const chosen = e.currentTarget.files?.[0];
									if (chosen) void this.readFile(chosen);
									e.currentTarget.value = '';
								}}
								class="explain-file-input"
							/>
						</label>
						<span class="explain-hint">or drop a .har, .log or .txt file anywhere here</span>
						<button type="button" onClick={this.clear} class="explain-clear">
							Clear
						</button>
					</div>
					{file && <p class="explain-hint">{`File: ${file.name} (${mb(file.size)}); its text stays on this device.`}</p>}
				</form>
				<p role="status" class="explain-status">
					{busy ? `Reading… ${Math.round(progress * 100)}%` : found ? `${found.items.length === 1 ? '1 status' : `${found.items.length} statuses`} explained.` : ''}
				</p>
				{busy && <progress class="explain-progress" value={progress} max={1} aria-label="Reading the input" />}
				{problem && !busy && (
					<p class="explain-problem" role="alert">
						{problem}
					</p>
				)}
				{found && (
					<section aria-labelledby="explain-results" class="explain-results">
						<h2 id="explain-results" class="explain-results-title">
							What it says
						</h2>
						<ExplainSummary report={found} />
						{found.cards.map((card, i) => (
							<ExplainCard key={i} card={card} lookup={this.lookup} />
						))}
					</section>
				)}
			</div>
		);
	}
}
