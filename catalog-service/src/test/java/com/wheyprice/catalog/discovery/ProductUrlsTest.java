package com.wheyprice.catalog.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductUrlsTest {

    @Test
    void normalisedFormDropsCaseDefaultPortFragmentTrackingAndTrailingSlash() {
        ProductUrls.Checked checked = ProductUrls.check("HTTPS://Www.Shop.Example:443/Whey/?utm_source=x&size=2kg&fbclid=y#reviews", null);

        assertThat(checked.normalized()).isEqualTo("https://www.shop.example/Whey?size=2kg");
        assertThat(checked.domain()).isEqualTo("shop.example");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1/", "http://localhost/", "http://a.localhost/", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://192.168.0.1/", "http://169.254.169.254/", "http://[::1]/", "http://[fd00::1]/", "http://100.64.0.1/", "http://0.0.0.0/",
            "http://printer.local/", "file:///etc/passwd", "gopher://x.example/", "https://u:p@x.example/",
            "http://198.18.0.1/", "http://192.0.2.2:8082/q/metrics", "http://[64:ff9b::a00:1]/", "http://[2002:a00:1::]/",
            "http://[::ffff:127.0.0.1]/" })
    void localNetworksSpecialPurposeAddressesAndOtherSchemesAreRefused(String url) {
        assertThatThrownBy(() -> ProductUrls.check(url, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://0x7f.1/", "http://2130706433/", "http://0177.0.0.1:8082/", "http://127.1/" })
    void ipv4WrittenInHexOctalOrDotlessFormIsRefusedSayingHowToWriteIt(String url) {
        assertThatThrownBy(() -> ProductUrls.check(url, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("four dotted decimals");
    }

    @Test
    void onlyTheExactSampleShopOriginMayBeLocal() {
        assertThat(ProductUrls.check("http://localhost:8084/proteinmart/p.html", "http://localhost:8084").domain()).isEqualTo("localhost");
        assertThatThrownBy(() -> ProductUrls.check("http://localhost:8080/admin", "http://localhost:8084"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
