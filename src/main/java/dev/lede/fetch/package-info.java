/**
 * Fetching feeds over HTTP as a good citizen: the only package that opens sockets. Conditional GET, gzip with a cap
 * on the decoded size, redirects followed by hand (http and https only, never from https to http), a connect
 * timeout and a deadline for the whole body, Retry-After respected, a per-host limit, an honest User-Agent. A fault
 * is a {@link dev.lede.fetch.FetchResult} with one line saying why, never an exception.
 */
package dev.lede.fetch;
