// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Custom-login tickets and TC3 signatures, byte for byte the Python client's (and so node-sdk's). */
class TicketTest {
    private static String mint(GoldenData.TicketCase c, String key) {
        CustomLoginTicket.Options.Builder options = CustomLoginTicket.Options.builder()
                .clock(Clock.fixed(Instant.ofEpochMilli(c.nowMs()), ZoneOffset.UTC));
        if (c.refreshMs() != 0) {
            options.refresh(Duration.ofMillis(c.refreshMs()));
        }
        if (c.expireMs() != 0) {
            options.expireAt(Instant.ofEpochMilli(c.expireMs()));
        }
        return CustomLoginTicket.create(TicketCredentials.of(c.keyId(), key, c.env()), c.uid(), options.build());
    }

    @Test
    void ticketsMatchThePythonClientsByteForByte() {
        for (GoldenData.TicketCase c : GoldenData.TICKETS) {
            assertEquals(c.ticket(), mint(c, GoldenData.KEY), c.name());
        }
    }

    @Test
    void aPkcs1KeySignsTheSameAsItsPkcs8Form() throws Exception {
        java.security.KeyFactory rsa = java.security.KeyFactory.getInstance("RSA");
        java.security.interfaces.RSAPrivateCrtKey key = (java.security.interfaces.RSAPrivateCrtKey) CustomLoginTicket.privateKey(GoldenData.KEY);
        byte[] pkcs8 = rsa.getKeySpec(key, java.security.spec.PKCS8EncodedKeySpec.class).getEncoded();
        // The PKCS #1 RSAPrivateKey is the OCTET STRING at the end of the PKCS #8 structure (26 header bytes for 2048 bits).
        byte[] pkcs1 = java.util.Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n";
        GoldenData.TicketCase c = GoldenData.TICKETS.get(0);
        assertEquals(c.ticket(), mint(c, pem));
    }

    @Test
    void aTicketLivesTenMinutesInMilliseconds() {
        String ticket = mint(GoldenData.TICKETS.get(0), GoldenData.KEY);
        String payload = new String(Base64.getUrlDecoder().decode(ticket.split("/@@/")[1].split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"iat\":1758597487691,\"exp\":1758598087691"), payload);
    }

    @Test
    void badUidsAndCredentialsAreRefusedWithoutShowingTheKey() {
        TicketCredentials creds = TicketCredentials.of("kid", GoldenData.KEY, "env-1");
        for (String uid : new String[] {"abc", "a".repeat(33), "white space", "naïve"}) {
            TicketException e = assertThrows(TicketException.class, () -> CustomLoginTicket.create(creds, uid));
            assertTrue(e.getMessage().startsWith("invalid uid"), e.getMessage());
        }
        TicketException other = assertThrows(TicketException.class,
                () -> CustomLoginTicket.create(creds, "user_1", CustomLoginTicket.Options.builder().envId("env-2").build()));
        assertTrue(other.getMessage().contains("env-2"), other.getMessage());
        assertThrows(TicketException.class, () -> CustomLoginTicket.create(TicketCredentials.of("kid", "not a key", "env-1"), "user_1"));
        assertThrows(TicketException.class, () -> CustomLoginTicket.create(TicketCredentials.of("kid", GoldenData.KEY, null), "user_1"));
        assertFalse(creds.toString().contains("PRIVATE KEY"), creds.toString());
        TicketException broken = assertThrows(TicketException.class, () -> TicketCredentials.parse("{\"private_key\": 1}"));
        assertFalse(broken.getMessage().contains("MII"));
    }

    @Test
    void tc3SignaturesMatchThePythonClients() {
        for (GoldenData.Tc3Case c : GoldenData.TC3) {
            Tc3Credentials creds = Tc3Credentials.of(c.secretId(), c.secretKey(), c.token());
            String got = creds.authorization(c.method(), c.path(), c.query(), c.host(), c.contentType(),
                    c.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), c.timestamp());
            assertEquals(c.authorization(), got);
            assertFalse(creds.toString().contains(c.secretKey()), creds.toString());
        }
    }
}
