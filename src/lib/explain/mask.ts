/**
 * Secret masking. explain() runs this over the raw input before any parser sees it, so every
 * string a report can hold (excerpts, bodies, header values) comes from masked text.
 */

/** What replaces a secret. */
export const MASK = '[masked]';

/** Header names whose values are credentials. */
const SECRET_HEADERS = [
	'authorization',
	'proxy-authorization',
	'cookie',
	'set-cookie',
	'x-api-key',
	'api-key',
	'x-auth-token',
	'x-access-token',
	'x-amz-security-token',
	'x-goog-api-key',
	'x-csrf-token',
	'x-xsrf-token',
];

/** Query and form parameter names (and JSON keys) whose values are credentials. */
const SECRET_PARAMS = [
	'access_token',
	'refresh_token',
	'id_token',
	'token',
	'api_key',
	'apikey',
	'api-key',
	'key',
	'sig',
	'signature',
	'x-amz-signature',
	'x-amz-credential',
	'x-amz-security-token',
	'client_secret',
	'password',
	'passwd',
	'secret',
	'code_verifier',
	'session',
	'sessionid',
	'jwt',
	'auth',
];

const alt = (names: string[]) => names.map((n) => n.replace(/[-]/g, '\\-')).join('|');
const NAMES = alt([...new Set([...SECRET_HEADERS, ...SECRET_PARAMS])]);
const JSON_STRING = '"((?:[^"\\\\]|\\\\.)*)"';

/** `Authorization: Bearer abc` in a header block, a curl -v line (`> `), an h2 dump: to the line's end. */
const HEADER_LINE = new RegExp(`(?<=^|[\\s<>\\])])(${alt(SECRET_HEADERS)})([ \\t]*:[ \\t]*)([^\\r\\n]*)`, 'gim');
/**
 * The same inside a JSON string (a HAR text, a Logpush field): the value ends at the closing quote
 * or an escaped line break, so a minified file is never masked to its end.
 */
