import type { StatusClass } from './site';

/**
 * Whole Tailwind class strings per status class. Tailwind only sees complete names in source,
 * so these are never assembled from parts.
 */
export const CLASS_BADGE: Record<StatusClass, string> = {
	'1xx': 'bg-info-100 text-info-800 dark:bg-info-900 dark:text-info-100',
	'2xx': 'bg-success-100 text-success-800 dark:bg-success-900 dark:text-success-100',
	'3xx': 'bg-redirect-100 text-redirect-800 dark:bg-redirect-900 dark:text-redirect-100',
	'4xx': 'bg-client-100 text-client-800 dark:bg-client-900 dark:text-client-100',
	'5xx': 'bg-server-100 text-server-800 dark:bg-server-900 dark:text-server-100',
};
