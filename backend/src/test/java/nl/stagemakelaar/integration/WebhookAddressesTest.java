package nl.stagemakelaar.integration;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which addresses a webhook may not be sent to in production (development and tests allow them). */
class WebhookAddressesTest {

    @Test
    void thisMachineThePrivateNetworkAndMetadataAreInternal() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.10", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd12:3456::1"}) {
            assertTrue(WebhookAddresses.internal(InetAddress.getByName(internal)), internal);
        }
        for (String external : new String[] {"93.184.216.34", "145.97.39.155", "100.128.0.1", "2001:db8::1", "172.32.0.1"}) {
            assertFalse(WebhookAddresses.internal(InetAddress.getByName(external)), external);
        }
    }

    @Test
    void aUrlIsCheckedOnWhatItsHostResolvesTo() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), WebhookAddresses.internalTarget(URI.create("https://127.0.0.1:8443/hook")));
        assertEquals(InetAddress.getByName("::1"), WebhookAddresses.internalTarget(URI.create("https://[::1]/hook")));
        assertNull(WebhookAddresses.internalTarget(URI.create("https://93.184.216.34/hook")));
        assertNull(WebhookAddresses.internalTarget(URI.create("https://does-not-resolve.invalid/hook")), "a name that does not resolve passes here; its delivery fails");
    }
}
