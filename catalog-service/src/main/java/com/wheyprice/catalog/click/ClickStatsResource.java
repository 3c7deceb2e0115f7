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
        String day = database.dialect().dayOf("c.clicked_at");
        return database.list("""
                SELECT %1$s AS day, r.slug AS retailer, COUNT(*) AS clicks, SUM(CASE WHEN c.source = 'ALERT' THEN 1 ELSE 0 END) AS from_alerts
                  FROM catalog_click c JOIN catalog_retailer r ON r.id = c.retailer_id
                 WHERE c.clicked_at >= $1
                 GROUP BY %1$s, r.slug
                 ORDER BY day DESC, retailer""".formatted(day),
                row -> new DailyClicks(row.getString("day"), row.getString("retailer"), Rows.count(row, "clicks"),
                        Rows.count(row, "from_alerts")), from);
    }
}
