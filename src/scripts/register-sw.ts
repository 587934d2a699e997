/**
 * Registers the Workbox service worker (production builds only) and drives two bits of UI in
 * BaseLayout: the "Available offline" note, shown once a worker is active (so everything is
 * precached), and the "new version" notice, shown while an updated worker waits. Pressing
 * Reload tells the waiting worker to take over, then reloads the same URL, query included.
 */
const BASE = import.meta.env.BASE_URL;

function showUpdate(worker: ServiceWorker): void {
	const notice = document.getElementById('update-notice');
	const button = notice?.querySelector('button');
	if (!notice || !button) return;
	notice.hidden = false;
	button.onclick = () => {
		button.disabled = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		worker.postMessage({ type: 'SKIP_WAITING' });
	};
}

async function register(): Promise<void> {
	const registration = await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
	const watch = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdate(worker);
		});
	if (registration.waiting && navigator.serviceWorker.controller) showUpdate(registration.waiting);
	// An update may already be installing (the navigation that loaded this page checked for one).
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	await navigator.serviceWorker.ready;
	const status = document.getElementById('offline-status');
	if (status) status.hidden = false;
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	register().catch(() => {
		// No worker (private mode, blocked storage): the site still works online.
	});
}
