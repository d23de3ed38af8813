package nl.stagemakelaar.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The token of a personal link (survey, invitation), sent in a POST body: never in a URL path, where access logs
 * and proxies would keep it. The SPA's link carries it after '#', which browsers do not send at all.
 */
@Schema(name = "LinkTokenInput")
public record LinkTokenInput(@NotBlank @Size(max = 100) String token) {
}
