package com.wheyprice.catalog.admin;

import java.util.Locale;
import java.util.Set;

import com.wheyprice.catalog.click.AffiliateLinks;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.Money;

/** Field rules that annotations cannot state: real country and currency codes, a usable affiliate template. */
final class EntryChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private EntryChecks() {
    }

    static void country(String code, String field) {
        if (code != null && !COUNTRIES.contains(code)) {
            throw ProblemException.invalidField(field, "is not an ISO-3166 country code");
        }
    }

    static void currency(String code, String field) {
        try {
            Money.currencyCode(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "is not an ISO-4217 currency code");
        }
    }

    static void affiliateTemplate(String template, String field) {
        if (template == null || template.isBlank()) {
            return;
        }
        if (!template.contains("{url}") && !template.contains("{url_encoded}")) {
            throw ProblemException.invalidField(field, "must contain {url} or {url_encoded}");
        }
        try {
            AffiliateLinks.apply(template, "https://shop.example/p");
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must make an http or https link");
        }
    }
}
