package com.wheyprice.catalog.click;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.DailyClicks;
import com.wheyprice.catalog.api.query.ClickQuery;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.error.ProblemException;

import io.smallrye.mutiny.Uni;

/** Affiliate clicks per retailer and UTC day, for admins. */
@Path("/catalog/admin/clicks")
@Tag(name = "affiliate")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ClickStatsResource {

    /** {@code YYYY-MM-DD}, how days are written in the counts. */
    private static final int DAY_LENGTH = 10;

    private final Database database;
    private final Clock clock;

    ClickStatsResource(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Clicks per retailer per day over the last `days` days")
    public Uni<List<DailyClicks>> clicks(@BeanParam ClickQuery query) {
        int days = query.days();
        if (days < 1 || days > ClickQuery.MAX_DAYS) {
            throw ProblemException.invalidField("days", "must be between 1 and " + ClickQuery.MAX_DAYS);
        }
        Instant from = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days - 1L));
        String day = database.dialect().dayOf("clicked_at");
        // the rows of recent clicks, and the counts retention keeps of older ones (ClickRetention)
        return database.list("""
                SELECT c.day, r.slug AS retailer, SUM(c.clicks) AS clicks, SUM(CASE WHEN c.source = 'ALERT' THEN c.clicks ELSE 0 END) AS from_alerts
                  FROM (SELECT %1$s AS day, retailer_id, source, 1 AS clicks FROM catalog_click WHERE clicked_at >= $1
                        UNION ALL
                        SELECT day, retailer_id, source, clicks FROM catalog_click_daily WHERE day >= $2) c
                  JOIN catalog_retailer r ON r.id = c.retailer_id
                 GROUP BY c.day, r.slug
                 ORDER BY c.day DESC, retailer""".formatted(day),
                row -> new DailyClicks(row.getString("day"), row.getString("retailer"), Rows.count(row, "clicks"),
                        Rows.count(row, "from_alerts")), from, from.toString().substring(0, DAY_LENGTH));
    }
}
