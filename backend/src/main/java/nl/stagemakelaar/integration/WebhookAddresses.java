package nl.stagemakelaar.integration;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Webhook URLs must reach the outside world: a lead's endpoint that resolves to this machine, the private network
 * or the cloud's metadata address would let the worker call internal services for them. Checked when an endpoint is
 * registered and again before each delivery (names can resolve differently later). A name that does not resolve
 * yet passes registration; its delivery fails until it does.
 */
final class WebhookAddresses {

    private WebhookAddresses() {
    }

    /** True when the address is not one a webhook may be sent to. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        // IPv6 unique local (fc00::/7), IPv4 carrier-grade NAT (100.64.0.0/10) and 0.0.0.0/8.
        return b.length == 16 && (b[0] & 0xfe) == 0xfc
                || b.length == 4 && ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || b[0] == 0);
    }

    /** The first internal address the URL's host resolves to, or null (also when it does not resolve). */
    static InetAddress internalTarget(URI url) {
        try {
            for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
                if (internal(a)) {
                    return a;
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