const JSON_HEADER_LINE = new RegExp(
	`(?<=^|[\\s<>\\]),]|\\\\[rn])(${alt(SECRET_HEADERS)})([ \\t]*:[ \\t]*)((?:[^"\\\\\\r\\n]|\\\\(?![rn])[^\\r\\n])*)`,
	'gim',
);
/** HAR `{ "name": "Cookie", "value": "…" }` and its reversed order. */
const NAME_VALUE = new RegExp(`("name"\\s*:\\s*"(?:${NAMES})"\\s*,\\s*"value"\\s*:\\s*)${JSON_STRING}`, 'gi');
const VALUE_NAME = new RegExp(`("value"\\s*:\\s*)${JSON_STRING}(\\s*,\\s*"name"\\s*:\\s*"(?:${NAMES})")`, 'gi');
/** `"access_token": "…"` in a JSON body, plain or escaped inside a HAR string. */
const JSON_KEY = new RegExp(`("(?:${NAMES})"\\s*:\\s*)${JSON_STRING}`, 'gi');
const ESCAPED_JSON_KEY = new RegExp(`(\\\\"(?:${NAMES})\\\\"\\s*:\\s*\\\\")((?:[^"\\\\]|\\\\[^"])*)(\\\\")`, 'gi');
/** `?access_token=…`, `&X-Amz-Signature=…`, also a query field of a log line. */
const QUERY = new RegExp(`((?:^|[\\s?&;"'(,])(?:${NAMES})=)([^&\\s"'#<>;,)]+)`, 'gim');
const BEARER = /\b(Bearer\s+)(?!\[masked\])([A-Za-z0-9\-._~+/]{6,}=*)/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
/** `https://user:password@host`: starts at `://`, which is rare, rather than at every word. */
const URL_PASSWORD = /(:\/\/[^/\s:@"']+:)([^@\s/"']+)@/g;
const AWS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;

/** Masks a header value, keeping what is not secret: the auth scheme, cookie names, cookie attributes. */
export function maskHeaderValue(name: string, value: string): string {
	const lower = name.toLowerCase();
	if (value.trim() === '' || value.startsWith(MASK)) return value;
	if (lower === 'authorization' || lower === 'proxy-authorization') {
		const scheme = /^([A-Za-z][\w-]*)\s+\S/.exec(value);
		return scheme ? `${scheme[1]} ${MASK}` : MASK;
	}
	if (lower === 'cookie') return value.split(';').map((pair) => pair.replace(/=.*/s, `=${MASK}`)).join(';');
	if (lower === 'set-cookie') {
		const [pair, ...attributes] = value.split(';');
		return [pair.replace(/=.*/s, `=${MASK}`), ...attributes].join(';');
	}
	return MASK;
}

/** Whether a header (or HAR name/value) name carries a credential. */
export function isSecretName(name: string): boolean {
	const lower = name.toLowerCase();
	return SECRET_HEADERS.includes(lower) || SECRET_PARAMS.includes(lower);
}

/** Column state carried from one chunk of a W3C log (IIS, CloudFront) to the next. */
export interface MaskState {
	/** Indexes of cookie columns named by the last `#Fields:` line. */
	cookieColumns: number[];
}

/** Returns the text with every secret replaced by `[masked]`, and how many were replaced. */
export function maskText(text: string, state: MaskState = { cookieColumns: [] }): { text: string; count: number } {
	let count = 0;
	const hit = <T>(value: T) => (count++, value);
	let out = maskW3CColumns(text, state, () => count++);
	const json = /^\s*[[{]/.test(text);
	// The lead character is a lookbehind: a regex that starts at the header name scans a 5 MB HAR
	// several times faster than one that first tries every space and comma.
	out = out.replace(json ? JSON_HEADER_LINE : HEADER_LINE, (all, name: string, sep: string, value: string) => {
		const masked = maskHeaderValue(name, value);
		return masked === value ? all : hit(`${name}${sep}${masked}`);
	});
	out = out.replace(NAME_VALUE, (all, head: string, value: string) => (value.startsWith(MASK) || !value ? all : hit(`${head}"${MASK}"`)));
	out = out.replace(VALUE_NAME, (all, head: string, value: string, tail: string) =>
		value.startsWith(MASK) || !value ? all : hit(`${head}"${MASK}"${tail}`),
	);
	out = maskCookieArrays(out, () => count++);
	out = out.replace(JSON_KEY, (all, head: string, value: string) => (value.startsWith(MASK) || !value ? all : hit(`${head}"${MASK}"`)));
	out = out.replace(ESCAPED_JSON_KEY, (all, head: string, value: string, tail: string) =>
		value.startsWith(MASK) || !value ? all : hit(`${head}${MASK}${tail}`),
	);
	out = out.replace(QUERY, (all, head: string, value: string) => (value.startsWith(MASK) || value === '-' ? all : hit(`${head}${MASK}`)));
	out = out.replace(BEARER, (_, head: string) => hit(`${head}${MASK}`));
	out = out.replace(JWT, () => hit(MASK));
	out = out.replace(URL_PASSWORD, (_, head: string) => hit(`${head}${MASK}@`));
	out = out.replace(AWS_KEY_ID, () => hit(MASK));
	return { text: out, count };
}

/** Masks every `"value"` inside HAR `"cookies": [ … ]` arrays (cookie names stay). */
function maskCookieArrays(text: string, onMask: () => void): string {
	const start = /"cookies"\s*:\s*\[/g;
	let out = '';
	let from = 0;
	for (let m = start.exec(text); m; m = start.exec(text)) {
		const end = closingBracket(text, start.lastIndex);
		const inner = text.slice(start.lastIndex, end);
		out += text.slice(from, start.lastIndex);
		out += inner.replace(new RegExp(`("value"\\s*:\\s*)${JSON_STRING}`, 'g'), (all, head: string, value: string) => {
			if (!value || value === MASK) return all;
			onMask();
			return `${head}"${MASK}"`;
		});
		from = end;
		start.lastIndex = end;
	}
	return out + text.slice(from);
}

/** Index of the `]` closing the array that starts at `from`, skipping strings; the text's end if cut off. */
function closingBracket(text: string, from: number): number {
	let depth = 1;
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
		} else if (c === '[') depth++;
		else if (c === ']' && --depth === 0) return i;
	}
	return text.length;
}

/** Masks the cookie columns of W3C logs (IIS `cs(Cookie)`, CloudFront `cs(Cookie)`), named by `#Fields:`. */
function maskW3CColumns(text: string, state: MaskState, onMask: () => void): string {
	if (!state.cookieColumns.length && !text.includes('#Fields:')) return text;
	return text.replace(/^[^\r\n]*/gm, (line) => {
		if (line.startsWith('#Fields:')) {
			const names = line.slice(8).trim().split(/\s+/);
			state.cookieColumns = names.flatMap((n, i) => (/^(cs|sc)\((set-)?cookie\)$/i.test(n) ? [i] : []));
			return line;
		}
		if (line.startsWith('#') || !state.cookieColumns.length) return line;
		const sep = line.includes('\t') ? '\t' : ' ';
		const cells = line.split(sep);
		for (const i of state.cookieColumns) {
			if (cells[i] && cells[i] !== '-') {
				cells[i] = MASK;
				onMask();
			}
		}
		return cells.join(sep);
	});
}
