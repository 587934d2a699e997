import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.xml': 'application/xml',
};

/** A running test server: its root URL, files served in place of the real ones, and close(). */
export interface StaticServer {
	url: string;
	/** Path (`/418/index.html`) → bytes served instead of the file: an edge that lags a deploy. */
	stale: Map<string, Buffer>;
	close: () => Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
	return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/**
 * Serves a copy of the built site the way a static host does: directory index, a 301 from `/418`
 * to `/418/`, 404.html with status 404 for unknown paths, `Cache-Control: no-cache`. Files are read
 * on every request, so a test can change them between two visits.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
	const stale = new Map<string, Buffer>();
	const server: Server = createServer(async (req, res) => {
		const raw = (req.url ?? '/').split('?')[0];
		let path: string;
		try {
			path = normalize(decodeURIComponent(raw));
		} catch {
			path = '/\0invalid';
		}
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		const served = path.endsWith('/') ? `${path}index.html` : path;
		if (!path.endsWith('/') && !path.includes('\0') && (await isFile(join(root, path, 'index.html')))) {
			res.writeHead(301, { Location: `${raw}/`, 'Cache-Control': 'no-cache' });
			res.end();
			return;
		}
		if (!path.includes('\0') && (stale.has(served) || (await isFile(file)))) {
			res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
			res.end(stale.get(served) ?? (await readFile(file)));
			return;
		}
		res.writeHead(404, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
		res.end(await readFile(join(root, '404.html')));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://localhost:${port}/`,
		stale,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
