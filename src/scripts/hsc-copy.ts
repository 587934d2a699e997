import { copyText } from '../lib/clipboard';

/**
 * `<hsc-copy data-label="404 Not Found">`: adds a "Copy" button and a polite live region, copies
 * the label on click and says what happened. Without JavaScript it stays empty, so no dead
 * button is shown. Used on code pages and in the index lists, including the island's results.
 */
class HscCopy extends HTMLElement {
	#timer = 0;
	#status?: HTMLElement;

	connectedCallback() {
		if (this.#status) return;
		const label = this.dataset.label ?? '';
		const button = document.createElement('button');
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
		const label = this.dataset.label ?? '';
		const result = await copyText(label);
		const status = this.#status!;
		status.textContent = result.ok ? 'Copied' : result.message;
		clearTimeout(this.#timer);
		if (result.ok) this.#timer = window.setTimeout(() => (status.textContent = ''), 2500);
	}
}

if (!customElements.get('hsc-copy')) customElements.define('hsc-copy', HscCopy);
