import type { StatusClass } from './site';

/**
 * Whole Tailwind class strings per status class. Tailwind only sees complete names in source,
 * so these are never assembled from parts.
 */
export const CLASS_BADGE: Record<StatusClass, string> = {
	'1xx': 'bg-info-tint text-info-ink',
	'2xx': 'bg-success-tint text-success-ink',
	'3xx': 'bg-redirect-tint text-redirect-ink',
	'4xx': 'bg-client-tint text-client-ink',
	'5xx': 'bg-server-tint text-server-ink',
};
