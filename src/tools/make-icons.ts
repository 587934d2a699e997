/**
 * `npm run icons`: renders the PNG app icons in public/icons/ from public/favicon.svg with sharp.
 * The PNGs are committed; run this again after changing the SVG.
 */
import sharp from 'sharp';

const SOURCE = 'public/favicon.svg';
const BACKGROUND = '#0f172a';

for (const size of [192, 512]) {
	await sharp(SOURCE, { density: 72 * (size / 64) })
		.resize(size, size)
		.png({ palette: true, compressionLevel: 9 })
		.toFile(`public/icons/icon-${size}.png`);
}

// Maskable: the artwork inside the central 80 % safe zone, on a full-bleed background.
const art = await sharp(SOURCE, { density: 72 * 6 }).resize(308, 308).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: BACKGROUND } })
	.composite([{ input: art, gravity: 'center' }])
	.png({ palette: true, compressionLevel: 9 })
	.toFile('public/icons/maskable-512.png');

console.log('public/icons: icon-192.png, icon-512.png, maskable-512.png');
