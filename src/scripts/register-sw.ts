/**
 * Registers the Workbox service worker (production builds only) and drives the offline UI in
 * BaseLayout:
 * - "Available offline", shown only while the precache really holds the site (it can be cleared
 *   behind the worker's back);
 * - "You are offline: this is a saved copy", while the browser has no network and a worker
 *   answered;
 * - the "new version" notice while an updated worker waits. Reload tells the waiting worker to
 *   take over, then reloads the same URL, query included, in whichever tab it is pressed.
 */
const BASE = import.meta.env.BASE_URL;

function showUpdate(worker: ServiceWorker): void {
	const notice = document.getElementById('update-notice');
	const button = notice?.querySelector('button');
	if (!notice || !button) return;
	notice.hidden = false;
	button.disabled = false;
	button.onclick = () => {
		button.disabled = true;
		// Another tab may have switched every tab to this worker already, or a newer one replaced it:
		// then there is nothing to wait for, and the reload alone shows the new version.
		if (worker.state !== 'installed') {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		worker.postMessage({ type: 'SKIP_WAITING' });
	};
}

/** True when the precache still holds the not-found page: it is gone once Cache Storage is cleared. */
async function precached(): Promise<boolean> {
	return (await caches.match(`${BASE}404.html`, { ignoreSearch: true })) !== undefined;
}

function showOfflineCopy(): void {
	const note = document.getElementById('offline-copy');
	if (note) note.hidden = navigator.onLine || !navigator.serviceWorker.controller;
}

/** Asks once, ever, that the browser keep the offline copy when it runs short of space. */
async function askPersist(): Promise<void> {
	if (!navigator.storage?.persist || localStorage.getItem('hsc-persist-asked')) return;
	localStorage.setItem('hsc-persist-asked', '1');
	if (!(await navigator.storage.persisted())) await navigator.storage.persist();
}

async function register(): Promise<void> {
	showOfflineCopy();
	addEventListener('online', showOfflineCopy);
	addEventListener('offline', showOfflineCopy);
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
	if (status) status.hidden = !(await precached());
	await askPersist().catch(() => {});
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	register().catch(() => {
		// No worker (private mode, blocked storage): the site still works online.
	});
}
