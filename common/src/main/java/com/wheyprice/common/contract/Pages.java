package com.wheyprice.common.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Pages of the admin lists as their JSON reads ({@code Page<T>} with {@code T} bound), so the API
 * document can name each one; the services answer {@link com.wheyprice.common.paging.Page}.
 */
public final class Pages {

    private Pages() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccountPage(List<Account> items, String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditEntryPage(List<AuditEntry> items, String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiscoveryPage(List<Discovery> items, String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadLetterPage(List<DeadLetter> items, String next) {
    }
}
