package dev.lede.fetch;

import java.net.URI;

/**
 * One feed to fetch, with what the last 200 answer said, for a conditional GET.
 *
 * @param etag         the last ETag, or null
 * @param lastModified the last Last-Modified, or null
 */
public record FetchRequest(URI uri, String etag, String lastModified) {
}
