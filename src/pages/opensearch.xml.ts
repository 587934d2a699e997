import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../lib/site';

/**
 * `/opensearch.xml`: lets browsers search the reference from the address bar; the index reads
 * the query from `?q=`.
 */
export const GET: APIRoute = ({ site }) => {
	const root = new URL(import.meta.env.BASE_URL, site).href;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>HTTP Codes</ShortName>
  <Description>Search ${SITE_TITLE}: every HTTP status code, official and unofficial</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${root}favicon.svg</Image>
  <Url type="text/html" method="get" template="${root}?q={searchTerms}"/>
  <moz:SearchForm>${root}</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
