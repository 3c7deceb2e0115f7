package com.wheyprice.catalog.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.alert.AlertRepository;
import com.wheyprice.catalog.api.CatalogPersonalData;
import com.wheyprice.catalog.api.ClickSource;
import com.wheyprice.catalog.discovery.DiscoveryService;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;

import io.smallrye.mutiny.Uni;

/**
 * Everything the catalog holds about one person, as their data export shows it: the same rows
 * {@link CatalogErasures} deletes or detaches.
 */
@ApplicationScoped
public class CatalogPersonalDataReader {

    private final Database database;
    private final AlertRepository alerts;
    private final DiscoveryService discoveries;

    CatalogPersonalDataReader(Database database, AlertRepository alerts, DiscoveryService discoveries) {
        this.database = database;
        this.alerts = alerts;
        this.discoveries = discoveries;
    }

    public Uni<CatalogPersonalData> of(UUID subject) {
        return alerts.ofUser(database, subject)
                .chain(own -> discoveries.submittedBy(subject)
                        .chain(suggested -> clicks(subject).map(clicks -> new CatalogPersonalData(own, suggested, clicks))));
    }

    private Uni<List<CatalogPersonalData.Click>> clicks(UUID subject) {
        return database.list("""
                SELECT c.listing_id, r.slug AS retailer, c.source, c.referrer, c.clicked_at
                  FROM catalog_click c JOIN catalog_retailer r ON r.id = c.retailer_id
                 WHERE c.user_id = $1
                 ORDER BY c.clicked_at, c.id""", row -> new CatalogPersonalData.Click(Rows.uuid(row, "listing_id"), row.getString("retailer"),
                ClickSource.valueOf(row.getString("source")), row.getString("referrer"), Rows.instant(row, "clicked_at")), subject);
    }
}
