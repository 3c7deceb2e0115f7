package com.wheyprice.catalog.price;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.catalog.api.PriceHistory;
import com.wheyprice.catalog.api.query.HistoryQuery;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/** A variant's price history and whether today's price is a good one. */
@Path("/catalog/variants/{id}/history")
@Tag(name = "prices")
@Produces(MediaType.APPLICATION_JSON)
public class PriceResource {


    private final Database database;
    private final PriceHistoryRepository history;
    private final Clock clock;

    PriceResource(Database database, PriceHistoryRepository history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Daily low/mean/high/last per retailer over a window, with lows and a good-price verdict")
    public Uni<PriceHistory> history(@PathParam("id") String id, @BeanParam HistoryQuery query) {
        UUID variantId = uuid(id, "id");
        int days = query.days();
        if (days < 1 || days > HistoryQuery.MAX_DAYS) {
            throw ProblemException.invalidField("days", "must be between 1 and " + HistoryQuery.MAX_DAYS);
        }
        Instant to = clock.instant();
        Instant from = to.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days - 1L));
        return history.variantExists(database, variantId).chain(exists -> {
            if (!exists) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no variant " + variantId);
            }
            return history.history(database, variantId, from, to);
        });
    }

    /** A path or query id that must be a UUID; anything else is a 400 naming the field. */
    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }
}
