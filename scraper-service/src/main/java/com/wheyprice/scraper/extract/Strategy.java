package com.wheyprice.scraper.extract;

import java.util.List;

import org.jsoup.nodes.Document;

/** One way of finding offers on a page. */
interface Strategy {

    Extraction.Method method();

    List<Extraction.Candidate> candidates(Document page, Extraction.Request request);
}
