package com.wheyprice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.wheyprice.scraper.extract.Extraction;
import com.wheyprice.scraper.extract.Extractor;

/**
 * Pages per second one core extracts from the extraction test corpus (every markup style, the
 * hard cases included), against the ceiling of only parsing the same pages with jsoup: the gap
 * is what the strategy cascade costs on top of the parse every extraction needs. The corpus
 * pages are small (the product part of a page only); {@code page=full} pads each with about
 * 150 KB of the navigation, product grids and scripts a real shop page carries around it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    /** The corpus: scraper-service's saved pages and their manifest. */
    static final int CORPUS_PAGES = 32;

    @Param({"corpus", "full"})
    public String page;

    private final List<Extraction.Request> pages = new ArrayList<>();

    @Setup
    public void loadCorpus() throws IOException {
        Path dir = Path.of(System.getProperty("corpus", "scraper-service/src/test/resources/pages"));
        for (String line : Files.readAllLines(dir.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            String html = Files.readString(dir.resolve(cells[0].trim()), StandardCharsets.UTF_8);
            if (page.equals("full")) {
                html = html.replace("</body>", SURROUNDINGS + "</body>");
            }
            pages.add(new Extraction.Request(html, "https://shop.example/" + cells[0].trim(), blank(cells[4]), blank(cells[5]),
                    blank(cells[6]), blank(cells[1]), blank(cells[2]), blank(cells[3])));
        }
        if (pages.size() != CORPUS_PAGES) {
            throw new IllegalStateException("the corpus has " + pages.size() + " pages, the benchmark counts " + CORPUS_PAGES);
        }
    }

    /** What surrounds the product on a real shop page: menus, "you may also like" grids, tracking scripts. */
    private static final String SURROUNDINGS = "<nav class=\"mega-menu\">" + "<ul><li><a href=\"/c/protein\">Protein</a></li><li><a href=\"/c/vitamins\">Vitamins</a></li></ul>".repeat(200)
            + "</nav><section class=\"recommendations\">"
            + "<div class=\"card\"><img src=\"/img/p.jpg\" alt=\"Whey\"><a href=\"/p/other\">Another whey protein 1 kg</a><span class=\"p\">Rs. 2,499</span><button>Add</button></div>"
                    .repeat(600)
            + "</section><script>window.dataLayer=window.dataLayer||[];" + "dataLayer.push({event:'view',value:1});".repeat(300) + "</script>";

    private static String blank(String cell) {
        return cell.isBlank() ? null : cell.trim();
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_PAGES)
    public void extract(Blackhole sink) {
        for (Extraction.Request page : pages) {
            sink.consume(Extractor.extract(page));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_PAGES)
    public void jsoupParseOnly(Blackhole sink) {
        for (Extraction.Request page : pages) {
            sink.consume(Jsoup.parse(page.html(), page.baseUrl()));
        }
    }
}
