package com.wheyprice.devrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * The bundled sample retailer's shops and prices ({@code deployments/sample-retailer/}): what a
 * page such as {@code /gymbazaar/bsn-syntha-6-chocolate-milkshake-2270g.html} offers today. The
 * page name says the product, flavour and pack size; the shop's own price list and price factor
 * give the price, which moves a little every day and is sometimes on sale, and now and then a
 * pack is out of stock. The same page on the same day always offers the same, so tests can
 * predict what a scrape must find.
 */
final class SampleSite {

    private static final Pattern PAGE = Pattern.compile("/([a-z0-9-]+)/([a-z0-9-]+)-([0-9]{2,5})g\\.html");

    /** A sample shop and the template its pages are written in. */
    record Shop(String slug, String name, double priceFactor, String markup) {
    }

    /** An entry in the shops' price list. */
    record Product(String slug, String brand, String name, long pricePerKgInr, boolean stocked) {
    }

    /** What one page offers on one day; prices in whole rupees. */
    record Offer(Shop shop, Product product, String flavour, int sizeG, long priceInr, long listPriceInr, boolean inStock) {
    }

    private final Map<String, Shop> shops;
    private final List<Product> products;
    private final Clock clock;

    private SampleSite(Map<String, Shop> shops, List<Product> products, Clock clock) {
        this.shops = shops;
        this.products = products;
        this.clock = clock;
    }

    /** Reads {@code shops.csv} and {@code price-list.csv} from the site directory. */
    static SampleSite load(Path dir, Clock clock) throws IOException {
        Map<String, Shop> shops = rows(dir.resolve("shops.csv"))
                .map(cells -> new Shop(cells[0], cells[1], Double.parseDouble(cells[2]), cells[3]))
                .collect(Collectors.toMap(Shop::slug, Function.identity()));
        List<Product> products = rows(dir.resolve("price-list.csv"))
                .map(cells -> new Product(cells[0], cells[1], cells[2], Long.parseLong(cells[3]), "yes".equals(cells[4])))
                // the longest slug first, so that "impact-whey-isolate" wins over "impact-whey"
                .sorted(Comparator.comparingInt((Product product) -> product.slug().length()).reversed())
                .toList();
        return new SampleSite(shops, products, clock);
    }

    private static java.util.stream.Stream<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new));
    }

    Optional<Shop> shop(String slug) {
        return Optional.ofNullable(shops.get(slug));
    }

    /** What the page at this path offers today, or empty when the shop does not sell it. */
    Optional<Offer> offer(String path) {
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            return Optional.empty();
        }
        Optional<Shop> shop = shop(page.group(1));
        String name = page.group(2);
        Optional<Product> product = products.stream().filter(candidate -> name.startsWith(candidate.slug() + "-")).findFirst();
        if (shop.isEmpty() || product.isEmpty()) {
            return Optional.empty();
        }
        String flavour = title(name.substring(product.get().slug().length() + 1));
        return Optional.of(priced(shop.get(), product.get(), flavour, Integer.parseInt(page.group(3)), path));
    }

    private Offer priced(Shop shop, Product product, String flavour, int sizeG, String path) {
        long dice = dice(path + "@" + LocalDate.now(clock));
        double base = product.pricePerKgInr() * sizeG / 1000.0 * shop.priceFactor();
        boolean onSale = dice % 9 == 0;
        long driftPercent = (dice / 9) % 7 - 3;
        long price = Math.round(onSale ? base * 0.85 : base * (100 + driftPercent) / 100.0);
        boolean inStock = product.stocked() && dice % 15 != 7;
        return new Offer(shop, product, flavour, sizeG, price, Math.round(base * 1.15), inStock);
    }

    private static long dice(String seed) {
        CRC32 crc = new CRC32();
        crc.update(seed.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static String title(String slug) {
        return Arrays.stream(slug.split("-"))
                .map(word -> word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
