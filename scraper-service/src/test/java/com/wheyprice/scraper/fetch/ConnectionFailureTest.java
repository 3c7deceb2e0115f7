package com.wheyprice.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.net.PublicTargets;

/** An admin previewing a page, or reading a dead letter, learns what failed, never which address and port answered. */
class ConnectionFailureTest {

    private static final PublicTargets.Target TARGET = target();

    @Test
    void aRefusedConnectionNamesTheHostNotTheAddressAndPortTried() {
        String message = PoliteFetcher.connectionFailure(TARGET, new ConnectException("Connection refused: shop.example/192.0.2.2:8082"));

        assertThat(message).isEqualTo("could not connect to shop.example").doesNotContain("192.0.2.2").doesNotContain("8082");
    }

    @Test
    void aTimeoutIsSaidToBeOne() {
        assertThat(PoliteFetcher.connectionFailure(TARGET, new TimeoutException("after 10000 ms to /192.0.2.2:8082")))
                .isEqualTo("timed out reaching shop.example");
    }

    private static PublicTargets.Target target() {
        try {
            return new PublicTargets.Target(URI.create("https://shop.example/p"), "shop.example", 443, true,
                    InetAddress.getByAddress("shop.example", new byte[] {93, (byte) 184, (byte) 216, 34}));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
