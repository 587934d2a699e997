import { copyText } from '../lib/clipboard';

/**
 * `<hsc-copy data-label="404 Not Found">`: adds a "Copy" button and a polite live region, copies
 * the label on click and says what happened. Without JavaScript it stays empty, so no dead
 * button is shown. Used on code pages and in the index lists, including the island's results.
 * Success shows "Copied ✓" on the button itself, which is always as wide as that text (its
 * `::after` in shared.css), so nothing moves under the pointer; the live region says "Copied" to
 * screen readers and shows only a failure, which needs words.
 */
class HscCopy extends HTMLElement {
	#timer = 0;
	#button?: HTMLButtonElement;
	#status?: HTMLElement;

	connectedCallback() {
		if (this.#status) return;
		const label = this.dataset.label ?? '';
		const button = (this.#button = document.createElement('button'));
		button.type = 'button';
		button.className = 'copy-button';
		button.textContent = 'Copy';
		button.setAttribute('aria-label', `Copy ${label}`);
		button.addEventListener('click', () => this.copy());
		this.#status = document.createElement('span');
		this.#status.className = 'copy-status';
		this.#status.setAttribute('role', 'status');
		this.#status.setAttribute('aria-live', 'polite');
		this.append(button, this.#status);
	}

	async copy() {
		const result = await copyText(this.dataset.label ?? '');
		const button = this.#button!;
		const status = this.#status!;
		status.toggleAttribute('data-fail', !result.ok);
		status.textContent = result.ok ? 'Copied' : result.message;
		button.textContent = result.ok ? 'Copied ✓' : 'Copy';
		clearTimeout(this.#timer);
		if (!result.ok) return;
		this.#timer = window.setTimeout(() => {
			status.textContent = '';
			button.textContent = 'Copy';
		}, 2500);
	}
}

if (!customElements.get('hsc-copy')) customElements.define('hsc-copy', HscCopy);
